using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

public sealed class IbtberekeningTests
{
    private static readonly PeriodeResultaat[] VierKeerTekort =
    [
        IbtTestdata.Resultaat("2024-2", 100, 50),
        IbtTestdata.Resultaat("2023-1", 100, 50),
        IbtTestdata.Resultaat("2024-1", 100, 50),
        IbtTestdata.Resultaat("2023-2", 100, 50),
    ];

    [Fact]
    public void Beoordeel_AbsoluutHerhaaldTekort_KlimtPerPeriodeInVolgorde()
    {
        var beoordelingen = Ibtberekening.Beoordeel(VierKeerTekort, IbtTestdata.Instelling("absoluut"), []);

        Assert.Equal(["2023-1:2", "2023-2:3", "2024-1:4", "2024-2:5"], beoordelingen.Select(b => $"{b.Periode}:{b.Trede}"));
    }

    [Fact]
    public void Beoordeel_MaxTredeVier_StoptOpVier()
    {
        var beoordelingen = Ibtberekening.Beoordeel(VierKeerTekort, IbtTestdata.Instelling("absoluut", maxTrede: 4), []);

        Assert.Equal([2, 3, 4, 4], beoordelingen.Select(b => b.Trede));
    }

    [Fact]
    public void Beoordeel_PeriodesVoorVanaf_NietBeoordeeld()
    {
        var beoordelingen = Ibtberekening.Beoordeel(VierKeerTekort, IbtTestdata.Instelling("absoluut", vanaf: "2024-1"), []);

        // The ladder starts afresh under the new policy: the computed treden before it do not count.
        Assert.Equal(["2024-1:2", "2024-2:3"], beoordelingen.Select(b => $"{b.Periode}:{b.Trede}"));
    }

    [Fact]
    public void Beoordeel_GehaaldTussendoor_BeginOpnieuwOpTwee()
    {
        PeriodeResultaat[] resultaten =
        [
            IbtTestdata.Resultaat("2023-1", 100, 50),
            IbtTestdata.Resultaat("2023-2", 100, 50),
            IbtTestdata.Resultaat("2024-1", 100, 100),
            IbtTestdata.Resultaat("2024-2", 100, 50),
        ];

        Assert.Equal([2, 3, 1, 2], Ibtberekening.Beoordeel(resultaten, IbtTestdata.Instelling("absoluut"), []).Select(b => b.Trede));
    }

