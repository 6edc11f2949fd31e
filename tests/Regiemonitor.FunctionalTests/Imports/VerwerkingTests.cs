using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Events;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Imports;

/// <summary>
/// A stack whose threshold for background imports is a few hundred bytes, so an ordinary test
/// file counts as large. Each test delivers its own peildatum, so they do not supersede each other.
/// </summary>
public sealed class VerwerkingStapel : IAsyncLifetime
{
    public const int Drempel = 300;

    public Stapel Stapel { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Stapel = await Stapel.Start(new Dictionary<string, string> { ["Regiemonitor__AsyncImportBytes"] = $"{Drempel}" });

    public async Task DisposeAsync() => await Stapel.DisposeAsync();
}

/// <summary>
/// A realisatie file above <c>Regiemonitor:AsyncImportBytes</c> is answered at once with 202 and a
/// status URL, imported in the background, and ends <c>geaccepteerd</c> with what the 201 would
/// have said, or <c>afgewezen</c> with the errors the 400 would have listed.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class VerwerkingTests(VerwerkingStapel s) : IClassFixture<VerwerkingStapel>
{
    private const string Pad = "/api/v1/imports/realisatie";
    private const string Verwerkingen = "/api/v1/imports/realisatie/verwerkingen/";

    private static readonly string[] Gemeenten =
        ["GM0106", "GM0109", "GM0114", "GM0118", "GM0119", "GM1680", "GM1681", "GM1690", "GM1699", "GM1701", "GM1730", "GM1731"];

    /// <summary>KCIO counts for every Drenthe gemeente: well above the threshold.</summary>
    private static string Groot(string peildatum, int basis = 100) =>
        "bron,categorie,onderdeel,gebiedcode,peildatum,aantal\n"
        + string.Concat(Gemeenten.Select((g, i) => $"KCIO,oekraine,,{g},{peildatum},{basis + i}\n"));

    [Fact]
    public async Task Import_GrootBestand_Antwoordt202EnWordtGeaccepteerdMetDeBatch()
    {
        var inhoud = Groot("2024-03-01");
        Assert.True(Encoding.UTF8.GetByteCount(inhoud) > VerwerkingStapel.Drempel);

        using var antwoord = await s.Stapel.PostCsv($"{Pad}?door=K.%20de%20Vries&reden=Maandlevering", inhoud);
        var body = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Accepted, antwoord.StatusCode);
        var id = (string)body["verwerkingId"]!;
        Assert.Equal(Verwerkingen + id, antwoord.Headers.Location?.OriginalString);
        Assert.Equal(Verwerkingen + id, (string?)body["statusUrl"]);
        Assert.Equal("verwerken", (string?)body["status"]);

        var stand = await Afgerond(id);
        Assert.Equal("geaccepteerd", (string?)stand["status"]);
        Assert.Equal("K. de Vries", (string?)stand["door"]);
        Assert.Equal("Maandlevering", (string?)stand["reden"]);
        Assert.Equal(Gemeenten.Length, (int)stand["rijen"]!);
        Assert.True((bool)stand["nieuw"]!);
        Assert.Equal("[]", stand["vervangt"]!.ToJsonString());
        Assert.Equal("[]", stand["wijzigingen"]!.ToJsonString());
        var batch = (await Batches()).Single(b => (string?)b["id"] == (string?)stand["batchId"]);
        Assert.Equal("K. de Vries", (string?)batch["door"]);
        Assert.Equal("""[{"bron":"KCIO","peildata":["2024-03-01"]}]""", batch["bronnen"]!.ToJsonString());
        Assert.Empty(Bewaard());
    }

    [Fact]
    public async Task Import_GrootBestandNogmaals_GeaccepteerdZonderNieuweBatch()
    {
        var inhoud = Groot("2024-04-01");
        var eerste = await Afgerond(await Neem(inhoud));
        var aantal = (await Batches()).Count;

        var tweede = await Afgerond(await Neem(inhoud));

        Assert.Equal("geaccepteerd", (string?)tweede["status"]);
        Assert.False((bool)tweede["nieuw"]!);
        Assert.Equal((string?)eerste["batchId"], (string?)tweede["batchId"]);
        Assert.Equal(aantal, (await Batches()).Count);
    }

    [Fact]
    public async Task Import_GrootCorrectiebestand_GeaccepteerdMetWatHetVervangtEnWijzigt()
    {
        var eerste = await Afgerond(await Neem(Groot("2024-08-01")));

        var correctie = await Afgerond(await Neem(Groot("2024-08-01", basis: 200)));

        Assert.Equal("geaccepteerd", (string?)correctie["status"]);
        Assert.True((bool)correctie["nieuw"]!);
        Assert.Equal($$"""[{"bron":"KCIO","peildatum":"2024-08-01","batchId":"{{(string?)eerste["batchId"]}}"}]""",
            correctie["vervangt"]!.ToJsonString());
        var wijzigingen = correctie["wijzigingen"]!.AsArray();
        Assert.Equal(Gemeenten.Length, wijzigingen.Count);
        Assert.Equal("""{"bron":"KCIO","categorie":"oekraine","onderdeel":null,"gebiedcode":"GM0106","peildatum":"2024-08-01","oud":100,"nieuw":200}""",
            wijzigingen.Single(w => (string?)w!["gebiedcode"] == "GM0106")!.ToJsonString());
    }

