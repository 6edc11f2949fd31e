using System.Xml.Linq;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Grafieken.SvgOpbouw;

namespace Regiemonitor.Reporting.Grafieken;

/// <summary>
/// The chart of one dashboard card as inline SVG, rendered on the server so it works without
/// JavaScript, prints in a PDF edition and carries its own Dutch text alternative (WCAG 2.1 AA).
/// Colours come from the page's CSS through the <c>rm-*</c> class names; the SVG only falls back
/// to <c>currentColor</c>.
/// </summary>
public static class Grafiek
{
    // Far above any count of places or housings; a larger value is a calculation bug upstream, and
    // rejecting it keeps the axis arithmetic well inside the range of long.
    private const long MaxAantal = 1_000_000_000_000_000;

    /// <summary>
    /// The chart as one <c>&lt;svg&gt;</c> element, ready to inline in the card's HTML. The x-axis runs
    /// from startdatum to einddatum, widened to include the peildatum; points outside are clipped.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value lies beyond ±10^15, which no count reaches.</exception>
    public static string Svg(GrafiekInvoer invoer)
    {
        Valideer(invoer);

        // The schema period, widened to show the peildatum when it falls outside the period.
        DateOnly[] datums = [invoer.Startdatum, invoer.Einddatum, invoer.Peildatum];
        var van = datums.Min();
        var tot = datums.Max();

        var lijn = Realisatielijn.Maak(invoer.Punten, van, tot);
        var schaal = YSchaal.Voor(lijn.Hoekpunten.Select(h => h.Waarde).Append(invoer.Startpunt).Append(invoer.Eindpunt));
        var assen = new Assenstelsel(van, tot, schaal);

        var svg = Element("svg",
            // Declared explicitly so it is written first, as readers of inline SVG expect.
            new XAttribute("xmlns", Ns.NamespaceName),
            new XAttribute("viewBox", Assenstelsel.ViewBox),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", Schoon(Samenvatting(invoer))),
            new XAttribute("class", "rm-grafiek"),
            new XAttribute("font-size", "10"),
            new XAttribute("fill", "currentColor"),
            Element("title", Schoon(invoer.Titel)),
            Grafiekdelen.Legenda(),
            Grafiekdelen.Raster(assen),
            Grafiekdelen.XAs(assen),
            Grafiekdelen.Schema(assen, invoer),
            Grafiekdelen.Realisatie(assen, lijn),
            Grafiekdelen.Peildatum(assen, invoer.Peildatum));

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The chart in one Dutch sentence, for screen readers (the SVG's aria-label) and anyone who
    /// cannot see the lines, e.g. "Indicatief schema van 97.001 op 1 februari 2024 naar 120.000
    /// op 1 januari 2025; op 1 september 2024 is het schema 111.624 en de realisatie 92.189."
    /// </summary>
    public static string Samenvatting(GrafiekInvoer invoer)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        var periode = $"Indicatief schema van {Opmaak.Getal(invoer.Startpunt)} op {Opmaak.Datum(invoer.Startdatum)} " +
            $"naar {Opmaak.Getal(invoer.Eindpunt)} op {Opmaak.Datum(invoer.Einddatum)}";
        var peil = Opmaak.Datum(invoer.Peildatum);
        var stand = (invoer.IndicatiefSchema, invoer.Realisatie) switch
        {
            ({ } s, { } r) => $"op {peil} is het schema {Opmaak.Getal(s)} en de realisatie {Opmaak.Getal(r)}",
            ({ } s, null) => $"op {peil} is het schema {Opmaak.Getal(s)}; er zijn geen realisatiegegevens",
            (null, { } r) => $"op {peil} is de realisatie {Opmaak.Getal(r)}",
            (null, null) => $"op {peil} zijn er geen realisatiegegevens",
        };
        return $"{periode}; {stand}.";
    }

    private static void Valideer(GrafiekInvoer invoer)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        ArgumentNullException.ThrowIfNull(invoer.Titel, nameof(invoer.Titel));
        ArgumentNullException.ThrowIfNull(invoer.Punten, nameof(invoer.Punten));
        BinnenBereik(invoer.Startpunt, nameof(invoer.Startpunt));
        BinnenBereik(invoer.Eindpunt, nameof(invoer.Eindpunt));
        foreach (var punt in invoer.Punten)
        {
            if (punt is null)
            {
                throw new ArgumentException("A realisatie point is null.", nameof(invoer.Punten));
            }

            BinnenBereik(punt.Aantal, nameof(invoer.Punten));
        }
    }

    private static void BinnenBereik(long waarde, string naam)
    {
        if (waarde is > MaxAantal or < -MaxAantal)
        {
            throw new ArgumentOutOfRangeException(naam, waarde, $"A chart value must lie within ±{MaxAantal}.");
        }
    }
}
