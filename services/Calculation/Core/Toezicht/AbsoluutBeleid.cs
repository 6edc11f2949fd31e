namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// Judges the absolute result: whoever misses the doel again climbs the ladder, however close
/// the gemeente came. Simple and predictable, which is why most provinces use it.
/// </summary>
public sealed class AbsoluutBeleid : IIbtBeleid
{
    public string Code => "absoluut";

    public string Naam => "Absolute achterstand";

    public IReadOnlyList<string> Regels { get; } =
    [
        "Een gemeente die haar opgave haalt, staat op trede 1 (groen).",
        "Een gemeente die haar opgave niet haalt en in de vorige periode op trede 1 stond of nog niet beoordeeld was, gaat naar trede 2 (geel).",
        "Een gemeente die haar opgave opnieuw niet haalt, gaat een trede hoger, tot de hoogste trede van het beleid.",
        IbtBeleid.GrondslagRegel,
    ];

    public Beoordeling? Beoordeel(PeriodeResultaat periode, PeriodeResultaat? vorigePeriode, int? vorigeTrede, IbtBeleidsinstelling instelling)
    {
        ArgumentNullException.ThrowIfNull(instelling);
        if (IbtBeleid.StelVast(periode) is not { } v) return null;

        int trede;
        if (v.Gehaald)
        {
            trede = 1;
            v.Redenen.Add($"Opgave gehaald: {IbtBeleid.Beschrijf(trede)}.");
        }
        else if (vorigeTrede is null or 1)
        {
            trede = 2;
            v.Redenen.Add(vorigeTrede is null
                ? $"Opgave niet gehaald, zonder eerdere beoordeling: {IbtBeleid.Beschrijf(trede)}."
                : $"Opgave niet gehaald na trede 1: {IbtBeleid.Beschrijf(trede)}.");
        }
        else
        {
            trede = Math.Min(vorigeTrede.Value + 1, instelling.MaxTrede);
            v.Redenen.Add(trede > vorigeTrede.Value
                ? $"Opgave opnieuw niet gehaald na trede {vorigeTrede}: een trede hoger, {IbtBeleid.Beschrijf(trede)}."
                : $"Opgave opnieuw niet gehaald na trede {vorigeTrede}; trede {instelling.MaxTrede} is de hoogste van dit beleid: {IbtBeleid.Beschrijf(trede)}.");
        }
        return IbtBeleid.Maak(this, periode, v, trede, instelling);
    }
}