    [Fact]
    public async Task Import_GrootOngeldigBestand_AfgewezenMetDeFoutenEnNietsOpgeslagen()
    {
        var regels = Groot("2024-05-01").Split('\n');
        regels[2] = "KCOI,oekraine,,GM0109,2024-05-01,101";
        regels[4] = "KCIO,oekraine,,GM0118,2024-05-01,veel";
        var aantal = (await Batches()).Count;

        var stand = await Afgerond(await Neem(string.Join('\n', regels)));

        Assert.Equal("afgewezen", (string?)stand["status"]);
        Assert.Null(stand["batchId"]);
        var fouten = stand["errors"]!.AsArray();
        Assert.Equal(new (int, string?)[] { (3, "bron"), (5, "aantal") }, fouten.Select(f => ((int)f!["regel"]!, (string?)f["kolom"])));
        Assert.All(fouten, f => Assert.False(string.IsNullOrWhiteSpace((string?)f!["melding"])));
        Assert.Equal(aantal, (await Batches()).Count);
        Assert.Empty(Bewaard());
    }

    [Fact]
    public async Task Import_KleinBestand_BlijftSynchroon()
    {
        using var antwoord = await s.Stapel.PostCsv(Pad, "bron,categorie,onderdeel,gebiedcode,peildatum,aantal\nTVS,huisvesting,,GM0106,2024-06-01,7\n");

        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        Assert.NotNull((string?)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["batchId"]);
    }

    [Fact]
    public async Task Verwerking_OnbekendId_Antwoordt404()
    {
        using var antwoord = await s.Stapel.Admin.GetAsync(Verwerkingen + "verwerking-onbekend");

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }

    [Fact]
    public async Task Verwerking_ZonderAdminSleutel_Antwoordt401()
    {
        var id = await Neem(Groot("2024-07-01"));

        using var antwoord = await s.Stapel.Http.GetAsync(Verwerkingen + id);

        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
        await Afgerond(id);
    }

    private async Task<string> Neem(string inhoud)
    {
        using var antwoord = await s.Stapel.PostCsv(Pad, inhoud);
        Assert.Equal(HttpStatusCode.Accepted, antwoord.StatusCode);
        return (string)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["verwerkingId"]!;
    }

    /// <summary>
    /// The job's state once the service has logged it done (it logs after recording the outcome and
    /// deleting the kept file), read through the status URL as a client would.
    /// </summary>
    private async Task<JsonNode> Afgerond(string id)
    {
        await s.Stapel.WachtOpUitvoer($"Import {id} verwerkt: ");
        using var antwoord = await s.Stapel.Admin.GetAsync(Verwerkingen + id);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var stand = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal(id, (string?)stand["verwerkingId"]);
        Assert.NotNull((string?)stand["afgerondOp"]);
        return stand;
    }

    private async Task<List<JsonNode>> Batches() =>
        [.. JsonNode.Parse(await s.Stapel.Admin.GetStringAsync("/api/v1/imports/realisatie/batches"))!["batches"]!.AsArray().Select(b => b!)];

    /// <summary>Kept upload files left in the data directory.</summary>
    private string[] Bewaard() => Directory.GetFiles(s.Stapel.DataMap, "verwerking-*", SearchOption.AllDirectories);
}

/// <summary>
/// A background import survives the process: ingestion is killed with SIGKILL while it stores a
/// large file it answered with 202, and after the restart it takes the job up again by itself and
/// finishes it. The kill point is a test point the process announces (the import held inside its
/// transaction), never a sleep; the restarted process has no test point.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class VerwerkingCrashTests(CrashOpstelling o) : IClassFixture<CrashOpstelling>, IAsyncLifetime
{
    private static readonly TimeSpan Limiet = TimeSpan.FromMinutes(2);
    private readonly CrashIngestion _i = new(o, "verwerking");
    private Dienstproces _ingestion = null!;

    public async Task InitializeAsync() => _ingestion = await StartIngestion(new() { ["Regiemonitor__Testpunten__TellingenHalverwege"] = "wachten" });

    public async Task DisposeAsync()
    {
        await _i.DisposeAsync();
    }

    [Fact]
    public async Task Import_KillTijdensVerwerking_NaHerstartGeaccepteerd()
    {
        using var antwoord = await _i.ImporteerRealisatie();
        Assert.Equal(HttpStatusCode.Accepted, antwoord.StatusCode);
        var statusUrl = new Uri(_ingestion.Adres, antwoord.Headers.Location!);
        var id = (string)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["verwerkingId"]!;
        // Held inside the import's transaction, halfway through its ~200,000 counts: the import is under way.
        await _ingestion.WachtOpRegel("Testpunt TellingenHalverwege bereikt", Limiet);
        Assert.Equal("verwerken", (string?)JsonNode.Parse(await _i.Http.GetStringAsync(statusUrl))!["status"]);
        await _ingestion.Doden();

        _ingestion = await StartIngestion(gereed: "1 onafgemaakte importverwerking(en) hervat.");
        await _ingestion.WachtOpRegel($"Import {id} verwerkt: ", Limiet);

        var stand = JsonNode.Parse(await _i.Http.GetStringAsync(statusUrl))!;
        Assert.Equal("geaccepteerd", (string?)stand["status"]);
        Assert.True((bool)stand["nieuw"]!);
        Assert.Equal(o.Rijen, (int)stand["rijen"]!);
        Assert.Empty(Directory.GetFiles(_i.DataMap, "verwerking-*", SearchOption.AllDirectories));
    }

    private Task<Dienstproces> StartIngestion(Dictionary<string, string>? extra = null, string? gereed = null) =>
        _i.Start(new Dictionary<string, string>(extra ?? [])
        {
            ["Regiemonitor__AsyncImportBytes"] = "1000",
        }, gereed);
}
