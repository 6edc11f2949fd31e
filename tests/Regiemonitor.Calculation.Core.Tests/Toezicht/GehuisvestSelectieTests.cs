using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

public sealed class GehuisvestSelectieTests
{
    private static RealisatieTelling Tvs(string gemeente, string peildatum, long aantal) =>
        new(Bron.Tvs, Categorie.Huisvesting, null, gemeente, DateOnly.Parse(peildatum, System.Globalization.CultureInfo.InvariantCulture), aantal);

    [Fact]
    public void InPeriode_NeemtDeLaatsteTellingNaDeStartTotEnMetHetEinde()
    {
        var tellingen = GehuisvestSelectie.PerGemeente([
            Tvs("GM0344", "2023-03-01", 200), Tvs("GM0344", "2023-06-30", 600), Tvs("GM0344", "2023-07-01", 610), Tvs("GM0344", "2023-08-01", 40)]);

        // A count dated 1 July closes the first half-year: it is the state at its end.
        Assert.Equal(610, GehuisvestSelectie.InPeriode(tellingen["GM0344"], Halfjaar.Parse("2023-1")));
        Assert.Equal(40, GehuisvestSelectie.InPeriode(tellingen["GM0344"], Halfjaar.Parse("2023-2")));
        // Nothing reported is unknown, never 0.
        Assert.Null(GehuisvestSelectie.InPeriode(tellingen["GM0344"], Halfjaar.Parse("2022-2")));
    }

    [Fact]
    public void PerGemeente_TeltAlleenTvsHuisvesting()
    {
        var tellingen = GehuisvestSelectie.PerGemeente([
            Tvs("GM0344", "2023-03-01", 200),
            new RealisatieTelling(Bron.Coa, Categorie.Amv, null, "GM0344", new DateOnly(2023, 4, 1), 999),
            Tvs("GM0307", "2023-02-01", 50)]);

        Assert.Equal(200, Assert.Single(tellingen["GM0344"]).Aantal);
        Assert.Equal(50, Assert.Single(tellingen["GM0307"]).Aantal);
    }
}
