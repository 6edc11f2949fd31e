using System.Net;
using System.Text.Json.Nodes;
using Grpc.Net.Client;
using Regiemonitor.Contracts.Ingestion.V1;
using Regiemonitor.FunctionalTests.Events;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Veerkracht;

/// <summary>
/// Graceful shutdown: SIGTERM reaches the ingestion process while it is storing a large import
/// (about 200,000 rows, CrashOpstelling's file), held inside its transaction by a test point
/// until the shutdown begins. The import still completes with 201, the process then exits with
/// code 0, and after a restart every row of the batch is there.
/// </summary>
[Collection(VeerkrachtCollectie.Naam)]
public sealed class AfsluitTests(CrashOpstelling o) : IClassFixture<CrashOpstelling>, IAsyncLifetime
{
    private static readonly TimeSpan Limiet = TimeSpan.FromMinutes(2);
    private readonly CrashIngestion _i = new(o, "afsluiten-ingestion");
    private Dienstproces _ingestion = null!;

    /// <summary>The import waits inside its transaction until the process begins to shut down.</summary>
    private const string Testpunt = "TellingenHalverwege";

    public async Task InitializeAsync() => _ingestion = await StartIngestion(new() { [$"Regiemonitor__Testpunten__{Testpunt}"] = "wachten" });

    public async Task DisposeAsync()
    {
        await _i.DisposeAsync();
    }

    [Fact]
    public async Task Sigterm_TijdensGroteImport_ImportSlaagtEnProcesStoptNetjes()
    {
        var post = _i.ImporteerRealisatie();
        // Held inside the import's transaction, halfway through storing its ~200,000 counts, until SIGTERM.
        await _ingestion.WachtOpRegel($"Testpunt {Testpunt} bereikt", Limiet);
        Assert.False(post.IsCompleted, "De import was al beantwoord voordat SIGTERM kwam.");

        var stop = _ingestion.Stoppen(Limiet);
        using var antwoord = await post;
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var json = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal(0, await stop);
        Assert.Contains("Afsluiten: niet meer gereed", _ingestion.Uitvoer);

        _ingestion = await StartIngestion();
        using var kanaal = GrpcChannel.ForAddress(_ingestion.Adres, new GrpcChannelOptions { MaxReceiveMessageSize = null });
        var tellingen = await new IngestionService.IngestionServiceClient(kanaal).ListTellingenAsync(new ListTellingenRequest());
        Assert.Equal(o.Rijen, tellingen.Tellingen.Count(t => t.BatchId == (string)json["batchId"]!));
    }

    [Fact]
    public async Task Sigterm_MetVertraging_EerstNietGereedDanPasStoppen()
    {
        await _ingestion.DisposeAsync();
        _ingestion = await StartIngestion(new() { ["Regiemonitor__Afsluiten__Vertraging"] = "00:00:03" });

        var stop = _ingestion.Stoppen(Limiet);
        await _ingestion.WachtOpRegel("Afsluiten: niet meer gereed", Limiet);
        // Still serving during the delay, but no longer ready: Kubernetes takes it out of its Service first.
        using var kanaal = GrpcChannel.ForAddress(_ingestion.Adres);
        var gezondheid = await new global::Grpc.Health.V1.Health.HealthClient(kanaal).CheckAsync(new global::Grpc.Health.V1.HealthCheckRequest());
        Assert.Equal(global::Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.NotServing, gezondheid.Status);
        using var healthz = await _i.Http.GetAsync(new Uri(_ingestion.Adres, "/healthz"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthz.StatusCode);
        Assert.Equal(0, await stop);
    }

    private Task<Dienstproces> StartIngestion(Dictionary<string, string>? extra = null) =>
        _i.Start(new Dictionary<string, string>(extra ?? new Dictionary<string, string>())
        {
            ["Regiemonitor__Events__Abonnees__realisatie-geimporteerd__0"] = o.Abonnee.Url("realisatie-geimporteerd"),
            // Within the request, not as a background job: the request itself is what must be drained.
            ["Regiemonitor__AsyncImportBytes"] = $"{long.MaxValue}",
        });
}
