using System.Text.Json.Nodes;
using Regiemonitor.ManifestTests.Infrastructuur;

namespace Regiemonitor.ManifestTests;

/// <summary>Checks of a rendered overlay as a whole, once per overlay.</summary>
public sealed class OverlayTests
{
    public static TheoryData<string> Overlays() => Kustomize.OverlayData();

    private const string Namespace = "regiemonitor";

    /// <summary>daprd's internal gRPC port (sidecar to sidecar).</summary>
    private const long DaprSidecarPoort = 50002;

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Deployments_AreExactlyTheWorkloads(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        Assert.Equal(Workload.All.Select(w => w.Name).Order(), manifest.OfKind("Deployment").Select(d => d.Name()).Order());
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Resources_LiveInOneNamespace_ThatEnforcesRestrictedPods(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        var ns = Assert.Single(manifest.OfKind("Namespace"));
        Assert.Equal(Namespace, ns.Name());
        Assert.Equal("restricted", ns.At("metadata", "labels", "pod-security.kubernetes.io/enforce").Str());
        Assert.All(manifest.Resources.Where(r => r.Str("kind") != "Namespace"),
            r => Assert.True(r.At("metadata", "namespace").Str() == Namespace, $"{overlay}: {r.Str("kind")} {r.Name()} staat niet in namespace {Namespace}."));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Secrets_AreOnlyReferenced_NeverRenderedOrWrittenOut(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        Assert.Empty(manifest.OfKind("Secret").Select(s => s.Name()));
        foreach (var cm in manifest.OfKind("ConfigMap"))
            foreach (var (sleutel, _) in cm["data"] as JsonObject ?? [])
                Assert.False(Secrets.Gevoelig().IsMatch(sleutel), $"{overlay}: ConfigMap {cm.Name()} bevat {sleutel}; dat hoort in een Secret.");
        foreach (var d in manifest.OfKind("Deployment"))
            foreach (var c in d.PodSpec().AllContainers())
                foreach (var (naam, waarde) in manifest.Environment(c).Where(e => Secrets.Gevoelig().IsMatch(e.Key)))
                    Assert.True(waarde.FromSecret, $"{overlay}/{d.Name()}: {naam} komt uit {waarde.Source}, niet uit een Secret.");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Secrets_Referenced_AreDocumentedForThePlatformTeam(string overlay)
    {
        var ontbrekend = Secrets.Referenced(Kustomize.Render(overlay))
            .Where(r => !Secrets.IsDocumented(r.Naam)).Select(r => $"`{r.Naam}` ({r.Waar})").Distinct().ToList();
        Assert.True(ontbrekend.Count == 0, $"{overlay}: niet in de README (\"Kubernetes\", secrets om aan te maken): {string.Join(", ", ontbrekend)}");
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Services_SelectOneDeployment_AndTargetItsPorts(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        foreach (var s in manifest.OfKind("Service"))
        {
            var deployment = Assert.Single(manifest.DeploymentsSelectedBy(s.At("spec", "selector")));
            foreach (var p in s.At("spec").Arr("ports"))
                Assert.True(deployment.AppContainer().ResolvePort(p["targetPort"] ?? p["port"]) is not null,
                    $"{overlay}: Service {s.Name()} poort {p.Str("name")} wijst naar {p["targetPort"]}, geen containerPort van {deployment.Name()}.");
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Ingress_RoutesOnlyToTheGateway(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        var gateway = manifest.Find("Service", "gateway")!;
        var backends = manifest.OfKind("Ingress")
            .SelectMany(i => i.At("spec").Arr("rules"))
            .SelectMany(r => r.At("http").Arr("paths"))
            .Select(p => p.At("backend", "service") as JsonObject)
            .Concat(manifest.OfKind("Ingress").Select(i => i.At("spec", "defaultBackend", "service") as JsonObject).Where(b => b is not null))
            .ToList();
        Assert.NotEmpty(backends);
        foreach (var b in backends)
        {
            Assert.Equal("gateway", b.Str("name"));
            var (naam, nummer) = (b.At("port", "name").Str(), b.At("port", "number").Str());
            Assert.Contains(gateway.At("spec").Arr("ports"), p => naam is not null ? p.Str("name") == naam : p["port"].Str() == nummer);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void NetworkPolicies_AdmitOutsideTrafficOnlyToTheGateway(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        var policies = manifest.OfKind("NetworkPolicy").ToList();
        Assert.Contains(policies, p => p.At("spec", "podSelector") is JsonObject s && s.Count == 0
            && p.At("spec", "policyTypes") is JsonArray t && t.Any(x => x.Str() == "Ingress") && p.At("spec").Arr("ingress").Any() == false);

        var gatewayPod = manifest.Deployment("gateway").PodLabels();
        foreach (var d in manifest.OfKind("Deployment"))
        {
            var regels = policies.Where(p => Labels.Matches(p.At("spec", "podSelector"), d.PodLabels())).SelectMany(p => p.At("spec").Arr("ingress")).ToList();
            var poort = DeploymentTests.KestrelPoorten(manifest, d.AppContainer())[0];
            bool Toegelaten(Func<JsonObject, bool> bron, long op) => regels.Any(r =>
                (r["ports"] is not JsonArray ps || ps.Count == 0 || ps.OfType<JsonObject>().Any(p => p["port"].Str() == op.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                && r.Arr("from").Any(bron));
            if (d.Name() == "gateway")
            {
                Assert.True(Toegelaten(f => f.ContainsKey("namespaceSelector"), poort), $"{overlay}: niets van buiten de namespace bereikt de gateway op poort {poort}.");
                continue;
            }
            foreach (var r in regels)
            {
                Assert.True(r["from"] is JsonArray { Count: > 0 }, $"{overlay}/{d.Name()}: een ingress-regel zonder from laat iedereen toe.");
                Assert.All(r.Arr("from"), f => Assert.True(f.ContainsKey("podSelector") && !f.ContainsKey("namespaceSelector") && !f.ContainsKey("ipBlock"),
                    $"{overlay}/{d.Name()}: verkeer van buiten de namespace is toegelaten."));
            }
            Assert.True(Toegelaten(f => Labels.Matches(f["podSelector"], gatewayPod), poort), $"{overlay}/{d.Name()}: de gateway mag poort {poort} niet bereiken.");
            // Service invocation through Dapr arrives at the callee's sidecar, on its internal gRPC port.
            Assert.True(Toegelaten(f => Labels.Matches(f["podSelector"], gatewayPod), DaprSidecarPoort), $"{overlay}/{d.Name()}: de Dapr-sidecar van de gateway mag poort {DaprSidecarPoort} niet bereiken.");
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Autoscalers_ScaleExactlyTheScaledWorkloads(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        foreach (var w in Workload.All)
        {
            var hpa = manifest.OfKind("HorizontalPodAutoscaler").Where(h => h.At("spec", "scaleTargetRef", "kind").Str() == "Deployment"
                && h.At("spec", "scaleTargetRef", "name").Str() == w.Name).ToList();
            if (!w.Scaled) { Assert.Empty(hpa); continue; }
            var h = Assert.Single(hpa);
            var min = h.At("spec", "minReplicas")?.GetValue<long>() ?? 1;
            var max = h.At("spec", "maxReplicas")!.GetValue<long>();
            Assert.InRange(min, 1, max);
            Assert.NotEmpty(h.At("spec").Arr("metrics"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void DisruptionBudgets_GuardEveryScaledWorkload_WithoutBlockingDrains(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        foreach (var w in Workload.All.Where(w => w.Scaled))
        {
            var pods = manifest.Deployment(w.Name).PodLabels();
            var pdb = Assert.Single(manifest.OfKind("PodDisruptionBudget"), p => Labels.Matches(p.At("spec", "selector"), pods));
            var minHpa = manifest.OfKind("HorizontalPodAutoscaler").Single(h => h.At("spec", "scaleTargetRef", "name").Str() == w.Name).At("spec", "minReplicas")?.GetValue<long>() ?? 1;
            if (pdb.At("spec", "minAvailable") is JsonValue minAvailable)
                Assert.True(minAvailable.TryGetValue<long>(out var n) && n < minHpa, $"{overlay}/{w.Name}: minAvailable {minAvailable} blokkeert een drain bij {minHpa} replica('s).");
            else
                Assert.NotNull(pdb.At("spec", "maxUnavailable"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void DaprComponents_AreScopedToExistingApps_AndTracesGoToACollector(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        var appIds = manifest.OfKind("Deployment").Select(d => d.PodAnnotations().GetValueOrDefault("dapr.io/app-id")).OfType<string>().ToHashSet();
        var components = manifest.OfKind("Component").ToList();
        Assert.Contains(components, c => c.At("spec", "type").Str()!.StartsWith("pubsub.", StringComparison.Ordinal));
        Assert.Contains(components, c => c.At("spec", "type").Str()!.StartsWith("secretstores.", StringComparison.Ordinal));
        foreach (var c in components)
        {
            var scopes = (c["scopes"] as JsonArray ?? []).Select(s => s.Str()).ToList();
            Assert.True(scopes.Count > 0, $"{overlay}: Dapr Component {c.Name()} heeft geen scopes (dan laadt elke app hem).");
            Assert.All(scopes, s => Assert.True(s is not null && appIds.Contains(s), $"{overlay}: Dapr Component {c.Name()} noemt app-id {s}, die geen Deployment heeft."));
        }
        foreach (var config in manifest.OfKind("Configuration"))
        {
            Assert.False(string.IsNullOrWhiteSpace(config.At("spec", "tracing", "otel", "endpointAddress").Str()), $"{overlay}: Configuration {config.Name()} stuurt geen traces naar een OpenTelemetry-collector.");
            Assert.NotNull(config.At("spec", "tracing", "samplingRate").Str());
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Events_TravelThroughAPubSubComponentScopedToTheirPublishersAndSubscribers(string overlay)
    {
        var manifest = Kustomize.Render(overlay);
        foreach (var w in Workload.All.Where(w => w.PublishesEvents || w.ReceivesEvents))
        {
            var env = manifest.Environment(manifest.Deployment(w.Name).AppContainer());
            // The embedded transport posts to configured URLs; in Kubernetes nothing would receive them.
            Assert.Equal("Dapr", env.GetValueOrDefault("Regiemonitor__Events__Transport")?.Value);
            var naam = env.GetValueOrDefault("Regiemonitor__Events__PubSub")?.Value ?? "pubsub";
            var component = manifest.Find("Component", naam);
            Assert.True(component is not null, $"{overlay}/{w.Name}: Dapr Component {naam} bestaat niet.");
            Assert.StartsWith("pubsub.", component.At("spec", "type").Str());
            Assert.Contains(w.Name, (component["scopes"] as JsonArray ?? []).Select(s => s.Str()));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Images_ArePinnedToATag(string overlay)
    {
        foreach (var d in Kustomize.Render(overlay).OfKind("Deployment"))
            foreach (var c in d.PodSpec().AllContainers())
            {
                var image = c.Str("image")!;
                var naam = image.Split('@')[0];
                var tag = naam.LastIndexOf(':') > naam.LastIndexOf('/') ? naam[(naam.LastIndexOf(':') + 1)..] : null;
                Assert.True(image.Contains('@') || tag is not null && tag != "latest", $"{overlay}/{d.Name()}: image {image} heeft geen vaste tag.");
            }
    }

    [Fact]
    public void Production_RoutesServiceCallsThroughDapr_BehindTls()
    {
        var manifest = Kustomize.Render("production");
        foreach (var d in manifest.OfKind("Deployment"))
        {
            var env = manifest.Environment(d.AppContainer());
            Assert.Equal("Dapr", env.GetValueOrDefault("Regiemonitor__Transport")?.Value);
            Assert.Equal("Production", env.GetValueOrDefault("ASPNETCORE_ENVIRONMENT")?.Value);
        }
        Assert.All(manifest.OfKind("Ingress"), i => Assert.NotEmpty(i.At("spec").Arr("tls")));
    }
}
