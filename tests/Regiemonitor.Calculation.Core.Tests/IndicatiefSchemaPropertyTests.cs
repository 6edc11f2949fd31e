using static Regiemonitor.Calculation.Core.Tests.Testdata.Maak;

namespace Regiemonitor.Calculation.Core.Tests;

/// <summary>
/// Randomised checks of properties DOMAIN.md §3 relies on. Seeded, so a failure reproduces; the
/// message carries the case so it can be turned into a plain test.
/// </summary>
public sealed class IndicatiefSchemaPropertyTests
{
    private static readonly DateOnly Basis = Datum("2020-01-01");

    [Fact]
    public void Waarde_SeriesWithEqualDates_SumOfSchemasEqualsSchemaOfSums()
    {
        // Aggregation sums per-record schemas; the dashboard promises this equals interpolating the
        // summed opgave, which holds only because the interpolation is linear and exact.
        var random = new Random(20240901);
        for (var geval = 0; geval < 400; geval++)
        {
            var start = Basis.AddDays(random.Next(0, 3650));
            var eind = start.AddDays(random.Next(1, 800));
            var aantal = random.Next(1, 8);
            var periodes = Enumerable.Range(0, aantal)
                .Select(_ => new OpgavePeriode(Categorie.Asiel, "GM0106", start, random.Next(0, 200_000), eind, random.Next(0, 200_000)))
                .ToList();
            var opgeteld = new OpgavePeriode(Categorie.Asiel, "PV22", start, periodes.Sum(p => p.Startwaarde), eind, periodes.Sum(p => p.Eindwaarde));
            var d = start.AddDays(random.Next(-60, opgeteld.Dagen + 60));

            var somVanSchemas = periodes.Aggregate(Breuk.Nul, (som, p) => som + IndicatiefSchema.Waarde(p, d));

            Assert.True(somVanSchemas == IndicatiefSchema.Waarde(opgeteld, d),
                $"geval {geval}: {aantal} periodes {start}..{eind}, D {d}: {somVanSchemas} != {IndicatiefSchema.Waarde(opgeteld, d)}");
        }
    }

    [Fact]
    public void Waarde_RandomPeriodAndDate_StaysBetweenStartAndEindwaarde()
    {
        // The clamp on f keeps the schema within the opgave's own range, also for decreasing opgaven.
        var random = new Random(7);
        for (var geval = 0; geval < 400; geval++)
        {
            var start = Basis.AddDays(random.Next(0, 3650));
            var p = new OpgavePeriode(Categorie.Amv, "GM0106", start, random.Next(-1000, 200_000),
                start.AddDays(random.Next(1, 800)), random.Next(-1000, 200_000));
            var d = start.AddDays(random.Next(-400, p.Dagen + 400));

            var schema = IndicatiefSchema.Waarde(p, d);

            var laag = (Breuk)Math.Min(p.Startwaarde, p.Eindwaarde);
            var hoog = (Breuk)Math.Max(p.Startwaarde, p.Eindwaarde);
            Assert.True(schema >= laag && schema <= hoog, $"geval {geval}: {p} op {d} gaf {schema}");
            if (d <= p.Startdatum) Assert.Equal((Breuk)p.Startwaarde, schema);
            if (d >= p.Einddatum) Assert.Equal((Breuk)p.Eindwaarde, schema);
        }
    }

    [Fact]
    public void Reeks_RandomSeriesWithGaps_EqualsWaardePerDay()
    {
        // Reeks caches the current period; it must still give what the per-day rule gives.
        var random = new Random(42);
        for (var geval = 0; geval < 200; geval++)
        {
            var periodes = new List<OpgavePeriode>();
            var dag = Basis.AddDays(random.Next(0, 100));
            for (var i = random.Next(1, 5); i > 0; i--)
            {
                var eind = dag.AddDays(random.Next(1, 40));
                periodes.Add(new OpgavePeriode(Categorie.Nidos, "GM0106", dag, random.Next(0, 5000), eind, random.Next(0, 5000)));
                dag = eind.AddDays(random.Next(0, 10)); // 0 = adjacent, otherwise a gap
            }
            periodes = [.. periodes.OrderBy(_ => random.Next())];
            var van = periodes.Min(p => p.Startdatum).AddDays(-random.Next(0, 10));
            var tot = periodes.Max(p => p.Einddatum).AddDays(random.Next(0, 10));

            var reeks = IndicatiefSchema.Reeks(periodes, van, tot);

            Assert.Equal(tot.DayNumber - van.DayNumber + 1, reeks.Length);
            for (var i = 0; i < reeks.Length; i++)
                Assert.True(reeks[i] == IndicatiefSchema.Waarde(periodes, van.AddDays(i)), $"geval {geval}, dag {van.AddDays(i)}");
        }
    }
}
