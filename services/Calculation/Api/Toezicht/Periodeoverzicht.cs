using Regiemonitor.Calculation.Core;
using Regiemonitor.Calculation.Core.Toezicht;
using C = Regiemonitor.Contracts.Calculation.V1;
using CoreBeoordeling = Regiemonitor.Calculation.Core.Toezicht.Beoordeling;
using CoreBijstelling = Regiemonitor.Calculation.Core.Toezicht.Bijstelling;

namespace Regiemonitor.Calculation.Api.Toezicht;

/// <summary>
/// The half-year results of the gemeenten under a gebied with their IBT assessments: what the
/// voortgangsrapportage shows. Every gemeente is assessed by the policy of its own province.
/// </summary>
public static class Periodeoverzicht
{
    public static C.PeriodeResultaten Maak(GebiedBoom boom, Toezichtinvoer invoer, string gebiedcode, Halfjaar periode)
    {
        var gemeenten = invoer.GemeentenVan(gebiedcode);
        var eigenInvoer = invoer.Invoer.Where(i => gemeenten.Contains(i.Gemeente)).ToList();
        var bekend = eigenInvoer.Select(i => (i.Gemeente, i.Periode)).ToHashSet();
        var resultaten = Periodeberekening.Bereken(eigenInvoer, invoer.Correcties.Where(c => bekend.Contains((c.Gemeente, c.Periode))));

        var antwoord = new C.PeriodeResultaten
        {
            Gebied = ContractMapping.NaarContract(boom.Get(gebiedcode)), Periode = periode.ToString(), VorigePeriode = periode.Vorige.ToString(),
        };
        var nu = new List<PeriodeResultaat>();
        var vorig = new List<PeriodeResultaat>();
        var tredes = new List<(int? Nu, int? Vorig)>();
        var provincies = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var reeks in resultaten.GroupBy(r => r.Gemeente))
        {
            if (reeks.FirstOrDefault(r => r.Periode == periode) is not { } dit) continue;
            var provincie = invoer.ProvincieVan(reeks.Key) ?? "";
            provincies.Add(provincie);
            var bijstellingen = invoer.Bijstellingen.Where(b => b.Gemeente == reeks.Key).ToList();
            var beoordelingen = Ibtberekening.Beoordeel([.. reeks], invoer.Instelling(provincie), bijstellingen);
            var laatsteBijstelling = Ibtberekening.LaatstePerPeriode(bijstellingen);
            var vorige = reeks.FirstOrDefault(r => r.Periode == periode.Vorige);

            var rij = new C.PeriodeRij { Gebied = ContractMapping.NaarContract(boom.Get(reeks.Key)), Cijfers = Cijfers(dit, 1) };
            rij.Correcties.AddRange(dit.Correcties.Select(c => new C.PeriodeCorrectie { Veld = c.Veld.Code(), Waarde = c.Waarde, Reden = c.Reden }));
            if (beoordelingen.FirstOrDefault(b => b.Periode == periode) is { } beoordeling) rij.Beoordeling = Beoordeling(beoordeling);
            if (invoer.Vastgesteld(reeks.Key, periode) is { } vast) rij.Vastgesteld = Vastgesteld(vast);
            if (laatsteBijstelling.GetValueOrDefault(periode) is { } bijstelling) rij.Bijstelling = Bijstelling(bijstelling);
            if (vorige is not null) rij.Vorige = Cijfers(vorige, 1);
            var vorigeTrede = Effectief(beoordelingen, laatsteBijstelling, periode.Vorige);
            if (vorigeTrede is { } vt) rij.VorigeTrede = vt;
            antwoord.Rijen.Add(rij);

            nu.Add(dit);
            if (vorige is not null) vorig.Add(vorige);
            tredes.Add((Effectief(beoordelingen, laatsteBijstelling, periode), vorigeTrede));
        }
        var volgorde = antwoord.Rijen.OrderBy(r => r.Gebied.Naam, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), true)).ToList();
        antwoord.Rijen.Clear();
        antwoord.Rijen.AddRange(volgorde);

        antwoord.Totaal = Cijfers(Periodeberekening.Tel(periode, nu));
        antwoord.VorigTotaal = Cijfers(Periodeberekening.Tel(periode.Vorige, vorig));
        foreach (var trede in Treden.Ladder)
            antwoord.Treden.Add(new C.TredeTelling
            {
                Trede = trede.Nummer, Kleur = trede.Kleur, Naam = trede.Naam,
                Aantal = tredes.Count(t => t.Nu == trede.Nummer), VorigAantal = tredes.Count(t => t.Vorig == trede.Nummer),
            });
        foreach (var provincie in provincies.Where(p => p.Length > 0))
            antwoord.Beleid.Add(Beleid(invoer.Instelling(provincie)));
        return antwoord;
    }

    /// <summary>The trede that counts for a period: the toezichthouder's bijstelling if any, else the computed one.</summary>
    private static int? Effectief(IReadOnlyList<CoreBeoordeling> beoordelingen, IReadOnlyDictionary<Halfjaar, CoreBijstelling> bijstellingen, Halfjaar periode) =>
        bijstellingen.GetValueOrDefault(periode)?.Trede ?? beoordelingen.FirstOrDefault(b => b.Periode == periode)?.Trede;


    private static C.PeriodeCijfers Cijfers(PeriodeResultaat r, int gemeenten) =>
        Cijfers(r.Taakstelling, r.AchterstandIn, r.Totaalopgave, r.Gehuisvest, r.PercentageTaakstelling, r.PercentageTotaalopgave, r.AchterstandUit, r.Koppelingen, gemeenten);

    private static C.PeriodeCijfers Cijfers(PeriodeTotaal t) =>
        Cijfers(t.Taakstelling, t.AchterstandIn, t.Totaalopgave, t.Gehuisvest, t.PercentageTaakstelling, t.PercentageTotaalopgave, t.AchterstandUit, null, t.Gemeenten);

    private static C.PeriodeCijfers Cijfers(long taakstelling, long? achterstandIn, long? totaalopgave, long? gehuisvest,
        Breuk? pctTaakstelling, Breuk? pctTotaalopgave, long? achterstandUit, long? koppelingen, int gemeenten)
    {
        var c = new C.PeriodeCijfers { Taakstelling = taakstelling, Gemeenten = gemeenten };
        if (achterstandIn is { } a) c.AchterstandIn = a;
        if (totaalopgave is { } t) c.Totaalopgave = t;
        if (gehuisvest is { } g) c.Gehuisvest = g;
        if (pctTaakstelling is { } p1) c.PercentageTaakstelling = Breuk(p1);
        if (pctTotaalopgave is { } p2) c.PercentageTotaalopgave = Breuk(p2);
        if (achterstandUit is { } u) c.AchterstandUit = u;
        if (koppelingen is { } k) c.Koppelingen = k;
        return c;
    }

    internal static C.Breuk Breuk(Breuk b) => new() { Teller = b.Teller, Noemer = b.Noemer };

    private static C.Beoordeling Beoordeling(CoreBeoordeling b)
    {
        var c = new C.Beoordeling
        {
            Trede = b.Trede, Kleur = b.Kleur, Naam = Treden.Van(b.Trede).Naam, Grondslag = b.Grondslag.Code(), Doel = b.Doel,
            Beleid = b.Beleid, Beleidsversie = b.Beleidsversie,
        };
        if (b.Gehuisvest is { } g) c.Gehuisvest = g;
        c.Redenen.AddRange(b.Redenen);
        return c;
    }

    private static C.Beoordeling Vastgesteld(Contracts.OpgaveRegistry.V1.VastgesteldeBeoordeling v)
    {
        var c = new C.Beoordeling
        {
            Trede = v.Trede, Kleur = v.Kleur, Naam = Treden.Van(v.Trede).Naam, Grondslag = v.Grondslag, Doel = v.Doel,
            Beleid = v.Beleid, Beleidsversie = v.Beleidsversie, VastgesteldDoor = v.VastgesteldDoor, VastgesteldOp = v.VastgesteldOp,
        };
        if (v.HasGehuisvest) c.Gehuisvest = v.Gehuisvest;
        c.Redenen.AddRange(v.Redenen);
        return c;
    }

    private static C.Bijstelling Bijstelling(CoreBijstelling b)
    {
        var trede = Treden.Van(b.Trede);
        return new C.Bijstelling
        {
            Trede = trede.Nummer, Kleur = trede.Kleur, Naam = trede.Naam, Motivering = b.Motivering, Toezichthouder = b.Toezichthouder,
            Tijdstip = b.Tijdstip.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static C.IbtBeleid Beleid(IbtBeleidsinstelling instelling)
    {
        var beleid = IbtBeleid.Van(instelling.Beleid);
        var c = new C.IbtBeleid
        {
            Provincie = instelling.Provincie, Code = beleid.Code, Naam = beleid.Naam, Versie = instelling.Versie,
            Vanaf = instelling.Vanaf.ToString(), MaxTrede = instelling.MaxTrede,
        };
        c.Regels.AddRange(beleid.Regels);
        return c;
    }

}
