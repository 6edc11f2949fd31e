namespace Regiemonitor.ManifestTests.Infrastructuur;

/// <summary>
/// One Regiemonitor process as it runs in Kubernetes: its Deployment, Service and Dapr app-id are
/// all <see cref="Name"/>, its image is built by the Dockerfile beside its project.
/// </summary>
/// <param name="ServiceKey">The name under <c>Regiemonitor:Services</c> that addresses it (none for the gateway).</param>
/// <param name="Http2Only">A backend (<c>AddBackendDefaults</c>): its Kestrel URLs speak HTTP/2 only.</param>
/// <param name="Scaled">Scaled by a HorizontalPodAutoscaler and guarded by a PodDisruptionBudget.</param>
/// <param name="PrintsPdf">Runs headless Chromium for the PDF export.</param>
public sealed record Workload(string Name, string? ServiceKey, string Project, bool Http2Only, bool Scaled, bool PrintsPdf)
{
    public static readonly IReadOnlyList<Workload> All =
    [
        new("opgaveregistry", "OpgaveRegistry", "services/OpgaveRegistry/Regiemonitor.OpgaveRegistry.csproj", Http2Only: true, Scaled: false, PrintsPdf: false),
        new("ingestion", "Ingestion", "services/Ingestion/Regiemonitor.Ingestion.csproj", Http2Only: true, Scaled: false, PrintsPdf: false),
        new("calculation", "Calculation", "services/Calculation/Api/Regiemonitor.Calculation.Api.csproj", Http2Only: true, Scaled: true, PrintsPdf: false),
        new("reporting", "Reporting", "services/Reporting/Regiemonitor.Reporting.csproj", Http2Only: true, Scaled: true, PrintsPdf: true),
        new("gateway", null, "gateway/Regiemonitor.Gateway.csproj", Http2Only: false, Scaled: true, PrintsPdf: false),
    ];

    public string ProjectDirectory => Project[..Project.LastIndexOf('/')];

    public string Dockerfile => ProjectDirectory + "/Dockerfile";

    public static Workload Named(string name) => All.Single(w => w.Name == name);

    /// <summary>Publishes events (<c>AddEventPublicatie</c>): needs the pub/sub component.</summary>
    public bool PublishesEvents => SourceContains("AddEventPublicatie(");

    /// <summary>Receives events over HTTP (<c>/dapr/subscribe</c>, <c>POST /events/...</c>).</summary>
    public bool ReceivesEvents => SourceContains("MapEventOntvangst(");

    /// <summary>Serves gRPC services that others call (through Dapr in production).</summary>
    public bool ServesGrpc => SourceContains("MapGrpcService<");

    /// <summary>
    /// The one app channel Dapr opens to the process: gRPC for a gRPC callee, HTTP for an event
    /// subscriber (over cleartext HTTP/2 where the port speaks nothing else). Null: no channel fits both.
    /// </summary>
    public string? DaprAppProtocol => (ReceivesEvents, ServesGrpc, Http2Only) switch
    {
        (true, true, _) => null,
        (true, false, true) => "h2c",
        (_, true, _) => "grpc",
        (_, false, true) => "h2c",
        (_, false, false) => "http",
    };

    private bool SourceContains(string tekst)
    {
        var uitvoer = new[] { "bin", "obj" }.Select(m => Path.DirectorySeparatorChar + m + Path.DirectorySeparatorChar).ToList();
        return Directory.EnumerateFiles(Repository.Pad(ProjectDirectory), "*.cs", SearchOption.AllDirectories)
            .Where(f => !uitvoer.Any(u => f.Contains(u, StringComparison.Ordinal)))
            .Any(f => File.ReadAllText(f).Contains(tekst, StringComparison.Ordinal));
    }

    /// <summary>Theory data: every workload by name.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var w in All) data.Add(w.Name);
        return data;
    }

    public override string ToString() => Name;
}
