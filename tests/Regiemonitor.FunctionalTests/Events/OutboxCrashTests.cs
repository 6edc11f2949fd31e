using System.Net;
using System.Text.Json.Nodes;
using Grpc.Net.Client;
using Regiemonitor.Contracts.Ingestion.V1;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Events;

/// <summary>
/// Crash safety of "an event if and only if its batch is stored": the real ingestion process
/// gets a large import and is killed with SIGKILL at several points (while the batch is being
/// stored, after it is stored but before its event is delivered, and while the event is being
/// delivered), then started again on the same data. The batch is then complete or absent, never
/// partial, and its event was acknowledged by the subscriber exactly once if it is there, never
/// if it is not. Each kill point is found from what the process says or the subscriber sees,
/// never from a sleep.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class OutboxCrashTests(CrashOpstelling o) : IClassFixture<CrashOpstelling>, IAsyncLifetime
{
    private const string Topic = "realisatie-geimporteerd";
    private const string OpStart = "Outbox nagelopen bij start:";
    private static readonly TimeSpan Limiet = TimeSpan.FromMinutes(2);

    private readonly CrashIngestion _i = new(o, "crash-ingestion");
    private Dienstproces _ingestion = null!;
    private int _eerderAangenomen;

    public async Task InitializeAsync()
    {
        o.Abonnee.Stand = Testabonnee.Modus.Aannemen;
        _eerderAangenomen = o.Abonnee.Aangenomen.Count;
        _ingestion = await StartIngestion();
    }

    public async Task DisposeAsync()
    {
        o.Abonnee.Stand = Testabonnee.Modus.Aannemen;
        await _i.DisposeAsync();
    }

    [Fact]
    public async Task Import_KillTijdensOpslaan_BatchAfwezigEnGeenEvent()
    {
        await _ingestion.DisposeAsync();
        _ingestion = await StartIngestion(OpStart, new() { ["Regiemonitor__Testpunten__TellingenHalverwege"] = "wachten" });
        var post = _i.ImporteerRealisatie();
        // Written inside the import's transaction, after the batch row; the import then holds
        // halfway through its ~200,000 counts: the process dies in the middle of storing the batch.
        var regel = await _ingestion.WachtOpRegel($"Gebeurtenis {Topic}:", Limiet);
        await _ingestion.WachtOpRegel("Testpunt TellingenHalverwege bereikt", Limiet);
        await _ingestion.Doden();
        Assert.False(post.IsCompletedSuccessfully, "De import was al beantwoord voordat het proces werd gedood.");
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => post);
        var batchId = BatchUit(regel);

        _ingestion = await StartIngestion(OpStart + " 0 gebeurtenis(sen) afgeleverd, 0 nog open.");

        Assert.Equal(0, await TellingenVan(batchId));
        Assert.Equal((0L, 0L, 0L), Opslag(batchId));
        Assert.Empty(NieuwAangenomen());

        // Nothing half-stored stands in the way: the same file is accepted now, whole, and announced once.
        using var antwoord = await _i.ImporteerRealisatie();
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var nieuw = (string)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["batchId"]!;
        await o.Abonnee.WachtOp(_eerderAangenomen + 1);
        Assert.Equal(o.Rijen, await TellingenVan(nieuw));
        Assert.Equal([$"{Topic}:{nieuw}"], NieuwAangenomen().Select(e => e.Id));
    }

    [Fact]
    public async Task Import_KillNaOpslaanVoorAflevering_BatchVolledigEnEventEenmaal()
    {
        o.Abonnee.Stand = Testabonnee.Modus.Weigeren;
        using var antwoord = await _i.ImporteerRealisatie();
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var batchId = (string)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["batchId"]!;
        // Stored and committed; the subscriber refused the event, so it is still in the outbox.
        await _ingestion.WachtOpRegel($"Gebeurtenis {Topic}:{batchId} op {Topic} niet afgeleverd (poging 1)", Limiet);
        await _ingestion.Doden();

        o.Abonnee.Stand = Testabonnee.Modus.Aannemen;
        _ingestion = await StartIngestion(OpStart + " 1 gebeurtenis(sen) afgeleverd, 0 nog open.");

        Assert.Equal(o.Rijen, await TellingenVan(batchId));
        Assert.Equal((1L, (long)o.Rijen, 1L), Opslag(batchId));
        var e = Assert.Single(NieuwAangenomen());
        Assert.Equal($"{Topic}:{batchId}", e.Id);
        Assert.Equal(o.Rijen, (int?)e.Data["rijen"]);
    }

    [Fact]
    public async Task Import_KillTijdensAflevering_BatchVolledigEnEventEenmaalAangenomen()
    {
        o.Abonnee.Stand = Testabonnee.Modus.Vasthouden;
        var pogingen = o.Abonnee.Pogingen;
        using var antwoord = await _i.ImporteerRealisatie();
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var batchId = (string)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["batchId"]!;
        // The event is on its way to the subscriber, which has not acknowledged it yet.
        await o.Abonnee.Vastgehouden.WaitAsync(Limiet);
        await _ingestion.Doden();

        o.Abonnee.Stand = Testabonnee.Modus.Aannemen;
        _ingestion = await StartIngestion(OpStart + " 1 gebeurtenis(sen) afgeleverd, 0 nog open.");

        Assert.Equal(o.Rijen, await TellingenVan(batchId));
        Assert.Equal((1L, (long)o.Rijen, 1L), Opslag(batchId));
        // Delivered twice (at least once), acknowledged once, with the same id both times.
        Assert.Equal(pogingen + 2, o.Abonnee.Pogingen);
        Assert.Equal([$"{Topic}:{batchId}"], NieuwAangenomen().Select(e => e.Id));
    }

    private Task<Dienstproces> StartIngestion(string gereed = OpStart, Dictionary<string, string>? extra = null) =>
        _i.Start(new Dictionary<string, string>(extra ?? [])
        {
            [$"Regiemonitor__Events__Abonnees__{Topic}__0"] = o.Abonnee.Url(Topic),
            // The large file (~8.6 MB) is imported within the request here; VerwerkingCrashTests kill a background import.
            ["Regiemonitor__AsyncImportBytes"] = $"{long.MaxValue}",
        }, gereed);

    private List<OntvangenEvent> NieuwAangenomen() => [.. o.Abonnee.Aangenomen.Skip(_eerderAangenomen)];

    private static string BatchUit(string regel)
    {
        var begin = regel.IndexOf($"{Topic}:", StringComparison.Ordinal) + Topic.Length + 1;
        return regel[begin..regel.IndexOf(' ', begin)];
    }

    /// <summary>The counts in force from <paramref name="batchId"/>, as the calculation service would get them.</summary>
    private async Task<int> TellingenVan(string batchId)
    {
        using var kanaal = GrpcChannel.ForAddress(_ingestion.Adres, new GrpcChannelOptions { MaxReceiveMessageSize = null });
        var antwoord = await new IngestionService.IngestionServiceClient(kanaal).ListTellingenAsync(new ListTellingenRequest());
        return antwoord.Tellingen.Count(t => t.BatchId == batchId);
    }

    /// <summary>From the database itself: batch rows, count rows and outbox rows (delivered ones) of <paramref name="batchId"/>.</summary>
    private (long Batches, long Tellingen, long Afgeleverd) Opslag(string batchId)
    {
        // On the SQLite file or, on the PostgreSQL run, the service's database; the id is the service's own (no quotes).
        Assert.DoesNotContain('\'', batchId);
        long Getal(string sql) => Assert.Single(Infrastructuur.Opslag.Getallen(_i.DataMap, "ingestion.db", "Ingestion", sql.Replace("@b", $"'{batchId}'", StringComparison.Ordinal)));
        Assert.Equal(0, Getal("SELECT COUNT(*) FROM telling WHERE batch NOT IN (SELECT volgnummer FROM realisatie_batch)"));
        Assert.Equal(Getal("SELECT COUNT(*) FROM realisatie_batch"), Getal("SELECT COUNT(*) FROM outbox"));
        return (Getal("SELECT COUNT(*) FROM realisatie_batch WHERE id = @b"), Getal("SELECT COUNT(*) FROM telling WHERE batch IN (SELECT volgnummer FROM realisatie_batch WHERE id = @b)"),
            Getal("SELECT COUNT(*) FROM outbox WHERE id = 'realisatie-geimporteerd:' || @b AND afgeleverd_op IS NOT NULL"));
    }
}
