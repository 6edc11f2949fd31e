using System.Net;
using System.Text.Json.Nodes;
using Grpc.Net.Client;
using Regiemonitor.Contracts.Ingestion.V1;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Imports;

/// <summary>A stack of its own, so the deliveries here are all there is to count.</summary>
public sealed class GelijktijdigeImportStapel : IAsyncLifetime
{
    public Stapel Stapel { get; private set; } = null!;

    public async Task InitializeAsync() => Stapel = await Stapel.Start();

    public async Task DisposeAsync() => await Stapel.DisposeAsync();
}

/// <summary>
/// Imports that arrive at the same moment through the gateway: independent deliveries all land
/// and all count (no lost update), and the same file sent several times at once is stored once.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class GelijktijdigeImportTests(GelijktijdigeImportStapel s) : IClassFixture<GelijktijdigeImportStapel>, IDisposable
{
    private const string Pad = "/api/v1/imports/realisatie";
    private const string Kop = "bron,categorie,onderdeel,gebiedcode,peildatum,aantal\n";
    private readonly GrpcChannel _ingestion = GrpcChannel.ForAddress(s.Stapel.Service(2));

    /// <summary>Each bron with a category it delivers (and its onderdeel).</summary>
    private static readonly (string Bron, string Categorie, string Onderdeel)[] Bronnen =
        [("KCIO", "oekraine", ""), ("COA", "asiel", "regulier"), ("TVS", "huisvesting", ""), ("Nidos", "nidos", "")];

    private static readonly string[] Peildata = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"];

    private sealed record Levering(string Bron, string Categorie, string Onderdeel, string Peildatum, long Assen, long Emmen)
    {
        public string Csv => Kop
            + $"{Bron},{Categorie},{Onderdeel},GM0106,{Peildatum},{Assen}\n"
            + $"{Bron},{Categorie},{Onderdeel},GM0114,{Peildatum},{Emmen}\n";
    }

    [Fact]
    public async Task Import_TwintigLeveringenTegelijk_LandenAllemaalEnTellenAllemaal()
    {
        var leveringen = Bronnen.SelectMany(b => Peildata.Select(p => (b, p)))
            .Select((x, i) => new Levering(x.b.Bron, x.b.Categorie, x.b.Onderdeel, x.p, 1000 + i, 2000 + i))
            .ToList();
        Assert.Equal(20, leveringen.Count);

        var antwoorden = await Task.WhenAll(leveringen.Select(async l =>
        {
            using var antwoord = await s.Stapel.PostCsv(Pad, l.Csv);
            return (l, antwoord.StatusCode, Body: JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!);
        }));

        Assert.All(antwoorden, a => Assert.True(a.StatusCode == HttpStatusCode.Created, $"{a.l.Bron} {a.l.Peildatum}: {a.StatusCode} {a.Body}"));
        var batchIds = antwoorden.ToDictionary(a => a.l, a => (string)a.Body["batchId"]!);
        Assert.Equal(20, batchIds.Values.Distinct().Count());
        var gelijst = JsonNode.Parse(await s.Stapel.Admin.GetStringAsync("/api/v1/imports/realisatie/batches"))!["batches"]!
            .AsArray().Select(b => (string)b!["id"]!).ToHashSet();
        Assert.Superset(batchIds.Values.ToHashSet(), gelijst);

        // Every delivery in force, each count from its own batch: none was lost or overwritten by another.
        var geldend = (await new IngestionService.IngestionServiceClient(_ingestion).ListTellingenAsync(new ListTellingenRequest()))
            .Tellingen.Where(t => Peildata.Contains(t.Peildatum))
            .Select(t => (t.Bron, t.Categorie, t.Onderdeel, t.Gebiedcode, t.Peildatum, t.Aantal, t.BatchId))
            .ToHashSet();
        var verwacht = leveringen.SelectMany(l => new[]
        {
            (l.Bron, l.Categorie, l.Onderdeel, "GM0106", l.Peildatum, l.Assen, batchIds[l]),
            (l.Bron, l.Categorie, l.Onderdeel, "GM0114", l.Peildatum, l.Emmen, batchIds[l]),
        }).ToHashSet();
        Assert.Equal(verwacht, geldend);
    }

    [Fact]
    public async Task Import_ZelfdeBestandVijfKeerTegelijk_EenBatch()
    {
        var csv = new Levering("TVS", "huisvesting", "", "2024-08-01", 31, 47).Csv;

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var antwoord = await s.Stapel.PostCsv(Pad, csv);
            return (antwoord.StatusCode, Body: JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!);
        }));

        Assert.Single(antwoorden, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Equal(4, antwoorden.Count(a => a.StatusCode == HttpStatusCode.OK));
        var batchId = Assert.Single(antwoorden.Select(a => (string?)a.Body["batchId"]).Distinct());
        var metPeildatum = JsonNode.Parse(await s.Stapel.Admin.GetStringAsync("/api/v1/imports/realisatie/batches?bron=TVS"))!["batches"]!
            .AsArray().Where(b => b!["bronnen"]!.ToJsonString().Contains("2024-08-01", StringComparison.Ordinal)).ToList();
        Assert.Equal(batchId, (string?)Assert.Single(metPeildatum)!["id"]);
    }

    public void Dispose() => _ingestion.Dispose();
}
