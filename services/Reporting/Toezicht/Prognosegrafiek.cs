using System.Xml.Linq;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Grafieken;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Grafieken.SvgOpbouw;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// The prognosed achterstand on 1 January of each year as a line, drawn with the dashboard
/// charts' axes, value scale and SVG builders (same viewBox, gridlines and classes), so it looks
/// and prints like them. The year table beside it is its full text alternative.
/// </summary>
public static class Prognosegrafiek
{
    // Year labels of about 22 units wide fit eight times on the axis without touching.
    private const int MaxLabels = 8;

    /// <summary>The points: 1 January of the first year, then the end of every year.</summary>
    public static IReadOnlyList<(DateOnly Datum, long Achterstand)> Punten(Prognose p)
    {
        if (p.Jaren.Count == 0) return [];
        var punten = new List<(DateOnly, long)> { (new DateOnly(p.Jaren[0].Jaar, 1, 1), p.Jaren[0].AchterstandBegin) };
        punten.AddRange(p.Jaren.Select(j => (new DateOnly(j.Jaar + 1, 1, 1), j.AchterstandEind)));
        return punten;
    }

    public static string Samenvatting(string gebied, IReadOnlyList<(DateOnly Datum, long Achterstand)> punten) =>
        $"Prognose van de achterstand huisvesting vergunninghouders in {gebied} op 1 januari: " +
        string.Join(", ", punten.Select(x => $"{x.Datum.Year} {Toezichtopmaak.Achterstand(x.Achterstand)}")) + ".";

    public static string Svg(string gebied, IReadOnlyList<(DateOnly Datum, long Achterstand)> punten)
    {
        if (punten.Count == 0) return "";
        var assen = new Assenstelsel(punten[0].Datum, punten[^1].Datum, YSchaal.Voor(punten.Select(x => (decimal)x.Achterstand)));
        var svg = Element("svg",
            new XAttribute("xmlns", Ns.NamespaceName),
            new XAttribute("viewBox", Assenstelsel.ViewBox),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", Schoon(Samenvatting(gebied, punten))),
            new XAttribute("class", "rm-grafiek"),
            new XAttribute("font-size", "10"),
            new XAttribute("fill", "currentColor"),
            Element("title", Schoon($"Prognose achterstand huisvesting vergunninghouders in {gebied}")),
            Grafiekdelen.Raster(assen),
            Nullijn(assen),
            Jaarlabels(assen, punten),
            Reeks(assen, punten));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    // Below zero is a voorsprong: the zero line marks where the achterstand turns into one.
    private static XElement? Nullijn(Assenstelsel assen) => assen.Schaal.Minimum < 0
        ? Lijn("rm-peildatum", Assenstelsel.Links, assen.Y(0), Assenstelsel.Rechts, assen.Y(0))
        : null;

    private static XElement Jaarlabels(Assenstelsel assen, IReadOnlyList<(DateOnly Datum, long Achterstand)> punten)
    {
        var groep = Element("g", new XAttribute("class", "rm-x-as"));
        var stap = (punten.Count + MaxLabels - 1) / MaxLabels;
        for (var i = 0; i < punten.Count; i += stap)
        {
            var x = assen.X(punten[i].Datum);
            var anker = i == 0 ? "start" : i == punten.Count - 1 ? "end" : "middle";
            groep.Add(Lijn("rm-as", x, Assenstelsel.Onder, x, Assenstelsel.Onder + 3));
            groep.Add(Tekst("rm-as-label", x, Assenstelsel.Onder + 13, anker, punten[i].Datum.Year.ToString(Opmaak.Nl)));
        }
        return groep;
    }

    private static XElement Reeks(Assenstelsel assen, IReadOnlyList<(DateOnly Datum, long Achterstand)> punten)
    {
        var groep = Element("g", new XAttribute("class", "rm-prognosereeks"));
        if (punten.Count >= 2)
            groep.Add(Element("polyline",
                new XAttribute("class", "rm-prognose"),
                new XAttribute("points", string.Join(" ", punten.Select(x => $"{Coord(assen.X(x.Datum))} {Coord(assen.Y(x.Achterstand))}"))),
                new XAttribute("fill", "none"),
                new XAttribute("stroke", "currentColor"),
                new XAttribute("stroke-width", "2")));
        foreach (var (datum, achterstand) in punten)
            groep.Add(Punt(assen.X(datum), assen.Y(achterstand), $"{Opmaak.Datum(datum)}: {Toezichtopmaak.Achterstand(achterstand)}"));
        return groep;
    }
}
