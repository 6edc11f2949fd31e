using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

public sealed class TaakstellingsverdelingTests
{
    [Fact]
    public void Verdeel_NaarRato_RondtPerGemeenteOmhoog()
    {
        // 1000 * 1/3 = 333,33 → 334 each: the law rounds up, so the parts exceed the total.
        var verdeling = Taakstellingsverdeling.Verdeel(1000, [("A", 100), ("B", 100), ("C", 100)]);

        Assert.Equal(334, verdeling["A"]);
        Assert.Equal(334, verdeling["B"]);
        Assert.Equal(334, verdeling["C"]);
    }

    [Fact]
    public void Verdeel_DeelbaarZonderRest_GeenAfronding()
    {
        var verdeling = Taakstellingsverdeling.Verdeel(1000, [("A", 250), ("B", 750)]);

        Assert.Equal(250, verdeling["A"]);
        Assert.Equal(750, verdeling["B"]);
    }

    [Fact]
    public void Verdeel_GemeenteZonderInwoners_KrijgtNul()
    {
        var verdeling = Taakstellingsverdeling.Verdeel(7, [("A", 0), ("B", 3)]);

        Assert.Equal(0, verdeling["A"]);
        Assert.Equal(7, verdeling["B"]);
    }

    [Theory]
    [InlineData(10_000L, 7)]
    [InlineData(16_500L, 342)]
    [InlineData(1L, 50)]
    [InlineData(0L, 12)]
    [InlineData(999_983L, 97)]
    public void Verdeel_SomVanDeDelen_MinstensLandelijkEnMinderDanAantalGemeentenErboven(long landelijk, int gemeenten)
    {
        // Deterministic spread of sizes, from a village to a city.
        var inwoners = Enumerable.Range(1, gemeenten).Select(i => ($"GM{i:D4}", (long)(i * 7919 % 100_003 + 1000))).ToList();

        var verdeling = Taakstellingsverdeling.Verdeel(landelijk, inwoners);
        var som = verdeling.Values.Sum();

        Assert.Equal(gemeenten, verdeling.Count);
        Assert.True(som >= landelijk, $"som {som} < landelijk {landelijk}");
        Assert.True(som - landelijk < gemeenten, $"som {som} - landelijk {landelijk} >= {gemeenten}");
    }

    [Fact]
    public void Verdeel_GroteGetallen_ExactZonderOverflow()
    {
        // landelijk * inwoners is far beyond a long; a double would lose the last unit.
        var verdeling = Taakstellingsverdeling.Verdeel(long.MaxValue / 2, [("A", long.MaxValue / 3), ("B", long.MaxValue / 3)]);

        Assert.Equal(long.MaxValue / 4 + 1, verdeling["A"]); // (2^62 - 1) / 2 rounded up
        Assert.Equal(verdeling["A"], verdeling["B"]);
    }

    [Fact]
    public void Verdeel_OngeldigeInvoer_ArgumentExceptionInHetNederlands()
    {
        Assert.Contains("negatief", Assert.Throws<ArgumentException>(() => Taakstellingsverdeling.Verdeel(-1, [("A", 1)])).Message);
        Assert.Contains("negatief", Assert.Throws<ArgumentException>(() => Taakstellingsverdeling.Verdeel(10, [("A", -1)])).Message);
        Assert.Contains("geen gemeenten", Assert.Throws<ArgumentException>(() => Taakstellingsverdeling.Verdeel(10, [])).Message);
        Assert.Contains("meer dan eens", Assert.Throws<ArgumentException>(() => Taakstellingsverdeling.Verdeel(10, [("A", 1), ("A", 2)])).Message);
        Assert.Contains("is 0", Assert.Throws<ArgumentException>(() => Taakstellingsverdeling.Verdeel(10, [("A", 0)])).Message);
        Assert.Throws<ArgumentException>(() => Taakstellingsverdeling.Verdeel(10, [(" ", 1)]));
    }
}
