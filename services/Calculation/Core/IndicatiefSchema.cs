namespace Regiemonitor.Calculation.Core;

/// <summary>Period selection and the day-fraction interpolation of DOMAIN.md §3 steps 1 and 2.</summary>
public static class IndicatiefSchema
{
    /// <summary>
    /// The period that applies on <paramref name="datum"/>: the one containing it; else the latest
    /// that ended on or before it; else (the date precedes every period) the earliest.
    /// </summary>
    /// <param name="periodes">The periods of one (categorie, gebied) series.</param>
    /// <param name="datum">The dashboard date D.</param>
    public static OpgavePeriode? KiesPeriode(IReadOnlyList<OpgavePeriode> periodes, DateOnly datum)
    {
        OpgavePeriode? laatstAfgelopen = null, vroegste = null;
        foreach (var p in periodes)
        {
            if (p.Bevat(datum)) return p;
            if (p.Einddatum <= datum && (laatstAfgelopen is null || p.Einddatum > laatstAfgelopen.Einddatum)) laatstAfgelopen = p;
            if (vroegste is null || p.Startdatum < vroegste.Startdatum) vroegste = p;
        }
        return laatstAfgelopen ?? vroegste;
    }

    /// <summary>
    /// <c>startwaarde + (eindwaarde - startwaarde) * f</c> with f the elapsed share of the period
    /// in days, clamped to [0, 1], kept exact.
    /// </summary>
    public static Breuk Waarde(OpgavePeriode periode, DateOnly datum)
    {
        var dagen = periode.Dagen;
        var verstreken = Math.Clamp(datum.DayNumber - periode.Startdatum.DayNumber, 0, dagen);
        return Breuk.Interpolatie(periode.Startwaarde, periode.Eindwaarde, verstreken, dagen);
    }

    /// <summary>The schema of a series on a date, or null when the series has no periods.</summary>
    public static Breuk? Waarde(IReadOnlyList<OpgavePeriode> periodes, DateOnly datum) =>
        KiesPeriode(periodes, datum) is { } p ? Waarde(p, datum) : null;

    /// <summary>The daily schema of one series from <paramref name="van"/> up to and including <paramref name="tot"/>.</summary>
    public static Breuk[] Reeks(IReadOnlyList<OpgavePeriode> periodes, DateOnly van, DateOnly tot)
    {
        if (tot < van) throw new ArgumentException("Einde van de reeks ligt voor het begin.", nameof(tot));
        var reeks = new Breuk[tot.DayNumber - van.DayNumber + 1];
        if (periodes.Count == 0) { Array.Fill(reeks, Breuk.Nul); return reeks; }

        // The chosen period can only change on a period's start or end date, so choose once per
        // stretch between those dates and interpolate the days of a stretch with integers.
        var grenzen = periodes.SelectMany(p => new[] { p.Startdatum.DayNumber, p.Einddatum.DayNumber }).Distinct().Order().ToArray();
        var i = 0;
        while (i < reeks.Length)
        {
            var dag = van.DayNumber + i;
            var periode = KiesPeriode(periodes, DateOnly.FromDayNumber(dag))!;
            var volgendeGrens = Array.Find(grenzen, g => g > dag);
            var einde = volgendeGrens == 0 ? reeks.Length : Math.Min(reeks.Length, volgendeGrens - van.DayNumber);
            int start = periode.Startdatum.DayNumber, dagen = periode.Dagen;
            for (; i < einde; i++)
                reeks[i] = Breuk.Interpolatie(periode.Startwaarde, periode.Eindwaarde, Math.Clamp(van.DayNumber + i - start, 0, dagen), dagen);
        }
        return reeks;
    }
}
