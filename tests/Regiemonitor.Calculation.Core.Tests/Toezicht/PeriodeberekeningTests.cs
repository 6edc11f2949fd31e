using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

public sealed class PeriodeberekeningTests
{
    private static readonly Halfjaar H2022_2 = Halfjaar.Parse("2022-2");
    private static readonly Halfjaar H2023_1 = Halfjaar.Parse("2023-1");
    private static readonly Halfjaar H2023_2 = Halfjaar.Parse("2023-2");

    // The published figures of the province of Utrecht (DOMAIN.md §4), treated here as one unit.
    private static readonly PeriodeInvoer[] Utrecht =
    [
        new("Utrecht", H2022_2, 1055, 1635, null),
        new("Utrecht", H2023_1, 1651, 1138, null),
    ];

    private static readonly PeriodeCorrectie Achterstand2022 =
        new("Utrecht", H2022_2, CorrectieVeld.Achterstand, 422, "achterstand uit de rapportage over 2022-1");

    private static readonly PeriodeCorrectie Voorsprong2023 =
        new("Utrecht", H2023_1, CorrectieVeld.Achterstand, -150, "administratieve correctie");

    [Fact]
    public void Bereken_Utrecht2022_2_GepubliceerdeCijfers()
    {
        var r = Periodeberekening.Bereken(Utrecht, [Achterstand2022, Voorsprong2023])[0];

        Assert.Equal(H2022_2, r.Periode);
        Assert.Equal(1055, r.Taakstelling);
        Assert.Equal(422, r.AchterstandIn);
        Assert.Equal(1477, r.Totaalopgave);
        Assert.Equal(1635, r.Gehuisvest);
        Assert.Equal(155, r.PercentageTaakstelling!.Value.AfrondenOpGeheel());
        Assert.Equal(111, r.PercentageTotaalopgave!.Value.AfrondenOpGeheel());
        Assert.Equal(new Breuk(163_500, 1055), r.PercentageTaakstelling);
        Assert.Equal(-158, r.AchterstandUit);
        Assert.Equal([Achterstand2022], r.Correcties);
    }

    [Fact]
    public void Bereken_Utrecht2023_1_GepubliceerdeVoorsprongViaCorrectie()
    {
        var r = Periodeberekening.Bereken(Utrecht, [Achterstand2022, Voorsprong2023])[1];

        Assert.Equal(H2023_1, r.Periode);
        Assert.Equal(-150, r.AchterstandIn);
        Assert.Equal(1501, r.Totaalopgave);
        Assert.Equal(1138, r.Gehuisvest);
        Assert.Equal(69, r.PercentageTaakstelling!.Value.AfrondenOpGeheel());
        Assert.Equal(76, r.PercentageTotaalopgave!.Value.AfrondenOpGeheel());
        Assert.Equal(363, r.AchterstandUit);
        var correctie = Assert.Single(r.Correcties);
        Assert.Equal("administratieve correctie", correctie.Reden);
        Assert.True(r.IsGecorrigeerd);
    }

    [Fact]
    public void Bereken_Utrecht2023_1_ZonderCorrectieNeemtDeRekenkundigeVoorsprongMee()
    {
        var r = Periodeberekening.Bereken(Utrecht, [Achterstand2022])[1];

        Assert.Equal(-158, r.AchterstandIn);
        Assert.Equal(1493, r.Totaalopgave);
        Assert.Equal(355, r.AchterstandUit);
        Assert.Empty(r.Correcties);
        Assert.False(r.IsGecorrigeerd);
    }

    [Fact]
    public void Bereken_EerstePeriodeZonderCorrectie_AchterstandNul()
    {
        var r = Assert.Single(Periodeberekening.Bereken([new("Zeist", H2023_1, 100, 80, null)], []));

        Assert.Equal(0, r.AchterstandIn);
        Assert.Equal(100, r.Totaalopgave);
        Assert.Equal(20, r.AchterstandUit);
        Assert.Equal(new Breuk(80, 1), r.PercentageTaakstelling);
        Assert.Equal(new Breuk(80, 1), r.PercentageTotaalopgave);
    }

    [Fact]
    public void Bereken_OngeordendeInvoerVanMeerdereGemeenten_GeordendOpGemeenteEnPeriode()
    {
        var resultaten = Periodeberekening.Bereken(
        [
            new("Zeist", H2023_2, 10, 5, null),
            new("Amersfoort", H2023_1, 20, 20, null),
            new("Zeist", H2023_1, 10, 5, null),
            new("Amersfoort", H2022_2, 20, 10, null),
        ], []);

        Assert.Equal(["Amersfoort 2022-2", "Amersfoort 2023-1", "Zeist 2023-1", "Zeist 2023-2"],
            resultaten.Select(r => $"{r.Gemeente} {r.Periode}"));
        Assert.Equal(10, resultaten[1].AchterstandIn); // Amersfoort carries 20 - 10
        Assert.Equal(5, resultaten[3].AchterstandIn); // Zeist carries its own, not Amersfoort's
    }

