using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

public sealed class PrognoseberekeningTests
{
    // DOMAIN.md §5: taakstelling 1100 and 950 housed a year from achterstand 0; 2025 realised 985.
    private static readonly PrognoseInvoer Voorbeeld = new(2025, 0, 5, 1100, 950, GehuisvestInJaar: new Dictionary<int, long> { [2025] = 985 });

    [Fact]
    public void Bereken_Voorbeeld_AchterstandGroeitMet150PerJaarNa115()
    {
        var jaren = Prognoseberekening.Bereken(Voorbeeld);

        Assert.Equal([2025, 2026, 2027, 2028, 2029], jaren.Select(j => j.Jaar));
        Assert.Equal([115L, 265L, 415L, 565L, 715L], jaren.Select(j => j.AchterstandEind));
        Assert.Equal([0L, 115L, 265L, 415L, 565L], jaren.Select(j => j.AchterstandBegin));
        Assert.Equal([985L, 950L, 950L, 950L, 950L], jaren.Select(j => j.Gehuisvest));
        Assert.All(jaren, j => Assert.Equal(1100, j.Taakstelling));
    }

    [Fact]
    public void Bereken_Voorbeeld_TeHuisvestenNa2025Is1215()
    {
        var jaren = Prognoseberekening.Bereken(Voorbeeld);

        Assert.Equal(1215, jaren[0].TeHuisvestenVolgendJaar);
        Assert.Equal(1365, jaren[1].TeHuisvestenVolgendJaar);
    }

    [Fact]
    public void Bereken_ProjectIn2026_VerlaagtHetEindVan2026Met100()
    {
        var zonder = Prognoseberekening.Bereken(Voorbeeld);
        var met = Prognoseberekening.Bereken(Voorbeeld with { Projecten = [new("Flexwonen De Wetering", "Utrecht", 100, 2026)] });

        Assert.Equal(0, met[0].ExtraCapaciteit);
        Assert.Equal(100, met[1].ExtraCapaciteit);
        Assert.Equal(zonder[0].AchterstandEind, met[0].AchterstandEind);
        Assert.Equal(165, met[1].AchterstandEind);
        Assert.Equal(zonder[1].AchterstandEind - 100, met[1].AchterstandEind);
        Assert.Equal(zonder[4].AchterstandEind - 100, met[4].AchterstandEind); // the gain carries on
    }

    [Fact]
    public void Bereken_ProjectenInHetzelfdeJaarTellenOpEnBuitenDeHorizonNiet()
    {
        var jaren = Prognoseberekening.Bereken(Voorbeeld with
        {
            Projecten = [new("A", "Utrecht", 40, 2027), new("B", "Zeist", 60, 2027), new("C", "Zeist", 500, 2035)],
        });

        Assert.Equal([0L, 0L, 100L, 0L, 0L], jaren.Select(j => j.ExtraCapaciteit));
    }

    [Fact]
    public void Bereken_TaakstellingInJaar_OverschrijftHetVasteGetalOokVoorTeHuisvesten()
    {
        var jaren = Prognoseberekening.Bereken(new PrognoseInvoer(2025, 200, 2, 1000, 1000,
            TaakstellingInJaar: new Dictionary<int, long> { [2026] = 1500, [2027] = 800 }));

        Assert.Equal([1000L, 1500L], jaren.Select(j => j.Taakstelling));
        Assert.Equal([200L, 700L], jaren.Select(j => j.AchterstandEind));
        Assert.Equal(1700, jaren[0].TeHuisvestenVolgendJaar); // 1500 + 200
        Assert.Equal(1500, jaren[1].TeHuisvestenVolgendJaar); // 800 (2027) + 700
    }

    [Fact]
    public void Bereken_MeerGehuisvestDanTaakstelling_VoorsprongNegatief()
    {
        var jaren = Prognoseberekening.Bereken(new PrognoseInvoer(2025, -50, 2, 100, 200));

        Assert.Equal([-150L, -250L], jaren.Select(j => j.AchterstandEind));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Bereken_JarenBuitenEenTotVijftig_ArgumentException(int jaren) =>
        Assert.Throws<ArgumentException>(() => Prognoseberekening.Bereken(Voorbeeld with { Jaren = jaren }));

    [Fact]
    public void Bereken_Grenzen_EenEnVijftigJaar()
    {
        Assert.Single(Prognoseberekening.Bereken(Voorbeeld with { Jaren = 1 }));
        Assert.Equal(50, Prognoseberekening.Bereken(Voorbeeld with { Jaren = 50 }).Count);
    }

    [Fact]
    public void Bereken_NegatieveAantallen_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Prognoseberekening.Bereken(Voorbeeld with { TaakstellingPerJaar = -1 }));
        Assert.Throws<ArgumentException>(() => Prognoseberekening.Bereken(Voorbeeld with { GehuisvestPerJaar = -1 }));
        Assert.Throws<ArgumentException>(() => Prognoseberekening.Bereken(Voorbeeld with { GehuisvestInJaar = new Dictionary<int, long> { [2025] = -1 } }));
        Assert.Throws<ArgumentException>(() => Prognoseberekening.Bereken(Voorbeeld with { TaakstellingInJaar = new Dictionary<int, long> { [2025] = -1 } }));
        Assert.Throws<ArgumentException>(() => Prognoseberekening.Bereken(Voorbeeld with { Projecten = [new("A", "Zeist", -1, 2025)] }));
    }

    [Fact]
    public void GemiddeldGehuisvestPerJaar_HalfjarenMaalTweeOnbekendeOvergeslagen()
    {
        PeriodeResultaat[] periodes =
        [
            IbtTestdata.Resultaat("2024-1", 1000, 470),
            IbtTestdata.Resultaat("2024-2", 1000, 505),
            IbtTestdata.Resultaat("2025-1", 1000, null),
        ];

        // (470 + 505) * 2 / 2 = 975, not (975 * 2 / 3) = 650.
        Assert.Equal(975, Prognoseberekening.GemiddeldGehuisvestPerJaar(periodes.Select(p => p.Gehuisvest)));
    }

    [Theory]
    [InlineData(new long[] { 1, 0, 0, 0 }, 1)] // 2 / 4 = 0,5 → 1 (half away from zero)
    [InlineData(new long[] { 1, 0, 0 }, 1)] // 2 / 3 = 0,67 → 1
    [InlineData(new long[] { 1, 0, 0, 0, 0 }, 0)] // 2 / 5 = 0,4 → 0
    [InlineData(new long[] { 100, 101, 101 }, 201)] // 604 / 3 = 201,33
    public void GemiddeldGehuisvestPerJaar_AfrondenHalfVanNulAf(long[] gehuisvest, long verwacht)
    {
        var periodes = gehuisvest.Select((g, i) => IbtTestdata.Resultaat($"{2020 + i}-1", 1000, g));

        Assert.Equal(verwacht, Prognoseberekening.GemiddeldGehuisvestPerJaar(periodes.Select(p => p.Gehuisvest)));
    }

    [Fact]
    public void GemiddeldGehuisvestPerJaar_NietsBekend_Nul()
    {
        Assert.Equal(0, Prognoseberekening.GemiddeldGehuisvestPerJaar([]));
        Assert.Equal(0, Prognoseberekening.GemiddeldGehuisvestPerJaar([IbtTestdata.Resultaat("2024-1", 10, null).Gehuisvest]));
    }
}
