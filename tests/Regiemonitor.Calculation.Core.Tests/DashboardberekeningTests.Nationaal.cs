using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Regiemonitor.Calculation.Core.Tests.Testdata;
using static Regiemonitor.Calculation.Core.Tests.Testdata.Maak;

namespace Regiemonitor.Calculation.Core.Tests;

// The national dashboard of 1 September 2024 (shared/fixtures/nl-2024-09-01) against its published
// figures in expected.json: every card value and every table cell.
public sealed partial class DashboardberekeningTests
{
    private static readonly string FixtureMap = Paden.Fixture("nl-2024-09-01");
    private static readonly OpgavePeriode[] FixtureOpgaven = [.. Opgaven(Path.Combine(FixtureMap, "opgaven.csv"))];
    private static readonly RealisatieTelling[] FixtureTellingen = [.. Tellingen(Path.Combine(FixtureMap, "realisatie.csv"))];
    private static readonly JsonElement Verwacht = JsonDocument.Parse(File.ReadAllText(Path.Combine(FixtureMap, "expected.json"))).RootElement;

    private static Dashboard Nationaal() =>
        Berekening.Bereken(Referentieboom.Boom, FixtureOpgaven, FixtureTellingen, "NL", Datum("2024-09-01"), Datum("2024-09-02"));

    [Fact]
    public void Fixture_IsTheNationalDashboardOf1September()
    {
        // Guards the premise of the other tests, so a swapped fixture fails loudly here.
        Assert.Equal("NL", Verwacht.GetProperty("gebied").GetString());
        Assert.Equal("2024-09-01", Verwacht.GetProperty("peildatum").GetString());
        Assert.Equal(60, FixtureOpgaven.Length);
        Assert.Equal(84, FixtureTellingen.Length);
    }

    [Fact]
    public void Bereken_NationalFixture_EveryCardMatchesExpected()
    {
        var dashboard = Nationaal();

        Assert.Equal("NL", dashboard.Gebied.Code);
        Assert.Equal(Datum("2024-09-01"), dashboard.Peildatum);
        Assert.Equal(Datum("2024-09-02"), dashboard.RealisatieTot);
        Assert.Equal(Codes.AlleCategorieen, dashboard.Kaarten.Select(k => k.Categorie));
        foreach (var categorie in Verwacht.GetProperty("kaarten").EnumerateObject())
        {
            var kaart = KaartVan(dashboard.Kaarten, Codes.ParseCategorie(categorie.Name));
            var v = categorie.Value;
            var waar = $"kaart {categorie.Name}";

            Assert.True(v.GetProperty("startpunt").GetInt64() == kaart.Startpunt, $"{waar} startpunt {kaart.Startpunt}");
            Assert.True(v.GetProperty("eindpunt").GetInt64() == kaart.Eindpunt, $"{waar} eindpunt {kaart.Eindpunt}");
            Assert.True(v.GetProperty("indicatiefSchema").GetInt64() == kaart.IndicatiefSchema?.AfrondenOpGeheel(), $"{waar} schema {kaart.IndicatiefSchema}");
            Assert.True(v.GetProperty("realisatie").GetInt64() == kaart.Realisatie, $"{waar} realisatie {kaart.Realisatie}");
            Assert.True(v.GetProperty("achterstand").GetInt64() == kaart.Achterstand?.AfrondenOpGeheel(), $"{waar} achterstand {kaart.Achterstand}");
            Assert.True(v.GetProperty("status").GetString() == kaart.Status?.Code(), $"{waar} status {kaart.Status}");
        }
    }

    [Fact]
    public void Bereken_NationalFixture_EveryTableCellMatchesExpected()
    {
        var dashboard = Nationaal();
        var tabel = Verwacht.GetProperty("tabel");
        var verwachteRijen = tabel.EnumerateObject().Where(r => r.Name != "totaal").ToList();

        Assert.Equal(verwachteRijen.Select(r => r.Name), dashboard.Rijen.Select(r => r.Gebied.Code));
        foreach (var (rij, verwacht) in dashboard.Rijen.Zip(verwachteRijen))
            VergelijkRij(rij.Gebied.Code, rij.Kaarten, verwacht.Value);
        VergelijkRij("totaal", dashboard.Totaal.Kaarten, tabel.GetProperty("totaal"));
    }