    [Fact]
    public void Bereken_GatTussenPeriodes_MeegenomenAchterstandOnbekend()
    {
        var resultaten = Periodeberekening.Bereken([new("Zeist", H2022_2, 10, 5, null), new("Zeist", H2023_2, 10, 5, null)], []);

        var r = resultaten[1];
        Assert.Null(r.AchterstandIn);
        Assert.Null(r.Totaalopgave);
        Assert.Null(r.AchterstandUit);
        Assert.Null(r.PercentageTotaalopgave);
        Assert.Equal(new Breuk(50, 1), r.PercentageTaakstelling); // still known: needs no achterstand
    }

    [Fact]
    public void Bereken_GatMetCorrectie_CorrectieVultDeAchterstandIn()
    {
        var resultaten = Periodeberekening.Bereken([new("Zeist", H2022_2, 10, 5, null), new("Zeist", H2023_2, 10, 5, null)],
            [new("Zeist", H2023_2, CorrectieVeld.Achterstand, 7, "achterstand volgens provincie")]);

        Assert.Equal(7, resultaten[1].AchterstandIn);
        Assert.Equal(17, resultaten[1].Totaalopgave);
        Assert.Equal(12, resultaten[1].AchterstandUit);
    }

    [Fact]
    public void Bereken_GehuisvestOnbekend_OnbekendWerktDoorTotHerstelDoorCorrectie()
    {
        var resultaten = Periodeberekening.Bereken(
        [
            new("Zeist", H2022_2, 10, null, null),
            new("Zeist", H2023_1, 10, 8, null),
            new("Zeist", H2023_2, 10, 10, null),
        ], [new("Zeist", H2023_2, CorrectieVeld.Achterstand, 3, "vastgesteld door de provincie")]);

        Assert.Equal(10, resultaten[0].Totaalopgave);
        Assert.Null(resultaten[0].AchterstandUit);
        Assert.Null(resultaten[0].PercentageTaakstelling);
        Assert.Null(resultaten[1].AchterstandIn);
        Assert.Null(resultaten[1].AchterstandUit);
        Assert.Equal(3, resultaten[2].AchterstandIn);
        Assert.Equal(3, resultaten[2].AchterstandUit);
    }

    [Fact]
    public void Bereken_GehuisvestCorrectie_WintEnStaatInDeLijst()
    {
        var correctie = new PeriodeCorrectie("Zeist", H2023_1, CorrectieVeld.Gehuisvest, 90, "nagekomen COA-telling");

        var r = Assert.Single(Periodeberekening.Bereken([new("Zeist", H2023_1, 100, 80, null)], [correctie]));

        Assert.Equal(90, r.Gehuisvest);
        Assert.Equal(10, r.AchterstandUit);
        Assert.Equal([correctie], r.Correcties);
    }

    [Fact]
    public void Bereken_TweeCorrectiesOpHetzelfdeVeld_LaatsteWintBeideGenoemd()
    {
        var eerste = new PeriodeCorrectie("Zeist", H2023_1, CorrectieVeld.Achterstand, 30, "eerste opgave provincie");
        var tweede = new PeriodeCorrectie("Zeist", H2023_1, CorrectieVeld.Achterstand, 25, "herziene opgave provincie");

        var r = Assert.Single(Periodeberekening.Bereken([new("Zeist", H2023_1, 100, 80, null)], [eerste, tweede]));

        Assert.Equal(25, r.AchterstandIn);
        Assert.Equal([eerste, tweede], r.Correcties);
    }

    [Fact]
    public void Bereken_TaakstellingNul_GeenPercentageVanTaakstelling()
    {
        var r = Assert.Single(Periodeberekening.Bereken([new("Zeist", H2023_1, 0, 5, null)],
            [new("Zeist", H2023_1, CorrectieVeld.Achterstand, 10, "achterstand uit 2022")]));

        Assert.Null(r.PercentageTaakstelling);
        Assert.Equal(new Breuk(50, 1), r.PercentageTotaalopgave);
    }

    [Theory]
    [InlineData(-100L)] // voorsprong equals the taakstelling: totaalopgave 0
    [InlineData(-150L)] // voorsprong exceeds it: totaalopgave negative
    public void Bereken_TotaalopgaveNulOfNegatief_GeenPercentageVanTotaalopgave(long achterstand)
    {
        var r = Assert.Single(Periodeberekening.Bereken([new("Zeist", H2023_1, 100, 5, null)],
            [new("Zeist", H2023_1, CorrectieVeld.Achterstand, achterstand, "voorsprong")]));

        Assert.Equal(100 + achterstand, r.Totaalopgave);
        Assert.Null(r.PercentageTotaalopgave);
        Assert.Equal(new Breuk(5, 1), r.PercentageTaakstelling);
    }

