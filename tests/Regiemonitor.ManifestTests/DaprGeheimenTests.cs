using System.Text.Json.Nodes;
using Regiemonitor.ManifestTests.Infrastructuur;

namespace Regiemonitor.ManifestTests;

/// <summary>
/// Secrets read through the Dapr secret store (<c>Regiemonitor__Geheimen__*</c>) are readable by
/// the pod that asks: otherwise the process stops at start-up in the cluster, not in a test.
/// </summary>
public sealed class DaprGeheimenTests
{
    public static TheoryData<string> Overlays() => Kustomize.OverlayData();

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Geheimen_ViaDapr_ZijnToegestaanGescooptEnLeesbaarVoorHetServiceAccount(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        var gelezen = 0;
        foreach (var d in manifest.OfKind("Deployment"))
        {
            var env = manifest.Environment(d.AppContainer());
            if (env.GetValueOrDefault("Regiemonitor__Geheimen__Store")?.Value is not { } store) continue;
            var w = $"{overlay}/{d.Name()}";
            var appId = d.PodAnnotations().GetValueOrDefault("dapr.io/app-id");
            Assert.True(appId is not null, $"{w}: leest geheimen via Dapr maar heeft geen Dapr-sidecar.");
            var component = manifest.Find("Component", store);
            Assert.True(component?.At("spec", "type").Str()?.StartsWith("secretstores.", StringComparison.Ordinal) == true,
                $"{w}: Regiemonitor__Geheimen__Store '{store}' is geen Dapr-secretstore.");
            Assert.True((component!["scopes"] as JsonArray ?? []).Any(s => s.Str() == appId), $"{w}: app-id {appId} staat niet in de scopes van {store}.");

            var geheimen = env.Where(e => e.Key.StartsWith("Regiemonitor__Geheimen__Koppelingen__", StringComparison.Ordinal) && e.Key.EndsWith("__Geheim", StringComparison.Ordinal))
                .Select(e => e.Value.Value!).ToList();
            Assert.NotEmpty(geheimen);
            var serviceAccount = d.PodSpec().Str("serviceAccountName");
            foreach (var geheim in geheimen)
            {
                gelezen++;
                Assert.True(Secrets.IsDocumented(geheim), $"{w}: Secret `{geheim}` staat niet in de README (\"Kubernetes\", secrets om aan te maken).");
                Assert.True(manifest.OfKind("Configuration").Any(c => c.At("spec", "secrets", "scopes") is JsonArray scopes
                        && scopes.OfType<JsonObject>().Any(s => s.Str("storeName") == store &&
                        (s["allowedSecrets"] as JsonArray ?? []).Any(a => a.Str() == geheim))),
                    $"{w}: {geheim} staat niet in allowedSecrets van {store} (base/dapr/configuration.yaml).");
                var rollen = manifest.OfKind("Role").Where(r => r.Arr("rules").Any(regel =>
                    (regel["resources"] as JsonArray ?? []).Any(x => x.Str() == "secrets") &&
                    (regel["verbs"] as JsonArray ?? []).Any(x => x.Str() == "get") &&
                    (regel["resourceNames"] as JsonArray ?? []).Any(x => x.Str() == geheim))).Select(r => r.Name()).ToHashSet();
                Assert.True(manifest.OfKind("RoleBinding").Any(b => rollen.Contains(b.At("roleRef", "name").Str()) &&
                        b.Arr("subjects").Any(s => s.Str("kind") == "ServiceAccount" && s.Str("name") == serviceAccount)),
                    $"{w}: geen Role met RoleBinding laat ServiceAccount {serviceAccount} Secret {geheim} lezen.");
            }
        }
        // The gateway's admin key comes this way in every overlay.
        Assert.True(gelezen > 0, $"{overlay}: geen enkele Deployment leest een geheim via Dapr.");
    }
}