    private static void VergelijkRij(string rij, IReadOnlyList<Kaart> kaarten, JsonElement verwacht)
    {
        foreach (var categorie in verwacht.EnumerateObject())
        {
            var kaart = KaartVan(kaarten, Codes.ParseCategorie(categorie.Name));
            var v = categorie.Value;
            var waar = $"{rij} {categorie.Name}";

            Assert.True(v.GetProperty("opgave").GetInt64() == kaart.Opgave, $"{waar} opgave {kaart.Opgave}");
            Assert.True(v.GetProperty("delta").GetInt64() == kaart.Delta, $"{waar} delta {kaart.Delta}");
            if (kaart.Categorie == Categorie.Asiel)
            {
                Assert.NotNull(kaart.Onderdelen);
                foreach (var onderdeel in Enum.GetValues<Onderdeel>())
                    Assert.True(v.GetProperty(onderdeel.Code()).GetInt64() == kaart.Onderdelen[onderdeel], $"{waar} {onderdeel.Code()} {kaart.Onderdelen[onderdeel]}");
                // DOMAIN.md §3 step 6: asiel realisatie = regulier + noodopvang + tgo.
                var som = v.GetProperty("regulier").GetInt64() + v.GetProperty("noodopvang").GetInt64() + v.GetProperty("tgo").GetInt64();
                Assert.True(som == kaart.Realisatie, $"{waar} realisatie {kaart.Realisatie} != {som}");
            }
            else
            {
                Assert.True(v.GetProperty("realisatie").GetInt64() == kaart.Realisatie, $"{waar} realisatie {kaart.Realisatie}");
            }
        }
    }

    [Fact]
    public void Bereken_NationalFixture_OekraineCardIsTheWorkedExample()
    {
        var oekraine = KaartVan(Nationaal().Kaarten, Categorie.Oekraine);

        Assert.Equal(Datum("2024-02-01"), oekraine.Startdatum);
        Assert.Equal(Datum("2025-01-01"), oekraine.Einddatum);
        // Twelve province schemas with equal dates sum to 97001 + 22999 * 213/335 = 37394122/335.
        Assert.Equal(new Breuk(37_394_122, 335), oekraine.IndicatiefSchema);
        // 92189 * 100 / (37394122/335) = 82.589 % → 82.6
        Assert.Equal(82.6m, oekraine.Percentage?.Afronden(1));
        // 37394122/335 - 92189 = 19435.24 → 19435
        Assert.Equal(new Breuk(37_394_122 - 92189L * 335, 335), oekraine.Achterstand);
        Assert.Equal(Status.Oranje, oekraine.Status);
        Assert.Equal([new BronStand(Bron.Kcio, Datum("2024-09-01"))], oekraine.Bronnen);
    }

    [Fact]
    public void Bereken_NationalFixture_HuisvestingCardIsTheWorkedExample()
    {
        var huisvesting = KaartVan(Nationaal().Kaarten, Categorie.Huisvesting);

        // 10874 + 17000 * 62/184 = 16602.26; 16602.26 - 5568 = 11034.26
        Assert.Equal(new Breuk(10874 * 184 + 17000 * 62, 184), huisvesting.IndicatiefSchema);
        Assert.Equal(16602, huisvesting.IndicatiefSchema?.AfrondenOpGeheel());
        Assert.Equal(11034, huisvesting.Achterstand?.AfrondenOpGeheel());
        Assert.Equal(Status.Rood, huisvesting.Status);
    }

    [Fact]
    public void Bereken_NationalFixture_NidosUsesItsOwnLaterPeildatum()
    {
        var nidos = KaartVan(Nationaal().Kaarten, Categorie.Nidos);

        Assert.Equal(1684, nidos.Realisatie);
        Assert.Equal([new BronStand(Bron.Nidos, Datum("2024-09-02"))], nidos.Bronnen);
    }

    [Fact]
    public void Bereken_NationalFixture_TotaalIsTheCardsAndTheSumOfTheRows()
    {
        var dashboard = Nationaal();

        Assert.Same(dashboard.Kaarten, dashboard.Totaal.Kaarten);
        Assert.Equal("NL", dashboard.Totaal.Gebied.Code);
        foreach (var categorie in Codes.AlleCategorieen)
        {
            var kaart = KaartVan(dashboard.Kaarten, categorie);
            Assert.Equal(kaart.Realisatie, dashboard.Rijen.Sum(r => KaartVan(r.Kaarten, categorie).Realisatie));
            Assert.Equal(kaart.Opgave, dashboard.Rijen.Sum(r => KaartVan(r.Kaarten, categorie).Opgave));
            Assert.Equal(kaart.IndicatiefSchema,
                dashboard.Rijen.Aggregate(Breuk.Nul, (s, r) => s + KaartVan(r.Kaarten, categorie).IndicatiefSchema!.Value));
        }
    }

