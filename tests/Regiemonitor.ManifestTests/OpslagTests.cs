using Regiemonitor.ManifestTests.Infrastructuur;

namespace Regiemonitor.ManifestTests;

/// <summary>Where the services keep their data (Regiemonitor:Opslag:Provider) per overlay.</summary>
public sealed class OpslagTests
{
    [Theory]
    [InlineData("opgaveregistry", "OpgaveRegistry")]
    [InlineData("ingestion", "Ingestion")]
    [InlineData("reporting", "Reporting")]
    [InlineData("gateway", "Gateway")]
    public void Productie_PostgreSQLMetDeVerbindingUitHetVerplichteSecretVanDeDienstZelf(string naam, string dienst)
    {
        var manifest = Kustomize.Render("production");
        var container = manifest.Deployment(naam).AppContainer();
        var env = manifest.Environment(container);
        var sleutel = $"Regiemonitor__ConnectionStrings__{dienst}";

        Assert.Equal("PostgreSQL", env.GetValueOrDefault("Regiemonitor__Opslag__Provider")?.Value);
        Assert.Equal($"Secret {naam}-database", env.GetValueOrDefault(sleutel)?.Source);
        // Optional would start the pod without it, only to stop at the missing connection string.
        var verwijzing = container.Arr("env").Single(e => e.Str("name") == sleutel).At("valueFrom", "secretKeyRef");
        Assert.Equal("false", verwijzing.Str("optional"));
    }

    [Fact]
    public void Lokaal_SqliteOpHetVolume()
    {
        var manifest = Kustomize.Render("local");
        foreach (var w in Workload.All)
            Assert.Null(manifest.Environment(manifest.Deployment(w.Name).AppContainer()).GetValueOrDefault("Regiemonitor__Opslag__Provider"));
    }
}
