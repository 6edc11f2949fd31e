using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

/// <summary>The parts every policy shares: the ladder, the lookup and the grondslag rule.</summary>
public sealed class IbtBeleidTests
{
    [Fact]
    public void Ladder_VijfTredenVanGroenTotPaars()
    {
        Assert.Equal(["1 groen Op koers", "2 geel Achterstand", "3 oranje Actief toezicht", "4 rood Aanschrijving", "5 paars Indeplaatsstelling"],
            Treden.Ladder.Select(t => $"{t.Nummer} {t.Kleur} {t.Naam}"));
        Assert.Equal(Treden.Ladder[2], Treden.Van(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Treden.Van(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Treden.Van(6));
    }

    [Fact]
    public void Van_BekendeCodes_GeeftHetBeleid()
    {
        Assert.IsType<AbsoluutBeleid>(IbtBeleid.Van("absoluut"));
        Assert.IsType<TrendBeleid>(IbtBeleid.Van("trend"));
        Assert.Equal(["absoluut", "trend"], IbtBeleid.Alle.Select(b => b.Code));
    }

    [Fact]
    public void Van_OnbekendeCode_ArgumentExceptionNoemtDeBekende()
    {
        var fout = Assert.Throws<ArgumentException>(() => IbtBeleid.Van("Trend"));

        Assert.Contains("absoluut, trend", fout.Message);
    }

    [Fact]
    public void Regels_ElkBeleid_VolzinnenInclusiefDeGrondslagregel()
    {
        foreach (var beleid in IbtBeleid.Alle)
        {
            Assert.NotEmpty(beleid.Naam);
            Assert.All(beleid.Regels, r => Assert.EndsWith(".", r));
            Assert.Contains(beleid.Regels, r => r.Contains("koppelingstekort"));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void Instelling_MaxTredeBuitenTweeTotVijf_Throws(int maxTrede) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IbtTestdata.Instelling("absoluut", maxTrede: maxTrede));

    [Fact]
    public void Bijstelling_OngeldigeTredeOfGeenMotivering_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IbtTestdata.Bijstelling("2023-1", 0));
        Assert.Throws<ArgumentException>(() =>
            new Bijstelling("Zeist", Halfjaar.Parse("2023-1"), 3, " ", "J. de Vries", DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData("absoluut")]
    [InlineData("trend")]
    public void Beoordeel_Koppelingstekort_BeoordeeldOpDeKoppelingen(string code)
    {
        var periode = IbtTestdata.Resultaat("2024-2", totaalopgave: 120, gehuisvest: 80, koppelingen: 80);

        var b = IbtBeleid.Van(code).Beoordeel(periode, null, 3, IbtTestdata.Instelling(code))!;

        Assert.Equal(Grondslag.Koppelingstekort, b.Grondslag);
        Assert.Equal(80, b.Doel);
        Assert.Equal(1, b.Trede); // all linked were housed: gehaald, though short of the totaalopgave
        Assert.Equal("Koppelingstekort: op 1 oktober 2024 waren 80 vergunninghouders gekoppeld, minder dan de totaalopgave 120; "
            + "beoordeeld op de koppelingen.", b.Redenen[0]);
        Assert.Equal("Gehuisvest 80 van 80 gekoppelde vergunninghouders: gehaald.", b.Redenen[1]);
    }

    [Theory]
    [InlineData("absoluut")]
    [InlineData("trend")]
    public void Beoordeel_KoppelingstekortEnMinderGehuisvest_TekortOpDeKoppelingen(string code)
    {
        var periode = IbtTestdata.Resultaat("2024-1", totaalopgave: 120, gehuisvest: 70, koppelingen: 80);

        var b = IbtBeleid.Van(code).Beoordeel(periode, null, null, IbtTestdata.Instelling(code))!;

        Assert.Equal((Grondslag.Koppelingstekort, 80L, 2), (b.Grondslag, b.Doel, b.Trede));
        Assert.Contains("op 1 april 2024 waren 80", b.Redenen[0]);
        Assert.Equal("Gehuisvest 70 van 80 gekoppelde vergunninghouders: tekort 10.", b.Redenen[1]);
    }

    [Theory]
    [InlineData("absoluut", 120L)]
    [InlineData("trend", 150L)]
    public void Beoordeel_KoppelingenNietMinderDanTotaalopgave_GrondslagTotaalopgave(string code, long koppelingen)
    {
        var periode = IbtTestdata.Resultaat("2024-2", totaalopgave: 120, gehuisvest: 100, koppelingen: koppelingen);

        var b = IbtBeleid.Van(code).Beoordeel(periode, null, null, IbtTestdata.Instelling(code))!;

        Assert.Equal((Grondslag.Totaalopgave, 120L), (b.Grondslag, b.Doel));
        Assert.Equal("Gehuisvest 100 van totaalopgave 120: tekort 20.", b.Redenen[0]);
    }

    [Theory]
    [InlineData("absoluut", null, 10L)]
    [InlineData("absoluut", 10L, null)]
    [InlineData("trend", null, 10L)]
    [InlineData("trend", 10L, null)]
    public void Beoordeel_OnbekendeCijfers_GeenBeoordeling(string code, long? totaalopgave, long? gehuisvest)
    {
        var periode = IbtTestdata.Resultaat("2024-1", totaalopgave, gehuisvest);

        Assert.Null(IbtBeleid.Van(code).Beoordeel(periode, null, 2, IbtTestdata.Instelling(code)));
    }

    [Theory]
    [InlineData("absoluut")]
    [InlineData("trend")]
    public void Beoordeel_LegtBeleidVersieEnCijfersVast(string code)
    {
        var periode = IbtTestdata.Resultaat("2023-1", totaalopgave: 1501, gehuisvest: 1138, gemeente: "Utrecht");

        var b = IbtBeleid.Van(code).Beoordeel(periode, null, null, IbtTestdata.Instelling(code))!;

        Assert.Equal(("Utrecht", Halfjaar.Parse("2023-1"), code, 3), (b.Gemeente, b.Periode, b.Beleid, b.Beleidsversie));
        Assert.Equal((2, "geel", 1501L, (long?)1138L), (b.Trede, b.Kleur, b.Doel, b.Gehuisvest));
        Assert.Equal("Gehuisvest 1.138 van totaalopgave 1.501: tekort 363.", b.Redenen[0]);
    }
}