    [Fact]
    public void Bereken_RealisatieTotOmitted_DefaultsToPeildatumSoLaterNidosCountsAreUnused()
    {
        var dashboard = Berekening.Bereken(Referentieboom.Boom, FixtureOpgaven, FixtureTellingen, "NL", Datum("2024-09-01"));

        Assert.Equal(Datum("2024-09-01"), dashboard.RealisatieTot);
        var nidos = KaartVan(dashboard.Kaarten, Categorie.Nidos);
        // Every Nidos count is dated 2024-09-02: no data, which is not 0.
        Assert.Null(nidos.Realisatie);
        Assert.Null(nidos.Achterstand);
        Assert.Null(nidos.Status);
        Assert.Null(nidos.Delta);
        Assert.Empty(nidos.Bronnen);
        // The schema does not depend on R.
        Assert.Equal(4136, nidos.IndicatiefSchema?.AfrondenOpGeheel());
        // Bronnen dated on R itself are still there.
        Assert.Equal(92189, KaartVan(dashboard.Kaarten, Categorie.Oekraine).Realisatie);
    }

    [Fact]
    public void Bereken_PeildatumOmitted_IsTodayInAmsterdam()
    {
        // 22:30 UTC on 31 August is 00:30 on 1 September in Amsterdam (CEST).
        var tijd = new FakeTimeProvider(new DateTimeOffset(2024, 8, 31, 22, 30, 0, TimeSpan.Zero));

        var dashboard = new Dashboardberekening(tijd).Bereken(Referentieboom.Boom, FixtureOpgaven, FixtureTellingen, "NL");

        Assert.Equal(Datum("2024-09-01"), dashboard.Peildatum);
        Assert.Equal(Datum("2024-09-01"), dashboard.RealisatieTot);
        Assert.Equal(new Breuk(37_394_122, 335), KaartVan(dashboard.Kaarten, Categorie.Oekraine).IndicatiefSchema);
    }

    [Fact]
    public void Bereken_PeildatumOmittedLateEveningUtc_FollowsTheClock()
    {
        // 21:30 UTC is still 31 August in Amsterdam: one day less of the oekraine period (212/335).
        var tijd = new FakeTimeProvider(new DateTimeOffset(2024, 8, 31, 21, 30, 0, TimeSpan.Zero));

        var dashboard = new Dashboardberekening(tijd).Bereken(Referentieboom.Boom, FixtureOpgaven, FixtureTellingen, "NL");

        Assert.Equal(Datum("2024-08-31"), dashboard.Peildatum);
        Assert.Equal(new Breuk(97001 * 335 + 22999 * 212, 335), KaartVan(dashboard.Kaarten, Categorie.Oekraine).IndicatiefSchema);
        // The counts are dated 1 September, after the default R: nothing is realised yet.
        Assert.All(dashboard.Kaarten, k => Assert.Null(k.Realisatie));
    }

    [Fact]
    public void Bereken_ProvinceOfFixture_RowsAreItsGemeentenWithoutRecords()
    {
        // The national fixture has province-level records only: Drenthe's card has them, its gemeente rows not.
        var dashboard = Berekening.Bereken(Referentieboom.Boom, FixtureOpgaven, FixtureTellingen, "PV22", Datum("2024-09-01"), Datum("2024-09-02"));

        Assert.Equal(12, dashboard.Rijen.Count);
        Assert.Equal(5722, KaartVan(dashboard.Kaarten, Categorie.Oekraine).Opgave);
        Assert.Equal(4425, KaartVan(dashboard.Kaarten, Categorie.Oekraine).Realisatie);
        Assert.All(dashboard.Rijen, r => Assert.All(r.Kaarten, k => { Assert.Null(k.Opgave); Assert.Null(k.Realisatie); }));
    }

    [Fact]
    public void Bereken_UnknownGebiedcode_ThrowsKeyNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() =>
            Berekening.Bereken(Referentieboom.Boom, FixtureOpgaven, FixtureTellingen, "PV99", Datum("2024-09-01")));
    }
}
