using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

public sealed class AbsoluutBeleidTests
{
    private static readonly AbsoluutBeleid Beleid = new();
    private static readonly PeriodeResultaat Tekort = IbtTestdata.Resultaat("2024-1", totaalopgave: 100, gehuisvest: 60);
    private static readonly PeriodeResultaat Gehaald = IbtTestdata.Resultaat("2024-1", totaalopgave: 100, gehuisvest: 100);

    private static Beoordeling Beoordeel(PeriodeResultaat periode, int? vorigeTrede, int maxTrede = 5) =>
        Beleid.Beoordeel(periode, null, vorigeTrede, IbtTestdata.Instelling("absoluut", maxTrede: maxTrede))!;

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    public void Beoordeel_Gehaald_TredeEenWatDeVorigeOokWas(int? vorigeTrede)
    {
        var b = Beoordeel(Gehaald, vorigeTrede);

        Assert.Equal((1, "groen"), (b.Trede, b.Kleur));
        Assert.Equal("Opgave gehaald: trede 1 (groen, op koers).", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_MeerGehuisvestDanDoel_Gehaald() =>
        Assert.Equal(1, Beoordeel(IbtTestdata.Resultaat("2024-1", totaalopgave: 100, gehuisvest: 130), 3).Trede);

    [Fact]
    public void Beoordeel_TekortZonderEerdereBeoordeling_TredeTwee()
    {
        var b = Beoordeel(Tekort, null);

        Assert.Equal((2, "geel"), (b.Trede, b.Kleur));
        Assert.Equal("Opgave niet gehaald, zonder eerdere beoordeling: trede 2 (geel, achterstand).", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_TekortNaTredeEen_TredeTwee()
    {
        var b = Beoordeel(Tekort, 1);

        Assert.Equal(2, b.Trede);
        Assert.Contains("na trede 1", b.Redenen[^1]);
    }

    [Theory]
    [InlineData(2, 3, "oranje")]
    [InlineData(3, 4, "rood")]
    [InlineData(4, 5, "paars")]
    public void Beoordeel_HerhaaldTekort_EenTredeHoger(int vorigeTrede, int verwacht, string kleur)
    {
        var b = Beoordeel(Tekort, vorigeTrede);

        Assert.Equal((verwacht, kleur), (b.Trede, b.Kleur));
        Assert.Contains("een trede hoger", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_HerhaaldTekortOpDeHoogsteTrede_BlijftOpDeHoogste()
    {
        var b = Beoordeel(Tekort, 5);

        Assert.Equal(5, b.Trede);
        Assert.Contains("trede 5 is de hoogste van dit beleid", b.Redenen[^1]);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 3)] // a bijstelling above the cap: the policy itself never goes beyond it
    public void Beoordeel_MaxTredeDrie_NooitHoger(int vorigeTrede, int maxTrede)
    {
        var b = Beoordeel(Tekort, vorigeTrede, maxTrede);

        Assert.Equal(3, b.Trede);
        Assert.Contains("trede 3 is de hoogste van dit beleid", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_KleinTekort_TeltAlsNietGehaald()
    {
        // The absolute policy does not care how close the gemeente came.
        var b = Beoordeel(IbtTestdata.Resultaat("2024-1", totaalopgave: 100, gehuisvest: 99), 2);

        Assert.Equal(3, b.Trede);
    }
}
