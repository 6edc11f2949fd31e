using System.Diagnostics;
using System.Globalization;
using Regiemonitor.Benchmarks;
using Regiemonitor.Calculation.Core;

// tests/bench-import.sh: write the import benchmark's files instead of running this benchmark.
if (args is ["import-bestanden", var gemeentenCsv, var map])
{
    ImportBestanden.Schrijf(gemeentenCsv, map);
    return;
}

// Daily indicatief schema for 342 gemeenten x 5 categorieën x 730 days, each series with an
// old and a new opgave period (as in the registry), summed into the national series as well.
// Target (issue 2): under 50 ms on the 2-core machine.
const int Gemeenten = 342, Dagen = 730, Metingen = 25;
const double DoelMs = 50;
var van = new DateOnly(2024, 1, 1);
var tot = van.AddDays(Dagen - 1);

var random = new Random(20240901);
var reeksen = new List<OpgavePeriode[]>();
for (var g = 0; g < Gemeenten; g++)
    foreach (var c in Codes.AlleCategorieen)
    {
        var code = $"GM{g:0000}";
        long a = random.Next(0, 2000), b = a + random.Next(0, 2000), e = b + random.Next(0, 2000);
        reeksen.Add([
            new OpgavePeriode(c, code, new DateOnly(2023, 7, 1), a, new DateOnly(2024, 7, 1), b),
            new OpgavePeriode(c, code, new DateOnly(2024, 7, 1), b, new DateOnly(2025, 7, 1), e),
        ]);
    }

Breuk[] Bereken()
{
    var landelijk = new Breuk[Dagen];
    Array.Fill(landelijk, Breuk.Nul);
    foreach (var reeks in reeksen)
    {
        var dagelijks = IndicatiefSchema.Reeks(reeks, van, tot);
        for (var i = 0; i < Dagen; i++) landelijk[i] += dagelijks[i];
    }
    return landelijk;
}

for (var i = 0; i < 5; i++) Bereken(); // warm-up: JIT and tiered compilation
var tijden = new double[Metingen];
Breuk[] resultaat = [];
for (var i = 0; i < Metingen; i++)
{
    var klok = Stopwatch.StartNew();
    resultaat = Bereken();
    tijden[i] = klok.Elapsed.TotalMilliseconds;
}
Array.Sort(tijden);
var mediaan = tijden[Metingen / 2];
var inv = CultureInfo.InvariantCulture;
Console.WriteLine($"Daily schema series: {Gemeenten} gemeenten x {Codes.AlleCategorieen.Count} categorieen x {Dagen} days " +
                  $"= {reeksen.Count * Dagen:N0} values, plus the national sum ({Environment.ProcessorCount} cores)");
Console.WriteLine(string.Create(inv, $"  measured: min {tijden[0]:F1} ms, median {mediaan:F1} ms, max {tijden[^1]:F1} ms over {Metingen} runs"));
Console.WriteLine(string.Create(inv, $"  target:   {DoelMs:F0} ms -> median is {mediaan / DoelMs:F2}x the target ({(mediaan <= DoelMs ? "met" : "NOT met")})"));
Console.WriteLine($"  check:    national schema on {tot.Iso()} = {resultaat[^1].AfrondenOpGeheel():N0}");