    [Fact]
    public void Beoordeel_TrendBeleid_VergelijktMetDeVorigePeriode()
    {
        PeriodeResultaat[] resultaten =
        [
            IbtTestdata.Resultaat("2024-1", 100, 60), // tekort 40 → 2 (first)
            IbtTestdata.Resultaat("2024-2", 100, 10), // 90 → 3
            IbtTestdata.Resultaat("2025-1", 100, 30), // 70 → 2
            IbtTestdata.Resultaat("2025-2", 100, 30), // 70 → 2
            IbtTestdata.Resultaat("2026-1", 100, 100), // gehaald → 1
        ];

        var beoordelingen = Ibtberekening.Beoordeel(resultaten, IbtTestdata.Instelling("trend", vanaf: "2024-1"), []);

        Assert.Equal([2, 3, 2, 2, 1], beoordelingen.Select(b => b.Trede));
        Assert.All(beoordelingen, b => Assert.Equal("trend", b.Beleid));
        Assert.Contains("Het tekort groeide van 40 naar 90: een trede hoger", beoordelingen[1].Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_Bijstelling_StuurtDeVolgendePeriodeMaarLaatDeEigenBeoordelingOngemoeid()
    {
        var zonder = Ibtberekening.Beoordeel(VierKeerTekort, IbtTestdata.Instelling("absoluut"), []);
        var met = Ibtberekening.Beoordeel(VierKeerTekort, IbtTestdata.Instelling("absoluut"), [IbtTestdata.Bijstelling("2023-1", 4)]);

        // 2023-1 itself: still the computed trede 2 with the same reasons.
        Assert.Equal(2, met[0].Trede);
        Assert.Equal(zonder[0].Redenen, met[0].Redenen);
        Assert.Equal(5, met[1].Trede); // 2023-2 continues from the bijgestelde 4
        Assert.Equal("De vorige trede 4 (2023-1) is een bijstelling door J. de Vries (berekend was trede 2): "
            + "Gemeente heeft een concreet plan met locaties.", met[1].Redenen[0]);
        Assert.DoesNotContain(met[2].Redenen, r => r.Contains("bijstelling"));
    }

    [Fact]
    public void Beoordeel_BijstellingNaarBeneden_VolgendePeriodeBegintLager()
    {
        var beoordelingen = Ibtberekening.Beoordeel(VierKeerTekort, IbtTestdata.Instelling("absoluut"), [IbtTestdata.Bijstelling("2023-2", 1)]);

        Assert.Equal([2, 3, 2, 3], beoordelingen.Select(b => b.Trede));
    }

    [Fact]
    public void Beoordeel_MeerdereBijstellingen_DeLaatsteTelt()
    {
        var vroeg = IbtTestdata.Bijstelling("2023-1", 4, new DateTimeOffset(2023, 7, 10, 9, 0, 0, TimeSpan.Zero));
        var laat = IbtTestdata.Bijstelling("2023-1", 3, new DateTimeOffset(2023, 7, 20, 9, 0, 0, TimeSpan.Zero));

        // Input order is not time order: the later Tijdstip wins.
        var beoordelingen = Ibtberekening.Beoordeel(VierKeerTekort, IbtTestdata.Instelling("absoluut"), [laat, vroeg]);

        Assert.Equal(4, beoordelingen[1].Trede);
        Assert.StartsWith("De vorige trede 3 (2023-1)", beoordelingen[1].Redenen[0]);
    }

    [Fact]
    public void Beoordeel_BijstellingVoorVanaf_ZaaitDeLadder()
    {
        var beoordelingen = Ibtberekening.Beoordeel(VierKeerTekort, IbtTestdata.Instelling("absoluut", vanaf: "2024-1"),
            [IbtTestdata.Bijstelling("2023-2", 3)]);

        Assert.Equal([4, 5], beoordelingen.Select(b => b.Trede));
        Assert.StartsWith("De vorige trede 3 (2023-2) is een bijstelling door J. de Vries: ", beoordelingen[0].Redenen[0]);
    }

    [Fact]
    public void Beoordeel_BijstellingVanAndereGemeente_GenegeerdBijstellingZonderBerekening_Telt()
    {
        PeriodeResultaat[] resultaten =
        [
            IbtTestdata.Resultaat("2023-1", 100, null), // unknown: no computed beoordeling
            IbtTestdata.Resultaat("2023-2", 100, 50),
        ];

        var beoordelingen = Ibtberekening.Beoordeel(resultaten, IbtTestdata.Instelling("absoluut"),
            [IbtTestdata.Bijstelling("2023-1", 3), IbtTestdata.Bijstelling("2023-1", 5, DateTimeOffset.MaxValue, gemeente: "Utrecht")]);

        var b = Assert.Single(beoordelingen);
        Assert.Equal(4, b.Trede);
    }

    [Fact]
    public void Beoordeel_PeriodeMetOnbekendeCijfers_OvergeslagenEnLadderBegintOpnieuw()
    {
        PeriodeResultaat[] resultaten =
        [
            IbtTestdata.Resultaat("2023-1", 100, 50),
            IbtTestdata.Resultaat("2023-2", 100, 50),
            IbtTestdata.Resultaat("2024-1", 100, null),
            IbtTestdata.Resultaat("2024-2", 100, 50),
        ];

        var beoordelingen = Ibtberekening.Beoordeel(resultaten, IbtTestdata.Instelling("absoluut"), []);

        Assert.Equal(["2023-1:2", "2023-2:3", "2024-2:2"], beoordelingen.Select(b => $"{b.Periode}:{b.Trede}"));
    }

    [Fact]
    public void Beoordeel_GeenResultaten_Leeg() =>
        Assert.Empty(Ibtberekening.Beoordeel([], IbtTestdata.Instelling("trend"), []));

    [Fact]
    public void Beoordeel_OngeldigeInvoer_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Ibtberekening.Beoordeel(
            [IbtTestdata.Resultaat("2023-1", 100, 50), IbtTestdata.Resultaat("2023-2", 100, 50, gemeente: "Utrecht")],
            IbtTestdata.Instelling("absoluut"), []));
        Assert.Throws<ArgumentException>(() => Ibtberekening.Beoordeel(
            [IbtTestdata.Resultaat("2023-1", 100, 50), IbtTestdata.Resultaat("2023-1", 100, 60)],
            IbtTestdata.Instelling("absoluut"), []));
        Assert.Throws<ArgumentException>(() => Ibtberekening.Beoordeel(VierKeerTekort, IbtTestdata.Instelling("streng"), []));
    }

    [Fact]
    public void Beoordeel_VanuitPeriodeberekening_UtrechtsCijfers()
    {
        var resultaten = Periodeberekening.Bereken(
            [new("Utrecht", Halfjaar.Parse("2022-2"), 1055, 1635, null), new("Utrecht", Halfjaar.Parse("2023-1"), 1651, 1138, null)],
            [
                new("Utrecht", Halfjaar.Parse("2022-2"), CorrectieVeld.Achterstand, 422, "achterstand uit 2022-1"),
                new("Utrecht", Halfjaar.Parse("2023-1"), CorrectieVeld.Achterstand, -150, "administratieve correctie"),
            ]);

        var beoordelingen = Ibtberekening.Beoordeel(resultaten, IbtTestdata.Instelling("absoluut", vanaf: "2022-2"), []);

        Assert.Equal([1, 2], beoordelingen.Select(b => b.Trede));
        Assert.Equal("Gehuisvest 1.635 van totaalopgave 1.477: gehaald.", beoordelingen[0].Redenen[0]);
        Assert.Equal("Gehuisvest 1.138 van totaalopgave 1.501: tekort 363.", beoordelingen[1].Redenen[0]);
    }
}
