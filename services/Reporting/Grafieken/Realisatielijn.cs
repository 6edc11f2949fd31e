namespace Regiemonitor.Reporting.Grafieken;

/// <summary>
/// The realisatie series as drawn: points sorted by peildatum and clipped to the dates on the
/// x-axis. Where the series crosses the edge of the plot the line is cut at the edge instead of
/// ending at the last visible point, so its slope stays honest.
/// </summary>
/// <param name="Zichtbaar">Points inside the date range; each gets a marker.</param>
/// <param name="Hoekpunten">Vertices of the line: the visible points plus any edge crossings.</param>
internal sealed record Realisatielijn(
    IReadOnlyList<RealisatiePunt> Zichtbaar,
    IReadOnlyList<(DateOnly Datum, decimal Waarde)> Hoekpunten)
{
    internal static Realisatielijn Maak(IEnumerable<RealisatiePunt> punten, DateOnly van, DateOnly tot)
    {
        // OrderBy is stable: points with equal dates keep the order the bron delivered them in.
        var gesorteerd = punten.OrderBy(p => p.Peildatum).ToList();
        var zichtbaar = new List<RealisatiePunt>();
        var hoekpunten = new List<(DateOnly, decimal)>();

        for (var i = 0; i < gesorteerd.Count; i++)
        {
            var punt = gesorteerd[i];
            if (i > 0)
            {
                var vorige = gesorteerd[i - 1];
                if (vorige.Peildatum < van && punt.Peildatum > van)
                {
                    hoekpunten.Add((van, OpDatum(vorige, punt, van)));
                }

                if (vorige.Peildatum < tot && punt.Peildatum > tot)
                {
                    hoekpunten.Add((tot, OpDatum(vorige, punt, tot)));
                }
            }

            if (punt.Peildatum >= van && punt.Peildatum <= tot)
            {
                zichtbaar.Add(punt);
                hoekpunten.Add((punt.Peildatum, punt.Aantal));
            }
        }

        return new Realisatielijn(zichtbaar, hoekpunten);
    }

    /// <summary>The value on the straight segment from <paramref name="a"/> to <paramref name="b"/> at a date between them.</summary>
    private static decimal OpDatum(RealisatiePunt a, RealisatiePunt b, DateOnly datum)
    {
        decimal dagen = b.Peildatum.DayNumber - a.Peildatum.DayNumber;
        decimal verstreken = datum.DayNumber - a.Peildatum.DayNumber;
        return a.Aantal + (b.Aantal - (decimal)a.Aantal) * verstreken / dagen;
    }
}
