using Regiemonitor.Calculation.Core;

namespace Regiemonitor.Calculation.Core.Tests;

/// <summary>The guards on the core's input records: what imports refuse, the core refuses too.</summary>
public sealed class OpgavePeriodeTests
{
    private static readonly DateOnly Dag = new(2024, 7, 1);

    [Fact]
    public void Constructor_EinddatumNietNaStartdatum_Throws()
    {
        Assert.Throws<ArgumentException>(() => new OpgavePeriode(Categorie.Asiel, "GM0106", Dag, 1, Dag, 2));
        Assert.Throws<ArgumentException>(() => new OpgavePeriode(Categorie.Asiel, "GM0106", Dag, 1, Dag.AddDays(-1), 2));
        Assert.Equal(1, new OpgavePeriode(Categorie.Asiel, "GM0106", Dag, 1, Dag.AddDays(1), 2).Dagen);
    }

    [Fact]
    public void RealisatieTelling_AsielZonderOnderdeel_Throws() =>
        Assert.Throws<ArgumentException>(() => new RealisatieTelling(Bron.Coa, Categorie.Asiel, null, "GM0106", Dag, 5));

    [Fact]
    public void RealisatieTelling_OnderdeelBijAndereCategorie_Throws() =>
        Assert.Throws<ArgumentException>(() => new RealisatieTelling(Bron.Coa, Categorie.Amv, Onderdeel.Tgo, "GM0106", Dag, 5));

    [Fact]
    public void RealisatieTelling_AsielMetOnderdeel_BehoudtOnderdeel() =>
        Assert.Equal(Onderdeel.Tgo, new RealisatieTelling(Bron.Coa, Categorie.Asiel, Onderdeel.Tgo, "GM0106", Dag, 5).Onderdeel);

    [Fact]
    public void Breuk_MinValueOverMinValue_IsEen() => Assert.Equal(new Breuk(1, 1), new Breuk(long.MinValue, long.MinValue));
}
