using GebiedBoom = Regiemonitor.Calculation.Core.GebiedBoom;
using Niveau = Regiemonitor.Calculation.Core.Niveau;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Toezicht;
using Gebied = Regiemonitor.Contracts.Calculation.V1.Gebied;
using Halfjaar = Regiemonitor.Calculation.Core.Toezicht.Halfjaar;

namespace Regiemonitor.Reporting.Tests.Toezicht;

/// <summary>
/// Contract messages built by hand, around the province of Utrecht in 2022-2 (DOMAIN.md §4):
/// taakstelling 1055, achterstand 422, totaalopgave 1477, gehuisvest 1635, so 155 % and 111 %.
/// </summary>
internal static class Voorbeelden
{
    internal static readonly GebiedBoom Boom = new(
    [
        new("NL", "Nederland", Niveau.Land, null),
        new("PV26", "Utrecht", Niveau.Provincie, "NL"),
        new("VR09", "Utrecht", Niveau.Veiligheidsregio, "PV26"),
        new("GM0344", "Utrecht", Niveau.Gemeente, "VR09"),
        new("GM0307", "Amersfoort", Niveau.Gemeente, "VR09"),
    ]);

    internal static Toezichtpagina Pagina(bool inline = false) => new(Boom, _ => true, inline);

    internal static Gebied Provincie => new() { Code = "PV26", Naam = "Utrecht", Niveau = "provincie" };

    internal static Gebied Gemeente(string code, string naam) => new() { Code = code, Naam = naam, Niveau = "gemeente" };

    internal static Breuk Breuk(long teller, long noemer) => new() { Teller = teller, Noemer = noemer };

    internal static PeriodeCijfers Utrecht2022() => new()
    {
        Taakstelling = 1055, AchterstandIn = 422, Totaalopgave = 1477, Gehuisvest = 1635,
        PercentageTaakstelling = Breuk(163500, 1055), PercentageTotaalopgave = Breuk(163500, 1477),
        AchterstandUit = -158, Gemeenten = 2,
    };

    internal static PeriodeResultaten Voortgang()
    {
        var r = new PeriodeResultaten
        {
            Gebied = Provincie, Periode = "2022-2", VorigePeriode = "2022-1",
            Totaal = Utrecht2022(),
            // The previous half-year started with a voorsprong: it must read as one.
            VorigTotaal = new PeriodeCijfers
            {
                Taakstelling = 1000, AchterstandIn = -35, Totaalopgave = 965, Gehuisvest = 543,
                PercentageTaakstelling = Breuk(54300, 1000), PercentageTotaalopgave = Breuk(54300, 965), AchterstandUit = 422, Gemeenten = 2,
            },
        };
        var utrecht = new PeriodeRij
        {
            Gebied = Gemeente("GM0344", "Utrecht"),
            Cijfers = new PeriodeCijfers
            {
                Taakstelling = 500, AchterstandIn = 100, Totaalopgave = 600, Gehuisvest = 450,
                PercentageTaakstelling = Breuk(45000, 500), PercentageTotaalopgave = Breuk(45000, 600), AchterstandUit = 150, Gemeenten = 1,
            },
            Beoordeling = new Beoordeling
            {
                Trede = 2, Kleur = "geel", Naam = "Achterstand", Grondslag = "totaalopgave", Doel = 600, Gehuisvest = 450,
                Redenen = { "Gehuisvest 450 van de totaalopgave 600: tekort 150.", "In de vorige periode op trede 1." },
                Beleid = "Trendbeleid Utrecht", Beleidsversie = 2,
            },
            Vastgesteld = new Beoordeling
            {
                Trede = 2, Kleur = "geel", Naam = "Achterstand", Grondslag = "totaalopgave", Doel = 600,
                Beleid = "Trendbeleid Utrecht", Beleidsversie = 2, VastgesteldDoor = "Gedeputeerde Staten", VastgesteldOp = "2023-02-01",
            },
            Bijstelling = new Bijstelling
            {
                Trede = 3, Kleur = "oranje", Naam = "Actief toezicht", Motivering = "Geen plan van aanpak ontvangen.",
                Toezichthouder = "J. de Vries", Tijdstip = "2023-01-15T09:30:00+00:00",
            },
            VorigeTrede = 1,
            Correcties = { new PeriodeCorrectie { Veld = "gehuisvest", Waarde = 450, Reden = "Dubbele registratie in TVS verwijderd" } },
        };
        var amersfoort = new PeriodeRij
        {
            Gebied = Gemeente("GM0307", "Amersfoort"),
            Cijfers = new PeriodeCijfers
            {
                Taakstelling = 555, AchterstandIn = -12, Totaalopgave = 543, Gehuisvest = 1185,
                PercentageTaakstelling = Breuk(118500, 555), PercentageTotaalopgave = Breuk(118500, 543), AchterstandUit = -642, Gemeenten = 1,
            },
            Beoordeling = new Beoordeling
            {
                Trede = 1, Kleur = "groen", Naam = "Op koers", Grondslag = "koppelingstekort", Doel = 300, Gehuisvest = 1185,
                Redenen = { "Opgave gehaald." }, Beleid = "Trendbeleid Utrecht", Beleidsversie = 2,
            },
        };
        r.Rijen.Add(amersfoort);
        r.Rijen.Add(utrecht);
        r.Treden.Add(new TredeTelling { Trede = 1, Kleur = "groen", Naam = "Op koers", Aantal = 1, VorigAantal = 2 });
        r.Treden.Add(new TredeTelling { Trede = 2, Kleur = "geel", Naam = "Achterstand", Aantal = 0, VorigAantal = 0 });
        r.Treden.Add(new TredeTelling { Trede = 3, Kleur = "oranje", Naam = "Actief toezicht", Aantal = 1, VorigAantal = 0 });
        r.Beleid.Add(new IbtBeleid
        {
            Provincie = "PV26", Code = "trend", Naam = "Trendbeleid Utrecht", Versie = 2, Vanaf = "2024-1", MaxTrede = 5,
            Regels = { "Een gemeente die haar opgave haalt, staat op trede 1.", "Groeit de achterstand, dan gaat de gemeente een trede omhoog." },
        });
        return r;
    }

