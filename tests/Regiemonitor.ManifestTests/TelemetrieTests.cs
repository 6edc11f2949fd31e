using Regiemonitor.ManifestTests.Infrastructuur;

namespace Regiemonitor.ManifestTests;

/// <summary>OpenTelemetry in the cluster: every process exports, to the collector the Dapr sidecars trace to.</summary>
public sealed class TelemetrieTests
{
    public static TheoryData<string> Overlays() => Kustomize.OverlayData();

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ElkeContainer_ExporteertNaarDeCollectorVanDeZijspannen(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        var config = Assert.Single(manifest.OfKind("Configuration"));
        var collector = config.At("spec", "tracing", "otel", "endpointAddress").Str()!;
        foreach (var d in manifest.OfKind("Deployment"))
        {
            var env = manifest.Environment(d.AppContainer());
            Assert.True(env.TryGetValue("OTEL_EXPORTER_OTLP_ENDPOINT", out var endpoint), $"{overlay}/{d.Name()}: OTEL_EXPORTER_OTLP_ENDPOINT ontbreekt, dus exporteert het proces niets.");
            Assert.True(Uri.TryCreate(endpoint.Value, UriKind.Absolute, out var uri), $"{overlay}/{d.Name()}: '{endpoint.Value}' is geen URL.");
            Assert.Equal(collector, uri.Authority);
        }
    }
}
