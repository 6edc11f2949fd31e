using System.Text.RegularExpressions;
using Regiemonitor.ManifestTests.Infrastructuur;

namespace Regiemonitor.ManifestTests;

/// <summary>
/// The README's "Kubernetes" section is what a platform team follows, so what it says is checked
/// against what is rendered and tested: the secrets its commands create, the settings it says the
/// production overlay has, and the tests it names as backing its claims.
/// </summary>
public sealed partial class ReadmeTests
{
    private static readonly string Sectie = KubernetesSectie();

    [Fact]
    public void Procedure_MaaktElkSecretAanDatDeProductieNodigHeeft()
    {
        var aangemaakt = SecretNamen().Matches(Sectie).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        // for d in a b c; do ... create secret generic $d-database
        foreach (Match lus in DatabaseLus().Matches(Sectie))
            foreach (var dienst in lus.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                aangemaakt.Add($"{dienst}-database");

        var nodig = Secrets.Referenced(Kustomize.Render("production")).Select(r => r.Naam).Distinct().ToList();
        Assert.NotEmpty(nodig);
        Assert.All(nodig, naam => Assert.True(aangemaakt.Contains(naam), $"De README (Kubernetes, stap 3) maakt Secret `{naam}` niet aan."));
    }

    [Fact]
    public void Instellingen_VanDeProductieoverlay_StaanZoInDeReadme()
    {
        var manifest = Kustomize.Render("production");
        foreach (var w in Workload.All)
        {
            var deployment = manifest.Deployment(w.Name);
            var env = manifest.Environment(deployment.AppContainer());
            string? Waarde(string sleutel) => env.GetValueOrDefault(sleutel)?.Value;
            Assert.Equal("Dapr", Waarde("Regiemonitor__Events__Transport"));
            Assert.Equal("00:00:05", Waarde("Regiemonitor__Afsluiten__Vertraging"));
            Assert.Equal("00:00:20", Waarde("Regiemonitor__Afsluiten__Wachttijd"));
            Assert.Equal("35", deployment.At("spec", "template", "spec", "terminationGracePeriodSeconds").Str());
            Assert.Contains("otel-collector.observability.svc.cluster.local:4317", Waarde("OTEL_EXPORTER_OTLP_ENDPOINT"));
            if (w.Name != "gateway") Assert.Equal("Dapr", Waarde("Regiemonitor__Transport"));
        }
        Assert.Contains("5 s and 20 s; `terminationGracePeriodSeconds: 35`", Sectie);
        Assert.Contains("otel-collector.observability.svc.cluster.local:4317", Sectie);
        Assert.Contains("| `Regiemonitor:Transport` | `Direct` (default) or `Dapr`", Sectie);
    }

    [Fact]
    public void Bewijs_ElkeGenoemdeTestBestaat()
    {
        var tabel = Sectie[Sectie.IndexOf("**What backs these claims**", StringComparison.Ordinal)..];
        var namen = TestNaam().Matches(tabel).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(namen.Count >= 10, $"Te weinig tests in de tabel gevonden: {string.Join(", ", namen)}");
        var bronnen = Directory.EnumerateFiles(Repository.Pad("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var tekst = string.Join("\n", bronnen.Select(File.ReadAllText));
        var mappen = bronnen.Select(p => Path.GetFileName(Path.GetDirectoryName(p)!)).ToHashSet(StringComparer.Ordinal);
        foreach (var naam in namen)
        {
            // "Project.Class", "Class.Method", "Folder" or "tests/Project": the last part must exist.
            var deel = naam.Split('.', '/')[^1];
            var bestaat = Directory.Exists(Repository.Pad(naam)) || mappen.Contains(deel)
                || tekst.Contains($"class {deel}", StringComparison.Ordinal) || tekst.Contains($" {deel}(", StringComparison.Ordinal);
            Assert.True(bestaat, $"De README noemt `{naam}` als bewijs, maar die test bestaat niet.");
        }
    }

    private static string KubernetesSectie()
    {
        var readme = File.ReadAllText(Repository.Pad("README.md"));
        var begin = readme.IndexOf("\n## Kubernetes\n", StringComparison.Ordinal);
        Assert.True(begin >= 0, "De README heeft geen sectie \"Kubernetes\".");
        var eind = readme.IndexOf("\n## ", begin + 1, StringComparison.Ordinal);
        return readme[begin..(eind < 0 ? readme.Length : eind)];
    }

    [GeneratedRegex(@"create secret (?:generic|tls) ([a-z0-9-]+)")]
    private static partial Regex SecretNamen();

    [GeneratedRegex(@"for d in ([a-z ]+); do\s+kubectl -n \$N create secret generic \$d-database")]
    private static partial Regex DatabaseLus();

    // Backticked names in the table: tests/Project, Project.Class, Class, Class.Method.
    [GeneratedRegex(@"`((?:tests/)?[A-Z][A-Za-z.]*(?:Tests|[A-Z][a-z]+)(?:\.[A-Za-z_]+)?)`")]
    private static partial Regex TestNaam();
}