    internal static IReadOnlyList<Halfjaar> Periodes => VoortgangPagina.Keuzes(new Halfjaar(2023, 1), new Halfjaar(2022, 2));

    /// <summary>DOMAIN.md §5: taakstelling 1100 and 950 housed a year from achterstand 0; a project of 400 in 2028.</summary>
    internal static Prognose Prognose()
    {
        var p = new Prognose
        {
            Gebied = Provincie,
            Aannames = new PrognoseAannames
            {
                StartJaar = 2026, TaakstellingPerJaar = 1100, TaakstellingHerkomst = "opgegeven",
                GehuisvestPerJaar = 950, GehuisvestHerkomst = "gehuisvest 2025-1 + 2025-2",
                StartAchterstand = 0, StartAchterstandHerkomst = "opgegeven",
            },
        };
        p.Jaren.Add(Jaar(2026, 0, 0, 150));
        p.Jaren.Add(Jaar(2027, 150, 0, 300));
        p.Jaren.Add(Jaar(2028, 300, 400, 50));
        p.Projecten.Add(new Project { Naam = "Flexwoningen Kanaleneiland", Gemeentecode = "GM0344", Eenheden = 400, Jaar = 2028 });
        return p;
    }

    private static PrognoseJaar Jaar(int jaar, long begin, long extra, long eind) => new()
    {
        Jaar = jaar, AchterstandBegin = begin, Taakstelling = 1100, Gehuisvest = 950, ExtraCapaciteit = extra,
        AchterstandEind = eind, TeHuisvestenVolgendJaar = 1100 + eind,
    };

    internal static Scenarios Scenarios()
    {
        var s = new Scenarios { Provincie = Provincie, Peildatum = "2024-09-01" };
        s.Scenarios_.Add(Scenario("sc-1", "Voorstel A", "1", "ambtelijk", asielInbreng: 826, uitruil: true));
        s.Scenarios_.Add(Scenario("sc-2", "Voorstel B", "2", "collegebesluit", asielInbreng: 1000, uitruil: false));
        return s;
    }

    internal static ScenarioUitkomst Scenario(string id, string naam, string versie, string status, long asielInbreng, bool uitruil)
    {
        var u = new ScenarioUitkomst { Id = id, Naam = naam, Versie = versie, Status = status, GeimporteerdOp = "2024-08-20T12:00:00+00:00" };
        u.Categorieen.Add(new CategorieDekking
        {
            Categorie = "asiel", Opgave = 1000, Inbreng = asielInbreng, Dekking = Breuk(asielInbreng * 100, 1000),
            ProvincialeOpgave = 1100, VerschilTotProvinciaal = -100,
        });
        u.Categorieen.Add(new CategorieDekking
        {
            Categorie = "oekraine", Opgave = 400, Inbreng = 380, Dekking = Breuk(38000, 400), ProvincialeOpgave = 400, VerschilTotProvinciaal = 0,
        });
        u.Totaal = new CategorieDekking { Categorie = "totaal", Opgave = 1400, Inbreng = 380 + asielInbreng, Dekking = Breuk((380 + asielInbreng) * 100, 1400) };
        var utrecht = new GemeenteScenario { Gebied = Gemeente("GM0344", "Utrecht"), IsUitruil = uitruil, Saldo = asielInbreng + 380 - 1400 };
        utrecht.Cellen.Add(new ScenarioCel { Categorie = "asiel", Opgave = 1000, Inbreng = asielInbreng, Verschil = asielInbreng - 1000 });
        utrecht.Cellen.Add(new ScenarioCel { Categorie = "oekraine", Opgave = 400, Inbreng = 380, Verschil = -20 });
        u.Gemeenten.Add(utrecht);
        return u;
    }
}
