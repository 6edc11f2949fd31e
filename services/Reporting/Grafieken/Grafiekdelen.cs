using System.Xml.Linq;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Grafieken.SvgOpbouw;

namespace Regiemonitor.Reporting.Grafieken;

/// <summary>The parts of the chart, each a group or element in drawing order (later on top).</summary>
internal static class Grafiekdelen
{
    private const string Streepjes = "4 3";
    private const double TekstHalveHoogte = 3.5;

    // The legend sits in the top margin, so it never hides a line; it reuses the line classes so
    // one CSS rule colours both the sample and the line.
    internal static XElement Legenda()
    {
        const double y = 8;
        return Element("g", new XAttribute("class", "rm-legenda"),
            Lijn("rm-schema", Assenstelsel.Links, y, Assenstelsel.Links + 16, y,
                new XAttribute("stroke-dasharray", Streepjes), new XAttribute("stroke-width", "1.5")),
            Tekst("rm-legenda-tekst", Assenstelsel.Links + 20, y + TekstHalveHoogte, "start", "Indicatief schema"),
            Lijn("rm-realisatie", 164, y, 180, y, new XAttribute("stroke-width", "2")),
            Punt(172, y, null),
            Tekst("rm-legenda-tekst", 184, y + TekstHalveHoogte, "start", "Realisatie"));
    }

    internal static XElement Raster(Assenstelsel assen)
    {
        var raster = Element("g", new XAttribute("class", "rm-y-as"));
        foreach (var tick in assen.Schaal.Ticks())
        {
            var y = assen.Y(tick);
            // The lowest tick is the x-axis itself; the others are gridlines the eye can follow.
            // Without the page's CSS, the faint fallback keeps gridlines from competing with the data.
            raster.Add(tick == assen.Schaal.Minimum
                ? Lijn("rm-as", Assenstelsel.Links, y, Assenstelsel.Rechts, y)
                : Lijn("rm-raster", Assenstelsel.Links, y, Assenstelsel.Rechts, y, new XAttribute("stroke-opacity", "0.2")));
            raster.Add(Tekst("rm-as-label", Assenstelsel.Links - 4, y + TekstHalveHoogte, "end",
                Opmaak.Getal(decimal.ToInt64(tick))));
        }

        return raster;
    }

    internal static XElement XAs(Assenstelsel assen)
    {
        var xAs = Element("g", new XAttribute("class", "rm-x-as"));
        foreach (var (datum, tekst, anker) in XLabels.Voor(assen.Van, assen.Tot))
        {
            var x = assen.X(datum);
            xAs.Add(Lijn("rm-as", x, Assenstelsel.Onder, x, Assenstelsel.Onder + 3));
            xAs.Add(Tekst("rm-as-label", x, Assenstelsel.Onder + 13, anker, tekst));
        }

        return xAs;
    }

    // Drawn from start to end of the opgave period only, even when the axis is wider: the schema
    // says nothing outside its period.
    internal static XElement Schema(Assenstelsel assen, GrafiekInvoer invoer) =>
        Lijn("rm-schema",
            assen.X(invoer.Startdatum), assen.Y(invoer.Startpunt),
            assen.X(invoer.Einddatum), assen.Y(invoer.Eindpunt),
            new XAttribute("stroke-dasharray", Streepjes), new XAttribute("stroke-width", "1.5"));

    internal static XElement Realisatie(Assenstelsel assen, Realisatielijn lijn)
    {
        var groep = Element("g", new XAttribute("class", "rm-realisatiereeks"));

        // A polyline with a single vertex draws nothing; the marker alone shows that point.
        if (lijn.Hoekpunten.Count >= 2)
        {
            // Spaces, not commas, between x and y: valid SVG and free of any culture's separator.
            var punten = string.Join(" ", lijn.Hoekpunten.Select(h => $"{Coord(assen.X(h.Datum))} {Coord(assen.Y(h.Waarde))}"));
            groep.Add(Element("polyline",
                new XAttribute("class", "rm-realisatie"),
                new XAttribute("points", punten),
                new XAttribute("fill", "none"),
                new XAttribute("stroke", "currentColor"),
                new XAttribute("stroke-width", "2")));
        }

        foreach (var punt in lijn.Zichtbaar)
        {
            groep.Add(Punt(assen.X(punt.Peildatum), assen.Y(punt.Aantal),
                $"{Opmaak.Datum(punt.Peildatum)}: {Opmaak.Getal(punt.Aantal)}"));
        }

        return groep;
    }

    internal static XElement Peildatum(Assenstelsel assen, DateOnly peildatum)
    {
        var x = assen.X(peildatum);

        // Centred above the line, unless that would push the word out of the viewBox.
        const double halveLabel = 25;
        var anker = x < Assenstelsel.Links + halveLabel ? "start"
            : x > Assenstelsel.Rechts - halveLabel ? "end"
            : "middle";

        return Element("g", new XAttribute("class", "rm-peildatumgroep"),
            Lijn("rm-peildatum", x, Assenstelsel.Boven, x, Assenstelsel.Onder),
            Tekst("rm-peildatum-label", x, Assenstelsel.Boven - 3, anker, "peildatum"));
    }
}
