using System.Text.Json.Nodes;
using Regiemonitor.ManifestTests.Infrastructuur;

namespace Regiemonitor.ManifestTests;

/// <summary>Each check once per Deployment per overlay, so a failure names both.</summary>
public sealed class DeploymentTests
{
    public static TheoryData<string, string> Deployments() => Kustomize.DeploymentData();

    /// <summary>HTTP endpoints every environment serves (MapDefaultEndpoints, the gateway's own).</summary>
    private static readonly Dictionary<string, string[]> HttpEindpunten = new()
    {
        ["backend"] = ["/healthz"],
        ["gateway"] = ["/healthz", "/openapi.json"],
    };

    [Theory]
    [MemberData(nameof(Deployments))]
    public void Probes_StartupReadinessAndLiveness_AskEndpointsTheContainerServes(string overlay, string naam)
    {
        var (manifest, workload, deployment, container) = Lees(overlay, naam);
        var kestrel = KestrelPoorten(manifest, container);
        var http1 = Http1Poort(manifest, container);
        foreach (var soort in new[] { "startupProbe", "readinessProbe", "livenessProbe" })
        {
            var probe = container[soort] as JsonObject;
            Assert.True(probe is not null, $"{overlay}/{naam}: {soort} ontbreekt.");
            var handlers = new[] { "grpc", "httpGet", "tcpSocket", "exec" }.Where(probe.ContainsKey).ToList();
            Assert.True(handlers.Count == 1, $"{overlay}/{naam}: {soort} heeft {handlers.Count} handlers.");
            switch (handlers[0])
            {
                case "grpc":
                    // Kubernetes' gRPC probe asks grpc.health.v1.Health over cleartext HTTP/2.
                    Assert.True(workload.Http2Only, $"{overlay}/{naam}: {soort} is een gRPC-probe, maar {naam} serveert geen grpc.health.v1.");
                    var grpcPoort = probe.At("grpc", "port")!.GetValue<long>();
                    Assert.True(kestrel.Contains(grpcPoort), $"{overlay}/{naam}: {soort} gRPC-poort {grpcPoort} is geen Kestrel-poort ({string.Join(", ", kestrel)}).");
                    break;
                case "httpGet":
                    var poort = container.ResolvePort(probe.At("httpGet", "port"));
                    Assert.True(poort is not null, $"{overlay}/{naam}: {soort} poort {probe.At("httpGet", "port")} is geen containerPort.");
                    // A backend's Kestrel URLs speak HTTP/2 only; a kubelet HTTP probe needs the HTTP/1 port.
                    IReadOnlyList<long> http1Poorten = workload.Http2Only ? (http1 is { } p ? [p] : []) : kestrel;
                    Assert.True(http1Poorten.Contains(poort!.Value), $"{overlay}/{naam}: {soort} vraagt HTTP/1 op poort {poort}, die alleen HTTP/2 spreekt.");
                    var pad = probe.At("httpGet", "path").Str() ?? "/";
                    Assert.Contains(pad, HttpEindpunten[workload.Http2Only ? "backend" : "gateway"]);
                    break;
                case "tcpSocket":
                    Assert.NotNull(container.ResolvePort(probe.At("tcpSocket", "port")));
                    break;
                default:
                    Assert.Fail($"{overlay}/{naam}: {soort} is een exec-probe; gebruik een eindpunt dat elke omgeving heeft.");
                    break;
            }
        }
        // The gateway's /healthz asks every service: as liveness it would restart the gateway for a service outage.
        if (!workload.Http2Only)
            Assert.NotEqual("/healthz", container.At("livenessProbe", "httpGet", "path").Str());
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void Resources_EveryContainer_RequestsWithinLimits(string overlay, string naam)
    {
        var (_, _, deployment, _) = Lees(overlay, naam);
        foreach (var c in deployment.PodSpec().AllContainers())
            foreach (var bron in new[] { "cpu", "memory" })
            {
                var verzoek = c.At("resources", "requests", bron).Str();
                var limiet = c.At("resources", "limits", bron).Str();
                Assert.True(verzoek is not null && limiet is not null, $"{overlay}/{naam}/{c.Str("name")}: {bron} request of limit ontbreekt.");
                Assert.True(Json.Quantity(verzoek) <= Json.Quantity(limiet), $"{overlay}/{naam}/{c.Str("name")}: {bron} request {verzoek} > limit {limiet}.");
            }
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void SecurityContext_PodAndContainers_AreRestricted(string overlay, string naam)
    {
        var (_, _, deployment, _) = Lees(overlay, naam);
        var pod = deployment.PodSpec();
        var w = $"{overlay}/{naam}";
        Assert.True(pod.At("securityContext", "runAsNonRoot")?.GetValue<bool>() == true, $"{w}: pod securityContext.runAsNonRoot is niet true.");
        Assert.NotEqual("0", pod.At("securityContext", "runAsUser").Str());
        Assert.Equal("RuntimeDefault", pod.At("securityContext", "seccompProfile", "type").Str());
        foreach (var veld in new[] { "hostNetwork", "hostPID", "hostIPC" })
            Assert.NotEqual("true", pod.Str(veld));
        foreach (var c in pod.AllContainers())
        {
            var sc = c["securityContext"] as JsonObject;
            var wc = $"{w}/{c.Str("name")}";
            Assert.True(sc is not null, $"{wc}: securityContext ontbreekt.");
            Assert.True(sc["allowPrivilegeEscalation"]?.GetValue<bool>() == false, $"{wc}: allowPrivilegeEscalation is niet false.");
            Assert.True(sc["readOnlyRootFilesystem"]?.GetValue<bool>() == true, $"{wc}: readOnlyRootFilesystem is niet true.");
            Assert.NotEqual("true", sc.Str("privileged"));
            Assert.NotEqual("0", sc.Str("runAsUser"));
            Assert.Contains("ALL", sc.At("capabilities", "drop") is JsonArray drop ? drop.Select(d => d.Str()) : []);
            Assert.Null(sc.At("capabilities", "add"));
        }
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void WritablePaths_OnARoFilesystem_AreVolumes(string overlay, string naam)
    {
        var (manifest, _, deployment, container) = Lees(overlay, naam);
        var w = $"{overlay}/{naam}";
        var pod = deployment.PodSpec();
        var volumes = pod.Arr("volumes").ToDictionary(v => v.Str("name")!);
        var mounts = container.Arr("volumeMounts").ToList();
        JsonObject? MountVan(string pad) => mounts
            .Where(m => pad == m.Str("mountPath") || pad.StartsWith(m.Str("mountPath")!.TrimEnd('/') + "/", StringComparison.Ordinal))
            .MaxBy(m => m.Str("mountPath")!.Length);

        // .NET (diagnostics, temporary files) and Chromium need a writable /tmp.
        var tmp = MountVan("/tmp");
        Assert.True(tmp is not null && tmp["readOnly"]?.GetValue<bool>() != true, $"{w}: /tmp is geen schrijfbaar volume.");

        var env = manifest.Environment(container);
        if (env.GetValueOrDefault("Regiemonitor__DataDir")?.Value is { } dataDir)
        {
            var mount = MountVan(dataDir);
            Assert.True(mount is not null && mount["readOnly"]?.GetValue<bool>() != true, $"{w}: Regiemonitor__DataDir {dataDir} ligt niet op een schrijfbaar volume.");
            var volume = volumes[mount.Str("name")!];
            if (volume.At("persistentVolumeClaim", "claimName").Str() is { } claim)
            {
                var pvc = manifest.Find("PersistentVolumeClaim", claim);
                Assert.True(pvc is not null, $"{w}: PersistentVolumeClaim {claim} bestaat niet.");
                if (pvc.At("spec", "accessModes") is JsonArray modes && modes.Any(m => m.Str() == "ReadWriteOnce"))
                {
                    // One SQLite writer on a ReadWriteOnce volume: one pod, never two at once.
                    Assert.Equal("1", deployment.At("spec", "replicas").Str());
                    Assert.Equal("Recreate", deployment.At("spec", "strategy", "type").Str());
                    Assert.DoesNotContain(manifest.OfKind("HorizontalPodAutoscaler"), h => h.At("spec", "scaleTargetRef", "name").Str() == naam);
                }
            }
            else Assert.True(volume.ContainsKey("emptyDir"), $"{w}: het data-volume is geen PVC of emptyDir.");
        }

        // Files configured by path (signing keys) lie on a mounted Secret, read-only.
        foreach (var (sleutel, waarde) in env.Where(e => e.Key.EndsWith("File", StringComparison.Ordinal)))
        {
            var mount = MountVan(waarde.Value ?? "");
            Assert.True(mount is not null, $"{w}: {sleutel}={waarde.Value} ligt op geen volume.");
            Assert.True(volumes[mount.Str("name")!].ContainsKey("secret") && mount["readOnly"]?.GetValue<bool>() == true,
                $"{w}: {sleutel} ligt niet op een read-only Secret-volume.");
        }
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void DaprAnnotations_NameTheAppItsPortProtocolAndConfiguration(string overlay, string naam)
    {
        var (manifest, workload, deployment, container) = Lees(overlay, naam);
        var a = deployment.PodAnnotations();
        var w = $"{overlay}/{naam}";
        string Annotatie(string sleutel) =>
            a.TryGetValue(sleutel, out var v) && v is not null ? v : throw new InvalidOperationException($"{w}: annotatie {sleutel} ontbreekt of is geen string.");

        Assert.Equal("true", Annotatie("dapr.io/enabled"));
        Assert.Equal(naam, Annotatie("dapr.io/app-id"));
        Assert.True(workload.DaprAppProtocol is not null,
            $"{w}: {naam} ontvangt events over HTTP en serveert gRPC; Dapr opent maar één app-kanaal (grpc of h2c) en kan niet allebei.");
        Assert.Equal(workload.DaprAppProtocol, Annotatie("dapr.io/app-protocol"));
        var appPoort = long.Parse(Annotatie("dapr.io/app-port"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(appPoort, KestrelPoorten(manifest, container));
        Assert.Contains(appPoort, container.ContainerPorts());
        var configuratie = Annotatie("dapr.io/config");
        Assert.True(manifest.Find("Configuration", configuratie) is not null, $"{w}: Dapr Configuration {configuratie} bestaat niet.");
        // The injected sidecar counts against quotas too, and must pass the namespace's Pod Security admission.
        foreach (var s in new[] { "cpu-request", "memory-request", "cpu-limit", "memory-limit" })
            Assert.True(Json.Quantity(Annotatie($"dapr.io/sidecar-{s}")) > 0);
        Assert.Equal("RuntimeDefault", Annotatie("dapr.io/sidecar-seccomp-profile-type"));
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void Ports_AgreeWithKestrelTheServiceAndTheImage(string overlay, string naam)
    {
        var (manifest, workload, deployment, container) = Lees(overlay, naam);
        var w = $"{overlay}/{naam}";
        var verwacht = KestrelPoorten(manifest, container).ToHashSet();
        if (Http1Poort(manifest, container) is { } http1) verwacht.Add(http1);
        Assert.Equal(verwacht.Order(), container.ContainerPorts().Order());
        Assert.All(container.Arr("ports"), p => Assert.False(string.IsNullOrEmpty(p.Str("name")), $"{w}: containerPort {p["containerPort"]} heeft geen naam."));

        var service = manifest.Find("Service", naam);
        Assert.True(service is not null, $"{w}: Service {naam} bestaat niet.");
        Assert.True(Labels.Matches(service.At("spec", "selector"), deployment.PodLabels()), $"{w}: Service {naam} selecteert de pods niet.");
        foreach (var p in service.At("spec").Arr("ports"))
        {
            var doel = container.ResolvePort(p["targetPort"] ?? p["port"]);
            Assert.True(doel is not null, $"{w}: Service-poort {p.Str("name")} wijst naar {p["targetPort"]}, geen containerPort.");
            if (workload.Http2Only && KestrelPoorten(manifest, container).Contains(doel.Value))
                Assert.Equal("kubernetes.io/h2c", p.Str("appProtocol"));
        }

        var image = Dockerfile.Read(Repository.Pad(workload.Dockerfile)).Final;
        var expose = image.All("EXPOSE").SelectMany(e => e.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(e => long.Parse(e.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Subset(expose.ToHashSet(), KestrelPoorten(manifest, container).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void Image_RunsAsThePodsUserWithThePathsTheDeploymentExpects(string overlay, string naam)
    {
        var (manifest, workload, deployment, container) = Lees(overlay, naam);
        var image = Dockerfile.Read(Repository.Pad(workload.Dockerfile)).Final;
        var runAsUser = container.At("securityContext", "runAsUser").Str() ?? deployment.PodSpec().At("securityContext", "runAsUser").Str();
        // fsGroup and the image's own /data belong to this user; another UID could not write there.
        if (runAsUser is not null) Assert.Equal(image.User(), runAsUser);
        if (workload.PrintsPdf)
            Assert.Equal(image.Environment()["Regiemonitor__Pdf__Chromium"], manifest.Environment(container)["Regiemonitor__Pdf__Chromium"].Value);
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void References_ConfigMapsSecretsServicesAndClaims_Exist(string overlay, string naam)
    {
        var (manifest, _, deployment, _) = Lees(overlay, naam);
        var w = $"{overlay}/{naam}";
        var pod = deployment.PodSpec();
        bool Optioneel(JsonNode? r) => r?["optional"]?.GetValue<bool>() == true;

        if (pod.Str("serviceAccountName") is { } sa)
            Assert.True(manifest.Find("ServiceAccount", sa) is not null, $"{w}: ServiceAccount {sa} bestaat niet.");
        foreach (var c in pod.AllContainers())
        {
            foreach (var cm in c.Arr("envFrom").Select(e => e["configMapRef"]).OfType<JsonObject>().Where(r => !Optioneel(r)))
                Assert.True(manifest.Find("ConfigMap", cm.Str("name")!) is not null, $"{w}: ConfigMap {cm.Str("name")} bestaat niet.");
            foreach (var r in c.Arr("env").Select(e => e.At("valueFrom", "configMapKeyRef")).OfType<JsonObject>().Where(r => !Optioneel(r)))
                Assert.True(manifest.Find("ConfigMap", r.Str("name")!)?.At("data", r.Str("key")!) is not null, $"{w}: ConfigMap {r.Str("name")} heeft geen sleutel {r.Str("key")}.");
            foreach (var (dienst, adres) in manifest.Environment(c).Where(e => e.Key.StartsWith("Regiemonitor__Services__", StringComparison.Ordinal)))
                ServiceAdresWijstNaarDeDienst(manifest, w, dienst["Regiemonitor__Services__".Length..], adres.Value);
        }
        foreach (var v in pod.Arr("volumes"))
        {
            if (v.At("configMap") is JsonObject cm && !Optioneel(cm))
                Assert.True(manifest.Find("ConfigMap", cm.Str("name")!) is not null, $"{w}: ConfigMap-volume {cm.Str("name")} bestaat niet.");
            if (v.At("persistentVolumeClaim", "claimName").Str() is { } claim)
                Assert.True(manifest.Find("PersistentVolumeClaim", claim) is not null, $"{w}: PersistentVolumeClaim {claim} bestaat niet.");
        }
        foreach (var (secret, waar) in Secrets.Referenced(manifest).Where(r => r.Waar.StartsWith($"Deployment {naam} ", StringComparison.Ordinal)))
            Assert.True(manifest.Find("Secret", secret) is not null || Secrets.IsDocumented(secret),
                $"{w}: Secret `{secret}` ({waar}) wordt niet gerenderd en staat niet in de README (\"Kubernetes\", secrets om aan te maken).");
    }

    /// <summary><c>Regiemonitor__Services__X</c> is an address of a rendered Service that selects X's pods on X's port.</summary>
    private static void ServiceAdresWijstNaarDeDienst(Manifest manifest, string w, string dienst, string? adres)
    {
        Assert.True(Uri.TryCreate(adres, UriKind.Absolute, out var uri), $"{w}: Regiemonitor__Services__{dienst}='{adres}' is geen absolute URL.");
        var doel = Workload.All.SingleOrDefault(x => x.ServiceKey == dienst);
        Assert.True(doel is not null, $"{w}: Regiemonitor__Services__{dienst} noemt geen bekende dienst.");
        var serviceNaam = uri.Host.Split('.')[0];
        var service = manifest.Find("Service", serviceNaam);
        Assert.True(service is not null, $"{w}: Regiemonitor__Services__{dienst} wijst naar Service {serviceNaam}, die niet bestaat.");
        var poort = service.At("spec").Arr("ports").FirstOrDefault(p => p["port"]!.GetValue<long>() == uri.Port);
        Assert.True(poort is not null, $"{w}: Service {serviceNaam} heeft geen poort {uri.Port}.");
        var deployment = manifest.Deployment(doel.Name);
        Assert.True(Labels.Matches(service.At("spec", "selector"), deployment.PodLabels()), $"{w}: Service {serviceNaam} selecteert {doel.Name} niet.");
        var doelPoort = deployment.AppContainer().ResolvePort(poort["targetPort"] ?? poort["port"]);
        Assert.True(doelPoort is not null && KestrelPoorten(manifest, deployment.AppContainer()).Contains(doelPoort.Value),
            $"{w}: Service {serviceNaam}:{uri.Port} komt niet uit op een Kestrel-poort van {doel.Name}.");
    }

    /// <summary>The ports of ASPNETCORE_URLS, the URLs Kestrel listens on (the HTTP/1 extra port aside).</summary>
    internal static IReadOnlyList<long> KestrelPoorten(Manifest manifest, JsonObject container)
    {
        var urls = manifest.Environment(container).GetValueOrDefault("ASPNETCORE_URLS")?.Value
            ?? throw new InvalidOperationException($"{manifest.Overlay}/{container.Str("name")}: ASPNETCORE_URLS ontbreekt; de poort moet expliciet zijn.");
        return urls.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(u => (long)new Uri(u.Replace("+", "0.0.0.0", StringComparison.Ordinal).Replace("*", "0.0.0.0", StringComparison.Ordinal)).Port)
            .ToList();
    }

    private static long? Http1Poort(Manifest manifest, JsonObject container) =>
        manifest.Environment(container).GetValueOrDefault("Regiemonitor__Http1Poort")?.Value is { } p ? long.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static (Manifest, Workload, JsonObject Deployment, JsonObject Container) Lees(string overlay, string naam)
    {
        var manifest = Kustomize.Render(overlay);
        var deployment = manifest.Deployment(naam);
        return (manifest, Workload.Named(naam), deployment, deployment.AppContainer());
    }
}
