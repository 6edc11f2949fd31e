using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

public sealed class TrendBeleidTests
{
    private static readonly TrendBeleid Beleid = new();

    private static Beoordeling Beoordeel(long vorigTekort, long tekort, int? vorigeTrede, int maxTrede = 5) =>
        Beleid.Beoordeel(
            IbtTestdata.Resultaat("2024-2", totaalopgave: 1000, gehuisvest: 1000 - tekort),
            IbtTestdata.Resultaat("2024-1", totaalopgave: 1000, gehuisvest: 1000 - vorigTekort),
            vorigeTrede, IbtTestdata.Instelling("trend", maxTrede: maxTrede))!;

    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    [InlineData(5)]
    public void Beoordeel_Gehaald_TredeEen(int? vorigeTrede)
    {
        var b = Beoordeel(90, 0, vorigeTrede);

        Assert.Equal((1, "groen"), (b.Trede, b.Kleur));
        Assert.Equal("Opgave gehaald: trede 1 (groen, op koers).", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_TekortZonderEerdereBeoordeling_TredeTwee()
    {
        var b = Beoordeel(40, 90, null);

        Assert.Equal(2, b.Trede);
        Assert.Contains("zonder eerdere beoordeling", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_TekortGroeit_EenTredeHoger()
    {
        var b = Beoordeel(40, 90, 2);

        Assert.Equal((3, "oranje"), (b.Trede, b.Kleur));
        Assert.Equal("Het tekort groeide van 40 naar 90: een trede hoger; nu trede 3 (oranje, actief toezicht).", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_TekortKrimpt_EenTredeLager()
    {
        var b = Beoordeel(1200, 900, 4);

        Assert.Equal(3, b.Trede);
        Assert.Equal("Het tekort kromp van 1.200 naar 900: een trede lager; nu trede 3 (oranje, actief toezicht).", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_TekortKrimptOpTredeTwee_BlijftTweeZolangNietGehaald()
    {
        var b = Beoordeel(90, 40, 2);

        Assert.Equal(2, b.Trede);
        Assert.Contains("niet lager dan trede 2", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_TekortGelijk_TredeGelijk()
    {
        var b = Beoordeel(90, 90, 3);

        Assert.Equal(3, b.Trede);
        Assert.StartsWith("Het tekort bleef 90", b.Redenen[^1]);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(3, 3)]
    public void Beoordeel_TekortGroeitOpDeHoogsteTrede_BlijftOpDeHoogste(int vorigeTrede, int maxTrede)
    {
        var b = Beoordeel(40, 90, vorigeTrede, maxTrede);

        Assert.Equal(maxTrede, b.Trede);
        Assert.Contains($"trede {maxTrede} is de hoogste van dit beleid", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_VorigePeriodeGehaaldNuTekort_GroeitVanNul()
    {
        // The surplus of last time (-20) counts as "no tekort", not as a bigger jump.
        var b = Beoordeel(-20, 30, 1);

        Assert.Equal(2, b.Trede);
        Assert.StartsWith("Het tekort groeide van 0 naar 30", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_VorigeTekortOpKoppelingen_VergelijktMetDatTekort()
    {
        // Last period was judged on 80 koppelingen (tekort 20), not on its totaalopgave 120 (tekort 60):
        // the tekort grew to 30, so a trede up, although 30 < 60.
        var vorige = IbtTestdata.Resultaat("2024-1", totaalopgave: 120, gehuisvest: 60, koppelingen: 80);
        var periode = IbtTestdata.Resultaat("2024-2", totaalopgave: 100, gehuisvest: 70);

        var b = Beleid.Beoordeel(periode, vorige, 2, IbtTestdata.Instelling("trend"))!;

        Assert.Equal(3, b.Trede);
        Assert.StartsWith("Het tekort groeide van 20 naar 30", b.Redenen[^1]);
    }

    [Fact]
    public void Beoordeel_VorigTekortOnbekend_TredeBlijft()
    {
        var periode = IbtTestdata.Resultaat("2024-2", totaalopgave: 100, gehuisvest: 70);

        var zonderPeriode = Beleid.Beoordeel(periode, null, 4, IbtTestdata.Instelling("trend"))!;
        var onbekend = Beleid.Beoordeel(periode, IbtTestdata.Resultaat("2024-1", 100, null), 3, IbtTestdata.Instelling("trend"))!;

        Assert.Equal(4, zonderPeriode.Trede);
        Assert.Equal(3, onbekend.Trede);
        Assert.Contains("geen trend", onbekend.Redenen[^1]);
    }
}
