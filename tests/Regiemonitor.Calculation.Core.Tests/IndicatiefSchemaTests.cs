using Regiemonitor.Calculation.Core.Tests.Testdata;
using static Regiemonitor.Calculation.Core.Tests.Testdata.Maak;

namespace Regiemonitor.Calculation.Core.Tests;

public sealed class IndicatiefSchemaTests
{
    // Two consecutive half-years: A [2024-01-01, 2024-07-01), B [2024-07-01, 2025-01-01).
    private static readonly OpgavePeriode A = Periode("2024-01-01", 0, "2024-07-01", 100);
    private static readonly OpgavePeriode B = Periode("2024-07-01", 100, "2025-01-01", 300);

    // Periods with gaps between them, deliberately out of order in the list.
    private static readonly OpgavePeriode Jan = Periode("2024-01-01", 10, "2024-03-01", 20);
    private static readonly OpgavePeriode Jun = Periode("2024-06-01", 30, "2024-09-01", 40);
    private static readonly OpgavePeriode Okt = Periode("2024-10-01", 50, "2025-01-01", 60);
    private static readonly OpgavePeriode[] MetGaten = [Okt, Jan, Jun];

    [Theory]
    [InlineData("2024-03-15", "A")]   // inside A
    [InlineData("2024-01-01", "A")]   // on A's startdatum: contained
    [InlineData("2024-06-30", "A")]   // A's last day
    [InlineData("2024-07-01", "B")]   // on A's einddatum: half-open, so B which starts that day
    [InlineData("2024-12-31", "B")]
    [InlineData("2025-01-01", "B")]   // on B's einddatum, nothing follows: the latest ended
    [InlineData("2026-03-01", "B")]   // after the last period: the latest ended
    [InlineData("2023-06-01", "A")]   // before every period: the earliest
    [InlineData("2023-12-31", "A")]
    public void KiesPeriode_ConsecutivePeriods_ChoosesPerHalfOpenRule(string datum, string verwacht)
    {
        var verwachtePeriode = verwacht == "A" ? A : B;

        // The order of the list must not matter.
        Assert.Same(verwachtePeriode, IndicatiefSchema.KiesPeriode([A, B], Datum(datum)));
        Assert.Same(verwachtePeriode, IndicatiefSchema.KiesPeriode([B, A], Datum(datum)));
    }

    [Theory]
    [InlineData("2024-02-10", "Jan")]  // inside
    [InlineData("2024-03-01", "Jan")]  // on Jan's einddatum, in a gap: latest ended
    [InlineData("2024-04-15", "Jan")]  // in the gap after Jan
    [InlineData("2024-05-31", "Jan")]
    [InlineData("2024-06-01", "Jun")]  // on Jun's startdatum
    [InlineData("2024-09-15", "Jun")]  // in the gap after Jun: Jun ended, Okt not started
    [InlineData("2024-10-01", "Okt")]
    [InlineData("2025-06-01", "Okt")]
    [InlineData("2023-01-01", "Jan")]  // before every period: the earliest, even listed in the middle
    public void KiesPeriode_PeriodsWithGaps_ChoosesLatestEndedBeforeDatum(string datum, string verwacht)
    {
        var verwachtePeriode = verwacht switch { "Jan" => Jan, "Jun" => Jun, _ => Okt };

        Assert.Same(verwachtePeriode, IndicatiefSchema.KiesPeriode(MetGaten, Datum(datum)));
    }

    [Fact]
    public void KiesPeriode_SinglePeriodOnEinddatum_ReturnsItAsLatestEnded()
    {
        var p = Periode("2024-07-01", 10874, "2025-01-01", 27874);

        Assert.Same(p, IndicatiefSchema.KiesPeriode([p], Datum("2025-01-01")));
        // f is clamped to 1 there, so the schema is the eindwaarde.
        Assert.Equal((Breuk)27874, IndicatiefSchema.Waarde([p], Datum("2025-01-01")));
    }

    [Fact]
    public void KiesPeriode_NoPeriods_ReturnsNull()
    {
        Assert.Null(IndicatiefSchema.KiesPeriode([], Datum("2024-09-01")));
        Assert.Null(IndicatiefSchema.Waarde([], Datum("2024-09-01")));
    }

    [Theory]
    [InlineData("2023-12-01", 100, 1)]   // before start: f clamped to 0 → startwaarde
    [InlineData("2024-01-01", 100, 1)]   // on start: f = 0
    [InlineData("2024-01-04", 130, 1)]   // 100 + 100 * 3/10
    [InlineData("2024-01-10", 190, 1)]   // 100 + 100 * 9/10
    [InlineData("2024-01-11", 200, 1)]   // on end: f = 1
    [InlineData("2024-02-01", 200, 1)]   // after end: f clamped to 1 → eindwaarde
    public void Waarde_DatesAroundPeriod_InterpolatesWithClampedFraction(string datum, long teller, long noemer)
    {
        var p = Periode("2024-01-01", 100, "2024-01-11", 200);

        Assert.Equal(new Breuk(teller, noemer), IndicatiefSchema.Waarde(p, Datum(datum)));
    }

