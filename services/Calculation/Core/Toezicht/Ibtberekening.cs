namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// Walks the half-years of one gemeente through a province's <see cref="IIbtBeleid"/>: each
/// period's trede depends on the previous one, so the ladder is a sequence, not a set of
/// independent assessments.
/// </summary>
public static class Ibtberekening
{
    /// <summary>
    /// Assesses every period from <see cref="IbtBeleidsinstelling.Vanaf"/> on, in order. Periods
    /// whose figures are unknown get no <see cref="Beoordeling"/> and are left out.
    /// </summary>
    /// <remarks>
    /// The previous trede fed into a period is the EFFECTIVE one of the directly preceding
    /// half-year: the latest <see cref="Bijstelling"/> for it if there is one (the toezichthouder's
    /// decision is what the gemeente was actually told), else the computed trede. A bijstelling
    /// never changes the computed beoordeling of its own period; that stays as calculated so the
    /// report can show both. A bijstelling on the half-year before <c>Vanaf</c> seeds the ladder
    /// when a province switches policy. After a half-year without any trede the ladder starts afresh.
    /// </remarks>
    /// <param name="resultatenVanGemeente">All periods of one gemeente, in any order.</param>
    /// <param name="instelling">The policy, its version and the half-year it applies from.</param>
    /// <param name="bijstellingen">Overrides by toezichthouders; those of other gemeenten are ignored.</param>
    public static IReadOnlyList<Beoordeling> Beoordeel(IReadOnlyList<PeriodeResultaat> resultatenVanGemeente, IbtBeleidsinstelling instelling,
        IReadOnlyCollection<Bijstelling> bijstellingen)
    {
        ArgumentNullException.ThrowIfNull(resultatenVanGemeente);
        ArgumentNullException.ThrowIfNull(instelling);
        ArgumentNullException.ThrowIfNull(bijstellingen);
        var beleid = IbtBeleid.Van(instelling.Beleid);
        if (resultatenVanGemeente.Count == 0) return [];

        var gemeente = resultatenVanGemeente[0].Gemeente;
        if (resultatenVanGemeente.Any(r => r.Gemeente != gemeente))
            throw new ArgumentException("De resultaten horen bij meer dan één gemeente; beoordeel per gemeente.", nameof(resultatenVanGemeente));
        var perPeriode = new Dictionary<Halfjaar, PeriodeResultaat>();
        foreach (var r in resultatenVanGemeente)
            if (!perPeriode.TryAdd(r.Periode, r))
                throw new ArgumentException($"{gemeente} heeft meer dan één resultaat voor {r.Periode}.", nameof(resultatenVanGemeente));

        var laatsteBijstelling = LaatstePerPeriode(bijstellingen.Where(b => b.Gemeente == gemeente));

        var beoordelingen = new List<Beoordeling>();
        Beoordeling? vorigeBeoordeling = null;
        foreach (var periode in perPeriode.Values.Where(r => r.Periode >= instelling.Vanaf).OrderBy(r => r.Periode))
        {
            var vorigHalfjaar = periode.Periode.Vorige;
            var bijstelling = laatsteBijstelling.GetValueOrDefault(vorigHalfjaar);
            int? vorigeTrede = bijstelling?.Trede
                ?? (vorigeBeoordeling?.Periode == vorigHalfjaar ? vorigeBeoordeling.Trede : null);

            var beoordeling = beleid.Beoordeel(periode, perPeriode.GetValueOrDefault(vorigHalfjaar), vorigeTrede, instelling);
            if (beoordeling is null) continue;
            if (bijstelling is not null)
                beoordeling = beoordeling with { Redenen = [BijstellingReden(bijstelling, vorigeBeoordeling), .. beoordeling.Redenen] };
            beoordelingen.Add(beoordeling);
            vorigeBeoordeling = beoordeling;
        }
        return beoordelingen;
    }

    /// <summary>The latest bijstelling per period by <see cref="Bijstelling.Tijdstip"/>; on a tie the later one in the input.</summary>
    public static IReadOnlyDictionary<Halfjaar, Bijstelling> LaatstePerPeriode(IEnumerable<Bijstelling> bijstellingen)
    {
        var laatste = new Dictionary<Halfjaar, Bijstelling>();
        foreach (var b in bijstellingen)
            if (!laatste.TryGetValue(b.Periode, out var eerder) || b.Tijdstip >= eerder.Tijdstip)
                laatste[b.Periode] = b;
        return laatste;
    }

    private static string Zin(string tekst) => tekst.TrimEnd() is var t && t.EndsWith('.') || t.EndsWith('!') || t.EndsWith('?') ? t : t + ".";

    private static string BijstellingReden(Bijstelling b, Beoordeling? berekend)
    {
        var berekendDeel = berekend?.Periode == b.Periode ? $" (berekend was trede {berekend.Trede})" : "";
        return $"De vorige trede {b.Trede} ({b.Periode}) is een bijstelling door {b.Toezichthouder}{berekendDeel}: {Zin(b.Motivering)}";
    }
}