    [Fact]
    public void Bereken_CorrectieZonderInvoer_ArgumentException()
    {
        var fout = Assert.Throws<ArgumentException>(() => Periodeberekening.Bereken([new("Zeist", H2023_1, 100, 80, null)],
            [new("Zeist", H2023_2, CorrectieVeld.Gehuisvest, 1, "reden")]));

        Assert.Contains("geen invoer", fout.Message);
    }

    [Fact]
    public void Bereken_OngeldigeInvoer_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Periodeberekening.Bereken(
            [new("Zeist", H2023_1, 100, 80, null), new("Zeist", H2023_1, 100, 80, null)], []));
        Assert.Throws<ArgumentException>(() => Periodeberekening.Bereken([new("Zeist", H2023_1, -1, 80, null)], []));
        Assert.Throws<ArgumentException>(() => Periodeberekening.Bereken([new("Zeist", H2023_1, 1, 80, -1)], []));
        Assert.Throws<ArgumentException>(() => Periodeberekening.Bereken([new("Zeist", H2023_1, 100, 80, null)],
            [new("Zeist", H2023_1, CorrectieVeld.Achterstand, 1, " ")]));
        Assert.Throws<ArgumentException>(() => Periodeberekening.Bereken([new("Zeist", H2023_1, 100, 80, null)],
            [new("Zeist", H2023_1, CorrectieVeld.Gehuisvest, -1, "reden")]));
    }

    [Fact]
    public void Resultaat_Grondslag_KoppelingstekortAlleenAlsMinderGekoppeldDanTotaalopgave()
    {
        var resultaten = Periodeberekening.Bereken(
        [
            new("A", H2023_1, 120, 70, 80),
            new("B", H2023_1, 120, 70, 120),
            new("C", H2023_1, 120, 70, null),
        ], []);

        Assert.Equal((Grondslag.Koppelingstekort, 80L, 10L), (resultaten[0].Grondslag!.Value, resultaten[0].Doel!.Value, resultaten[0].Tekort!.Value));
        Assert.Equal((Grondslag.Totaalopgave, 120L, 50L), (resultaten[1].Grondslag!.Value, resultaten[1].Doel!.Value, resultaten[1].Tekort!.Value));
        Assert.Equal((Grondslag.Totaalopgave, 120L, 50L), (resultaten[2].Grondslag!.Value, resultaten[2].Doel!.Value, resultaten[2].Tekort!.Value));
    }

    [Fact]
    public void Tel_TweeGemeenten_SommenEnPercentagesUitDeSommen()
    {
        var resultaten = Periodeberekening.Bereken(
        [
            new("A", H2022_2, 100, 100, null),
            new("A", H2023_1, 100, 50, null),
            new("B", H2023_1, 300, 330, null),
        ], [new("B", H2023_1, CorrectieVeld.Achterstand, 20, "achterstand uit 2022-2")]);

        var totaal = Periodeberekening.Tel(H2023_1, resultaten);

        Assert.Equal(2, totaal.Gemeenten);
        Assert.Equal(400, totaal.Taakstelling);
        Assert.Equal(20, totaal.AchterstandIn);
        Assert.Equal(420, totaal.Totaalopgave);
        Assert.Equal(380, totaal.Gehuisvest);
        Assert.Equal(40, totaal.AchterstandUit);
        Assert.Equal(new Breuk(95, 1), totaal.PercentageTaakstelling); // 380/400, not the mean of 50 % and 110 %
        Assert.Equal(new Breuk(38_000, 420), totaal.PercentageTotaalopgave);
    }

    [Fact]
    public void Tel_EenDeelOnbekend_SomOnbekend()
    {
        var resultaten = Periodeberekening.Bereken([new("A", H2023_1, 100, null, null), new("B", H2023_1, 300, 330, null)], []);

        var totaal = Periodeberekening.Tel(H2023_1, resultaten);

        Assert.Equal(400, totaal.Taakstelling);
        Assert.Equal(400, totaal.Totaalopgave);
        Assert.Null(totaal.Gehuisvest);
        Assert.Null(totaal.AchterstandUit);
        Assert.Null(totaal.PercentageTaakstelling);
        Assert.Null(totaal.PercentageTotaalopgave);
    }

    [Fact]
    public void Tel_GeenResultatenVoorDePeriode_Nullen()
    {
        var totaal = Periodeberekening.Tel(H2023_2, Periodeberekening.Bereken(Utrecht, []));

        Assert.Equal(0, totaal.Gemeenten);
        Assert.Equal(0, totaal.Taakstelling);
        Assert.Null(totaal.PercentageTaakstelling);
    }
}