    [Fact]
    public void Waarde_OekraineWorkedExample_IsExact111624Point2()
    {
        var p = Periode("2024-02-01", 97001, "2025-01-01", 120000);

        var schema = IndicatiefSchema.Waarde(p, Datum("2024-09-01"));

        // 2024 is a leap year: Feb 29 + Mar 31 + Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 31 = 213 days
        // elapsed; + Sep 30 + Oct 31 + Nov 30 + Dec 31 = 335 in the period.
        Assert.Equal(335, p.Dagen);
        // 97001 + 22999 * 213/335 = (97001*335 + 22999*213) / 335 = (32495335 + 4898787) / 335 = 37394122/335 ≈ 111624.2447
        Assert.Equal(new Breuk(37_394_122, 335), schema);
        Assert.Equal(111624.2m, schema.Afronden(1));
        Assert.Equal(111624, schema.AfrondenOpGeheel());
    }

    [Fact]
    public void Waarde_HuisvestingWorkedExample_Rounds16602()
    {
        var p = Periode("2024-07-01", 10874, "2025-01-01", 27874, Categorie.Huisvesting);

        var schema = IndicatiefSchema.Waarde(p, Datum("2024-09-01"));

        // f = 62/184 (Jul 31 + Aug 31 of Jul..Dec 184): 10874 + 17000 * 62/184 = 10874 + 5728.26 = 16602.26
        Assert.Equal(184, p.Dagen);
        Assert.Equal(new Breuk(10874 * 184 + 17000 * 62, 184), schema);
        Assert.Equal(16602, schema.AfrondenOpGeheel());
    }

    [Fact]
    public void Waarde_DecreasingOpgave_InterpolatesDownwards()
    {
        var p = Periode("2024-01-01", 1000, "2024-01-31", 0);

        // 1000 - 1000 * 1/30 = 2900/3 ≈ 966.67
        Assert.Equal(new Breuk(2900, 3), IndicatiefSchema.Waarde(p, Datum("2024-01-02")));
        Assert.Equal(967, IndicatiefSchema.Waarde(p, Datum("2024-01-02")).AfrondenOpGeheel());
        // 1000 - 1000 * 15/30 = 500
        Assert.Equal((Breuk)500, IndicatiefSchema.Waarde(p, Datum("2024-01-16")));
        Assert.Equal((Breuk)1000, IndicatiefSchema.Waarde(p, Datum("2023-12-01")));
        Assert.Equal(Breuk.Nul, IndicatiefSchema.Waarde(p, Datum("2024-03-01")));
    }

    [Fact]
    public void Waarde_ListOverload_UsesChosenPeriod()
    {
        // On 2024-07-01 B applies (startwaarde 100), not A at its end (also 100) — check a day later
        // where they differ: B gives 100 + 200 * 1/184, A would be stuck at 100.
        Assert.Equal(new Breuk(100 * 184 + 200, 184), IndicatiefSchema.Waarde([A, B], Datum("2024-07-02")));
    }

    [Fact]
    public void Reeks_AcrossPeriodBoundaryAndGap_MatchesDayByDayRule()
    {
        // P: 4 days 0 → 40 (10 a day); Q starts later with its own startwaarde after a one-day gap.
        var p = Periode("2024-01-01", 0, "2024-01-05", 40);
        var q = Periode("2024-01-06", 100, "2024-01-08", 120);

        var reeks = IndicatiefSchema.Reeks([q, p], Datum("2023-12-30"), Datum("2024-01-09"));

        Breuk[] verwacht =
        [
            0, 0,            // 12-30, 12-31: before every period → P at f = 0
            0, 10, 20, 30,   // 01-01 .. 01-04 inside P
            40,              // 01-05: P's einddatum, in the gap → P ended, f = 1
            100, 110,        // 01-06, 01-07 inside Q (10 a day)
            120, 120,        // 01-08 Q's einddatum, 01-09 after: latest ended
        ];
        Assert.Equal(11, reeks.Length);
        Assert.Equal(verwacht, reeks);
    }

    [Fact]
    public void Reeks_SingleDay_IsWaardeOfThatDay()
    {
        var reeks = IndicatiefSchema.Reeks([A, B], Datum("2024-09-01"), Datum("2024-09-01"));

        Assert.Equal([IndicatiefSchema.Waarde(B, Datum("2024-09-01"))], reeks);
    }

    [Fact]
    public void Reeks_HalfYearsOverAYear_FirstAndLastAreStartAndEnd()
    {
        var reeks = IndicatiefSchema.Reeks([A, B], Datum("2024-01-01"), Datum("2025-01-01"));

        // 2024 has 366 days, plus 2025-01-01 itself.
        Assert.Equal(367, reeks.Length);
        Assert.Equal(Breuk.Nul, reeks[0]);
        Assert.Equal((Breuk)300, reeks[^1]);
        // Index 182 is 2024-07-01: B's start.
        Assert.Equal((Breuk)100, reeks[182]);
    }

    [Fact]
    public void Reeks_NoPeriods_IsZeroForEveryDay()
    {
        var reeks = IndicatiefSchema.Reeks([], Datum("2024-01-01"), Datum("2024-01-03"));

        Assert.Equal([Breuk.Nul, Breuk.Nul, Breuk.Nul], reeks);
    }

    [Fact]
    public void Reeks_TotBeforeVan_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => IndicatiefSchema.Reeks([A], Datum("2024-01-02"), Datum("2024-01-01")));
    }
}
