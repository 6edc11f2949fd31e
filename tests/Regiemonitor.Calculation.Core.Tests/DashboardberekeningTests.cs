using Microsoft.Extensions.Time.Testing;
using static Regiemonitor.Calculation.Core.Tests.Testdata.Maak;

namespace Regiemonitor.Calculation.Core.Tests;

/// <summary>
/// Aggregation over the gebied tree (DOMAIN.md §3): a small Overijssel with gemeente records and
/// an oekraine opgave per veiligheidsregio, as a province's own data arrives.
/// </summary>
public sealed partial class DashboardberekeningTests
{
    // The clock is deliberately far from the test dates: an explicit peildatum must win.
    private static readonly Dashboardberekening Berekening = new(new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero)));

    private static Kaart KaartVan(IReadOnlyList<Kaart> kaarten, Categorie c) => Assert.Single(kaarten, k => k.Categorie == c);

    private static Kaart KaartVan(Dashboard dashboard, string rij, Categorie c) =>
        KaartVan(Assert.Single(dashboard.Rijen, r => r.Gebied.Code == rij).Kaarten, c);

    private static readonly GebiedBoom Boom = new(
    [
        new("NL", "Nederland", Niveau.Land, null),
        new("PV23", "Overijssel", Niveau.Provincie, "NL"),
        new("PV22", "Drenthe", Niveau.Provincie, "NL"),
        new("VR04", "IJsselland", Niveau.Veiligheidsregio, "PV23"),
        new("VR05", "Twente", Niveau.Veiligheidsregio, "PV23"),
        new("VR03", "Drenthe", Niveau.Veiligheidsregio, "PV22"),
        new("GM0193", "Zwolle", Niveau.Gemeente, "VR04"),
        new("GM0148", "Dalfsen", Niveau.Gemeente, "VR04"),
        new("GM0153", "Enschede", Niveau.Gemeente, "VR05"),
        new("GM0164", "Hengelo", Niveau.Gemeente, "VR05"),
        new("GM0106", "Assen", Niveau.Gemeente, "VR03"),
    ]);

    private static readonly DateOnly D = Datum("2024-09-01");

    private static readonly OpgavePeriode[] Opgaven =
    [
        // oekraine per veiligheidsregio, f = 213/335: VR04 1000 + 670 * 213/335 = 1426, VR05 2000 + 335 * 213/335 = 2213.
        Periode("2024-02-01", 1000, "2025-01-01", 1670, Categorie.Oekraine, "VR04"),
        Periode("2024-02-01", 2000, "2025-01-01", 2335, Categorie.Oekraine, "VR05"),
        Periode("2024-02-01", 500, "2025-01-01", 900, Categorie.Oekraine, "VR03"),   // another province
        // asiel for Zwolle, f = 244/366 = 2/3: 100 + 183 * 2/3 = 222.
        Periode("2024-01-01", 100, "2025-01-01", 283, Categorie.Asiel, "GM0193"),
        // huisvesting for Dalfsen, two half-years; on D the second: 10 + 46 * 62/184 = 25.5 (no TVS counts at all).
        Periode("2024-01-01", 0, "2024-07-01", 30, Categorie.Huisvesting, "GM0148"),
        Periode("2024-07-01", 10, "2025-01-01", 56, Categorie.Huisvesting, "GM0148"),
    ];

    private static readonly RealisatieTelling[] Tellingen =
    [
        Telling(Bron.Kcio, Categorie.Oekraine, "GM0193", "2024-08-01", 550),  // superseded by the next
        Telling(Bron.Kcio, Categorie.Oekraine, "GM0193", "2024-09-01", 600),
        Telling(Bron.Kcio, Categorie.Oekraine, "GM0193", "2024-09-03", 650),  // after D: only with a later R
        Telling(Bron.Kcio, Categorie.Oekraine, "GM0148", "2024-09-01", 300),
        Telling(Bron.Kcio, Categorie.Oekraine, "GM0153", "2024-09-01", 1000),
        Telling(Bron.Kcio, Categorie.Oekraine, "GM0164", "2024-08-30", 700),
        Telling(Bron.Kcio, Categorie.Oekraine, "GM0106", "2024-09-01", 400),  // another province
        Telling(Bron.Coa, Categorie.Asiel, "GM0193", "2024-09-01", 150, Onderdeel.Regulier),
        Telling(Bron.Coa, Categorie.Asiel, "GM0193", "2024-09-01", 40, Onderdeel.Noodopvang),
        Telling(Bron.Coa, Categorie.Asiel, "GM0193", "2024-09-01", 10, Onderdeel.Tgo),
        Telling(Bron.Coa, Categorie.Asiel, "GM0153", "2024-08-25", 20, Onderdeel.Regulier),
    ];

    private static Dashboard Bereken(string gebied, DateOnly? peildatum = null, DateOnly? realisatieTot = null) =>
        Berekening.Bereken(Boom, Opgaven, Tellingen, gebied, peildatum ?? D, realisatieTot);

    [Fact]
    public void Bereken_ProvinceWithRegioOekraineOpgave_CardSumsBothRegions()
    {
        var oekraine = KaartVan(Bereken("PV23").Kaarten, Categorie.Oekraine);

        Assert.Equal(Datum("2024-02-01"), oekraine.Startdatum);
        Assert.Equal(3000, oekraine.Startpunt);           // 1000 + 2000
        Assert.Equal(Datum("2025-01-01"), oekraine.Einddatum);
        Assert.Equal(4005, oekraine.Eindpunt);            // 1670 + 2335
        Assert.Equal((Breuk)3639, oekraine.IndicatiefSchema); // 1426 + 2213
        Assert.Equal(2600, oekraine.Realisatie);          // 600 + 300 + 1000 + 700, Assen's 400 is Drenthe's
        Assert.Equal((Breuk)1039, oekraine.Achterstand);  // 3639 - 2600
        Assert.Equal(71.4m, oekraine.Percentage?.Afronden(1)); // 260000 / 3639 = 71.448
        Assert.Equal(Status.Rood, oekraine.Status);       // below 75 %
        Assert.Equal(1405, oekraine.Delta);               // 4005 - 2600
        Assert.Equal([new BronStand(Bron.Kcio, D)], oekraine.Bronnen);
    }

    [Fact]
    public void Bereken_ProvinceWithRegioOekraineOpgave_GemeenteRowsHaveRealisatieOnly()
    {
        var dashboard = Bereken("PV23");

        // Rows are the gemeenten of both regions, by name.
        Assert.Equal(["Dalfsen", "Enschede", "Hengelo", "Zwolle"], dashboard.Rijen.Select(r => r.Gebied.Naam));
        var verwacht = new Dictionary<string, long> { ["GM0148"] = 300, ["GM0153"] = 1000, ["GM0164"] = 700, ["GM0193"] = 600 };
        foreach (var (code, realisatie) in verwacht)
        {
            var kaart = KaartVan(dashboard, code, Categorie.Oekraine);
            Assert.Null(kaart.Opgave);
            Assert.Null(kaart.Delta);
            Assert.Null(kaart.IndicatiefSchema);
            Assert.Null(kaart.Status);
            Assert.Equal(realisatie, kaart.Realisatie);
        }
    }

    [Fact]
    public void Bereken_Asiel_RealisatieIsSumOfOnderdelenPerRowAndCard()
    {
        var dashboard = Bereken("PV23");

        var zwolle = KaartVan(dashboard, "GM0193", Categorie.Asiel);
        Assert.Equal(283, zwolle.Opgave);
        Assert.Equal(200, zwolle.Realisatie);             // 150 + 40 + 10
        Assert.Equal(new Dictionary<Onderdeel, long> { [Onderdeel.Regulier] = 150, [Onderdeel.Noodopvang] = 40, [Onderdeel.Tgo] = 10 }, zwolle.Onderdelen);
        Assert.Equal(83, zwolle.Delta);                   // 283 - 200
        Assert.Equal(Status.Oranje, zwolle.Status);       // 200 / 222 = 90 %

        // A gemeente with only regulier still shows all three parts, the missing ones as 0 (COA reported it).
        var enschede = KaartVan(dashboard, "GM0153", Categorie.Asiel);
        Assert.Equal(new Dictionary<Onderdeel, long> { [Onderdeel.Regulier] = 20, [Onderdeel.Noodopvang] = 0, [Onderdeel.Tgo] = 0 }, enschede.Onderdelen);
        Assert.Equal(20, enschede.Realisatie);
        Assert.Null(enschede.Opgave);

        var provincie = KaartVan(dashboard.Kaarten, Categorie.Asiel);
        Assert.Equal(new Dictionary<Onderdeel, long> { [Onderdeel.Regulier] = 170, [Onderdeel.Noodopvang] = 40, [Onderdeel.Tgo] = 10 }, provincie.Onderdelen);
        Assert.Equal(220, provincie.Realisatie);
        Assert.Equal((Breuk)222, provincie.IndicatiefSchema);
        Assert.Equal((Breuk)2, provincie.Achterstand);    // 222 - 220
        Assert.Equal(63, provincie.Delta);                // 283 - 220
        Assert.Equal(Status.Oranje, provincie.Status);    // 220 / 222 = 99.1 %
    }

    [Fact]
    public void Bereken_CategorieWithOpgaveButNoCounts_RealisatieIsNullNotZero()
    {
        var huisvesting = KaartVan(Bereken("PV23").Kaarten, Categorie.Huisvesting);

        // On D the second half-year applies: 10 + 46 * 62/184 = 25.5, rounded away from zero to 26.
        Assert.Equal(Datum("2024-07-01"), huisvesting.Startdatum);
        Assert.Equal(10, huisvesting.Startpunt);
        Assert.Equal(56, huisvesting.Opgave);
        Assert.Equal(new Breuk(51, 2), huisvesting.IndicatiefSchema);
        Assert.Equal(26, huisvesting.IndicatiefSchema?.AfrondenOpGeheel());
        Assert.Null(huisvesting.Realisatie);
        Assert.Null(huisvesting.Achterstand);
        Assert.Null(huisvesting.Percentage);
        Assert.Null(huisvesting.Status);
        Assert.Null(huisvesting.Delta);
        Assert.Empty(huisvesting.Bronnen);
    }

    [Fact]
    public void Bereken_CategorieWithNothing_AllFiguresNull()
    {
        var dashboard = Bereken("PV23");

        foreach (var amv in dashboard.Rijen.Select(r => KaartVan(r.Kaarten, Categorie.Amv)).Append(KaartVan(dashboard.Kaarten, Categorie.Amv)))
        {
            Assert.Null(amv.Startdatum);
            Assert.Null(amv.Startpunt);
            Assert.Null(amv.Einddatum);
            Assert.Null(amv.Eindpunt);
            Assert.Null(amv.IndicatiefSchema);
            Assert.Null(amv.Realisatie);
            Assert.Null(amv.Onderdelen);
            Assert.Null(amv.Status);
            Assert.Empty(amv.Bronnen);
        }
    }

    [Fact]
    public void Bereken_EarlierPeildatum_ChoosesTheFirstHalfYear()
    {
        // 1 March 2024 lies in [2024-01-01, 2024-07-01): 0 + 30 * 60/182 = 900/91.
        var huisvesting = KaartVan(Bereken("PV23", Datum("2024-03-01")).Kaarten, Categorie.Huisvesting);

        Assert.Equal(Datum("2024-01-01"), huisvesting.Startdatum);
        Assert.Equal(30, huisvesting.Opgave);
        Assert.Equal(new Breuk(900, 91), huisvesting.IndicatiefSchema);
    }

    [Fact]
    public void Bereken_RealisatieTotAfterPeildatum_UsesLaterCountsButSameSchema()
    {
        var standaard = KaartVan(Bereken("PV23").Kaarten, Categorie.Oekraine);
        var later = KaartVan(Bereken("PV23", D, Datum("2024-09-03")).Kaarten, Categorie.Oekraine);

        Assert.Equal(2600, standaard.Realisatie);
        Assert.Equal(2650, later.Realisatie);             // Zwolle's 650 of 3 September replaces its 600
        Assert.Equal(standaard.IndicatiefSchema, later.IndicatiefSchema);
        Assert.Equal([new BronStand(Bron.Kcio, Datum("2024-09-03"))], later.Bronnen);
    }

    [Fact]
    public void Bereken_Veiligheidsregio_OwnRecordAndOwnGemeenten()
    {
        var dashboard = Bereken("VR04");
        var oekraine = KaartVan(dashboard.Kaarten, Categorie.Oekraine);

        Assert.Equal(["GM0148", "GM0193"], dashboard.Rijen.Select(r => r.Gebied.Code));
        Assert.Equal(1670, oekraine.Opgave);
        Assert.Equal((Breuk)1426, oekraine.IndicatiefSchema);
        Assert.Equal(900, oekraine.Realisatie);           // 600 + 300
    }

    [Fact]
    public void Bereken_Gemeente_NoRowsAndOnlyItsOwnRecords()
    {
        var dashboard = Bereken("GM0193");

        Assert.Empty(dashboard.Rijen);
        Assert.Equal("GM0193", dashboard.Totaal.Gebied.Code);
        // The regio's oekraine opgave lies above Zwolle, not in its subtree.
        Assert.Null(KaartVan(dashboard.Kaarten, Categorie.Oekraine).Opgave);
        Assert.Equal(600, KaartVan(dashboard.Kaarten, Categorie.Oekraine).Realisatie);
        Assert.Equal(283, KaartVan(dashboard.Kaarten, Categorie.Asiel).Opgave);
    }

    [Fact]
    public void Bereken_Land_ProvinceRowsKeepOtherProvincesApart()
    {
        var dashboard = Bereken("NL");

        Assert.Equal(["PV22", "PV23"], dashboard.Rijen.Select(r => r.Gebied.Code));
        Assert.Equal(900, KaartVan(dashboard, "PV22", Categorie.Oekraine).Opgave);
        Assert.Equal(400, KaartVan(dashboard, "PV22", Categorie.Oekraine).Realisatie);
        Assert.Equal(4005, KaartVan(dashboard, "PV23", Categorie.Oekraine).Opgave);
        Assert.Equal(4905, KaartVan(dashboard.Kaarten, Categorie.Oekraine).Opgave);       // 900 + 4005
        Assert.Equal(3000, KaartVan(dashboard.Kaarten, Categorie.Oekraine).Realisatie);   // 400 + 2600
    }

    [Fact]
    public void Bereken_UnknownGebiedcode_ThrowsKeyNotFoundException()
    {
        Assert.Throws<KeyNotFoundException>(() => Bereken("GM9999"));
    }
}
