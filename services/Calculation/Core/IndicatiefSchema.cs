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
        var teller = checked(periode.Startwaarde * dagen + (periode.Eindwaarde - periode.Startwaarde) * verstreken);
        return new Breuk(teller, dagen);
    }

    /// <summary>The schema of a series on a date, or null when the series has no periods.</summary>
    public static Breuk? Waarde(IReadOnlyList<OpgavePeriode> periodes, DateOnly datum) =>
        KiesPeriode(periodes, datum) is { } p ? Waarde(p, datum) : null;

    /// <summary>The daily schema of one series from <paramref name="van"/> up to and including <paramref name="tot"/>.</summary>
    public static Breuk[] Reeks(IReadOnlyList<OpgavePeriode> periodes, DateOnly van, DateOnly tot)
    {
        if (tot < van) throw new ArgumentException("Einde van de reeks ligt voor het begin.", nameof(tot));
        var reeks = new Breuk[tot.DayNumber - van.DayNumber + 1];
        OpgavePeriode? periode = null;
        for (var i = 0; i < reeks.Length; i++)
        {
            var dag = van.AddDays(i);
            // Reselect only when the day leaves the current period: one lookup per period, not per day.
            if (periode is null || !periode.Bevat(dag)) periode = KiesPeriode(periodes, dag);
            reeks[i] = periode is null ? Breuk.Nul : Waarde(periode, dag);
        }
        return reeks;
    }
}
