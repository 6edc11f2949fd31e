namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// Judges the direction (Utrecht since 2024): a gemeente that misses the doel but shrinks its
/// tekort is rewarded with a lower trede, so effort counts and not only the end result.
/// </summary>
public sealed class TrendBeleid : IIbtBeleid
{
    public string Code => "trend";

    public string Naam => "Trend van het tekort";

    public IReadOnlyList<string> Regels { get; } =
    [
        "Een gemeente die haar opgave haalt, staat op trede 1 (groen).",
        "Een gemeente die haar opgave niet haalt en nog niet beoordeeld was, gaat naar trede 2 (geel).",
        "Groeit het tekort ten opzichte van de vorige periode, dan gaat de gemeente een trede hoger, tot de hoogste trede van het beleid.",
        "Krimpt het tekort, dan gaat de gemeente een trede lager, maar niet lager dan trede 2 zolang zij haar opgave niet haalt.",
        "Blijft het tekort gelijk, dan blijft de trede gelijk.",
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
        else if (vorigeTrede is not { } vorige)
        {
            trede = 2;
            v.Redenen.Add($"Opgave niet gehaald, zonder eerdere beoordeling: {IbtBeleid.Beschrijf(trede)}.");
        }
        // The previous tekort on the previous period's own grondslag: a koppelingstekort then
        // and not now must not make the trend look worse than it was.
        else if (vorigePeriode?.Tekort is not { } vorigTekortRuw)
        {
            trede = Begrens(vorige, instelling);
            v.Redenen.Add($"Het tekort van de vorige periode is onbekend, dus er is geen trend: de trede blijft {trede}.");
        }
        else
        {
            // A surplus before is "no tekort": growing from -20 or from 0 to 90 is the same trend.
            var vorigTekort = Math.Max(0, vorigTekortRuw);
            var (gewenst, tekst) = v.Tekort.CompareTo(vorigTekort) switch
            {
                > 0 => (vorige + 1, $"Het tekort groeide van {Opmaak.Getal(vorigTekort)} naar {Opmaak.Getal(v.Tekort)}: een trede hoger"),
                < 0 => (vorige - 1, $"Het tekort kromp van {Opmaak.Getal(vorigTekort)} naar {Opmaak.Getal(v.Tekort)}: een trede lager"),
                _ => (vorige, $"Het tekort bleef {Opmaak.Getal(v.Tekort)}: de trede blijft gelijk"),
            };
            trede = Begrens(gewenst, instelling);
            var grens = trede == gewenst ? "" : trede == 2 ? ", maar niet lager dan trede 2 zolang de opgave niet gehaald is"
                : $", maar trede {instelling.MaxTrede} is de hoogste van dit beleid";
            v.Redenen.Add($"{tekst}{grens}; nu {IbtBeleid.Beschrijf(trede)}.");
        }
        return IbtBeleid.Maak(this, periode, v, trede, instelling);
    }

    /// <summary>Not gehaald keeps a gemeente at trede 2 or higher, and the policy stops at its MaxTrede.</summary>
    private static int Begrens(int trede, IbtBeleidsinstelling instelling) => Math.Clamp(trede, 2, instelling.MaxTrede);
}
