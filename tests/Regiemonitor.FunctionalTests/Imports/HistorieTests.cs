using System.Net;
using System.Text.Json.Nodes;
using Grpc.Core;
using Grpc.Net.Client;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Contracts.Ingestion.V1;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Imports;

/// <summary>
/// A corrected COA file supersedes the earlier delivery for its peildatum; the batches, the
/// history of a number and a dashboard as known before the correction show how it got there.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class HistorieTests(HistorieStapel historie) : IClassFixture<HistorieStapel>, IDisposable
{
    private const string Peildatum = "2024-09-01";
    private const string Beheerder = "beheerder (admin-sleutel)";
    private readonly GrpcChannel _registry = GrpcChannel.ForAddress(historie.Stapel.Service(1));
    private readonly GrpcChannel _ingestion = GrpcChannel.ForAddress(historie.Stapel.Service(2));
    private readonly GrpcChannel _calculation = GrpcChannel.ForAddress(historie.Stapel.Service(3));

    private string CorrectieBatch => (string)JsonNode.Parse(historie.CorrectieAntwoord)!["batchId"]!;

    [Fact]
    public void Import_Correctie_AntwoordtWatZeVervangtEnWelkeAantallenWijzigen()
    {
        var antwoord = JsonNode.Parse(historie.CorrectieAntwoord)!;

        Assert.NotEqual(historie.EersteBatch, CorrectieBatch);
        Assert.Equal(3, (int)antwoord["rijen"]!);
        Assert.True((bool)antwoord["nieuw"]!);
        Assert.Equal($$"""[{"bron":"COA","peildatum":"2024-09-01","batchId":"{{historie.EersteBatch}}"}]""", antwoord["vervangt"]!.ToJsonString());
        // Emmen's unchanged 200 is no wijziging; Assen's tgo, absent from the correction, stops counting.
        Assert.Equal("""
            [{"bron":"COA","categorie":"asiel","onderdeel":"regulier","gebiedcode":"GM0106","peildatum":"2024-09-01","oud":400,"nieuw":480},{"bron":"COA","categorie":"asiel","onderdeel":"tgo","gebiedcode":"GM0106","peildatum":"2024-09-01","oud":50,"nieuw":null}]
            """, antwoord["wijzigingen"]!.ToJsonString());
    }

    [Fact]
    public async Task Dashboard_ZonderKennisstand_ToontDeGecorrigeerdeAantallen()
    {
        var assen = await Dashboard("GM0106", "");

        Assert.Equal("""{"opgave":800,"regulier":480,"noodopvang":100,"tgo":0,"realisatie":580,"delta":220}""", Asiel(assen));
        Assert.False(assen.AsObject().ContainsKey("kennisstand"));
        Assert.Equal(780, (long)Asiel(await Dashboard("PV22", ""), "realisatie"));
    }

    [Fact]
    public async Task Dashboard_KennisstandTussenDeImports_ToontDeAantallenVanVoorDeCorrectie()
    {
        var kennisstand = "&kennisstand=" + Uri.EscapeDataString(historie.TussenDeImports);
        var assen = await Dashboard("GM0106", kennisstand);

        Assert.Equal("""{"opgave":800,"regulier":400,"noodopvang":100,"tgo":50,"realisatie":550,"delta":250}""", Asiel(assen));
        Assert.Equal(historie.TussenDeImports, (string?)assen["kennisstand"]);
        Assert.Equal(1200, (long)assen["kaarten"]![0]!["realisatie"]!);
        Assert.Equal(750, (long)Asiel(await Dashboard("PV22", kennisstand), "realisatie"));
    }

    [Fact]
    public async Task Dashboard_KennisstandDatumVoorAlleImports_ToontGeenOpgaveEnGeenRealisatie()
    {
        var assen = await Dashboard("GM0106", "&kennisstand=2000-01-01");

        // A date means the end of that day in Amsterdam (CET in winter: 23:00 UTC the same day).
        Assert.Equal("2000-01-01T22:59:59.9999999Z", (string?)assen["kennisstand"]);
        var kaart = assen["kaarten"]!.AsArray().Single(k => (string?)k!["categorie"] == "asiel")!;
        Assert.Null(kaart["eindpunt"]);
        Assert.Null(kaart["realisatie"]);
    }

    [Fact]
    public async Task ExportEnPagina_MetKennisstand_TonenDeAantallenVanToen()
    {
        var vraag = $"?peildatum={Peildatum}&kennisstand={Uri.EscapeDataString(historie.TussenDeImports)}";

        var csv = await historie.Stapel.Admin.GetStringAsync("/dashboards/GM0106/export.csv" + vraag);
        Assert.Contains("550", csv);
        Assert.DoesNotContain("580", csv);
        using var pagina = await historie.Stapel.Admin.GetAsync("/dashboards/GM0106" + vraag);
        var html = await pagina.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
        Assert.Contains("""<dt>Huidige realisatie</dt><dd class="rm-getal">550</dd>""", html);
        Assert.DoesNotContain("""<dt>Huidige realisatie</dt><dd class="rm-getal">580</dd>""", html);
        // The page says it shows a past stand, and its links and date form stay on that stand.
        Assert.Contains("Cijfers zoals ze bekend waren op", html);
        var escaped = Uri.EscapeDataString(historie.TussenDeImports);
        Assert.Contains($"/dashboards/GM0106/export.pdf?peildatum={Peildatum}&amp;realisatieTot={Peildatum}&amp;kennisstand={escaped}", html);
        Assert.Contains($"""<input type="hidden" name="kennisstand" value="{historie.TussenDeImports}">""", html);
    }

    [Fact]
    public async Task Batches_NaCorrectie_TonenBeideMetHerkomstEnVervanging()
    {
        var batches = JsonNode.Parse(await historie.Stapel.Admin.GetStringAsync("/api/v1/imports/realisatie/batches"))!["batches"]!.AsArray();

        Assert.Equal([CorrectieBatch, historie.EersteBatch], batches.Select(b => (string?)b!["id"]));
        var (correctie, eerste) = (batches[0]!, batches[1]!);
        Assert.Equal(HistorieStapel.Door, (string?)correctie["door"]);
        Assert.Equal(HistorieStapel.Reden, (string?)correctie["reden"]);
        Assert.Equal($$"""[{"bron":"COA","peildatum":"2024-09-01","batchId":"{{historie.EersteBatch}}"}]""", correctie["vervangt"]!.ToJsonString());
        Assert.Equal("[]", correctie["vervangenDoor"]!.ToJsonString());
        Assert.Equal(3, (int)correctie["rijen"]!);

        Assert.Equal(Beheerder, (string?)eerste["door"]);
        Assert.Null(eerste["reden"]);
        Assert.Equal("[]", eerste["vervangt"]!.ToJsonString());
        Assert.Equal($$"""[{"bron":"COA","peildatum":"2024-09-01","batchId":"{{CorrectieBatch}}"}]""", eerste["vervangenDoor"]!.ToJsonString());
        Assert.Equal("""[{"bron":"KCIO","peildata":["2024-09-01"]},{"bron":"COA","peildata":["2024-09-01"]}]""", eerste["bronnen"]!.ToJsonString());
        Assert.Equal(historie.TussenDeImports, (string?)eerste["geimporteerdOp"]);
        Assert.Matches("^[0-9a-f]{64}$", (string?)eerste["inhoudHash"]);
        Assert.True(DateTimeOffset.Parse((string)correctie["geimporteerdOp"]!, System.Globalization.CultureInfo.InvariantCulture)
            > DateTimeOffset.Parse(historie.TussenDeImports, System.Globalization.CultureInfo.InvariantCulture));

        var kcio = JsonNode.Parse(await historie.Stapel.Admin.GetStringAsync("/api/v1/imports/realisatie/batches?bron=KCIO"))!["batches"]!.AsArray();
        Assert.Equal([historie.EersteBatch], kcio.Select(b => (string?)b!["id"]));
    }

    [Fact]
    public async Task Batch_MetRijen_ZegtPerRijOfZeNogGeldt()
    {
        var eerste = JsonNode.Parse(await historie.Stapel.Admin.GetStringAsync($"/api/v1/imports/realisatie/batches/{historie.EersteBatch}"))!;

        Assert.Equal(historie.EersteBatch, (string?)eerste["id"]);
        var rijen = eerste["tellingen"]!.AsArray();
        Assert.Equal([2, 3, 4, 5, 6], rijen.Select(r => (int)r!["regel"]!));
        // The COA rows were superseded by the correction; the KCIO row was not.
        Assert.Equal([false, false, false, false, true], rijen.Select(r => (bool)r!["geldend"]!));
        var kcio = rijen[4]!;
        Assert.Equal(("KCIO", "oekraine", null, "GM0106", Peildatum, 1200L),
            ((string?)kcio["bron"], (string?)kcio["categorie"], (string?)kcio["onderdeel"], (string?)kcio["gebiedcode"], (string?)kcio["peildatum"], (long)kcio["aantal"]!));

        var correctie = JsonNode.Parse(await historie.Stapel.Admin.GetStringAsync($"/api/v1/imports/realisatie/batches/{CorrectieBatch}"))!;
        Assert.All(correctie["tellingen"]!.AsArray(), r => Assert.True((bool)r!["geldend"]!));
    }

    [Fact]
    public async Task Historie_Gemeente_ToontOudEnNieuwMetHerkomstEnOfHetGeldt()
    {
        var antwoord = JsonNode.Parse(await historie.Stapel.Admin.GetStringAsync("/api/v1/realisatie/GM0106/historie?categorie=asiel"))!;

        Assert.Equal("""{"code":"GM0106","naam":"Assen","niveau":"gemeente"}""", antwoord["gebied"]!.ToJsonString());
        var regels = antwoord["tellingen"]!.AsArray().Select(r => (
            (string?)r!["onderdeel"], (long)r["aantal"]!, (string?)r["batchId"], (string?)r["door"], (string?)r["reden"], (bool)r["geldend"]!)).ToList();
        List<(string?, long, string?, string?, string?, bool)> verwacht =
        [
            ("noodopvang", 100, historie.EersteBatch, Beheerder, null, false),
            ("regulier", 400, historie.EersteBatch, Beheerder, null, false),
            ("tgo", 50, historie.EersteBatch, Beheerder, null, false),
            ("noodopvang", 100, CorrectieBatch, HistorieStapel.Door, HistorieStapel.Reden, true),
            ("regulier", 480, CorrectieBatch, HistorieStapel.Door, HistorieStapel.Reden, true),
        ];
        Assert.Equal(verwacht, regels);
        Assert.All(antwoord["tellingen"]!.AsArray(), r => Assert.Equal(Peildatum, (string?)r!["peildatum"]));
        Assert.Equal(historie.TussenDeImports, (string?)antwoord["tellingen"]![0]!["geimporteerdOp"]);
    }

    [Fact]
    public async Task Historie_Provincie_BevatDeGemeentenEronder()
    {
        var tellingen = JsonNode.Parse(await historie.Stapel.Admin.GetStringAsync("/api/v1/realisatie/PV22/historie?bron=COA"))!["tellingen"]!.AsArray();

        Assert.Equal(7, tellingen.Count);
        Assert.Equal(["GM0106", "GM0114"], tellingen.Select(t => (string?)t!["gebiedcode"]).Distinct().Order());
        Assert.All(tellingen, t => Assert.Equal("COA", (string?)t!["bron"]));
        var emmen = tellingen.Where(t => (string?)t!["gebiedcode"] == "GM0114").Select(t => ((long)t!["aantal"]!, (bool)t["geldend"]!));
        Assert.Equal([(200L, false), (200L, true)], emmen);
    }

    [Theory]
    [InlineData("/api/v1/realisatie/GM9999/historie", HttpStatusCode.NotFound, "GM9999")]
    [InlineData("/api/v1/realisatie/GM0106/historie?categorie=fietsen", HttpStatusCode.BadRequest, "fietsen")]
    [InlineData("/api/v1/realisatie/GM0106/historie?bron=CBS", HttpStatusCode.BadRequest, "CBS")]
    [InlineData("/api/v1/imports/realisatie/batches?bron=CBS", HttpStatusCode.BadRequest, "CBS")]
    [InlineData("/api/v1/imports/realisatie/batches/realisatie-onbekend", HttpStatusCode.NotFound, "realisatie-onbekend")]
    [InlineData("/api/v1/dashboards/GM0106?kennisstand=gisteren", HttpStatusCode.BadRequest, "kennisstand 'gisteren'")]
    [InlineData("/api/v1/dashboards/GM0106?kennisstand=2024-09-02T10:00:00", HttpStatusCode.BadRequest, "kennisstand")]
    public async Task OngeldigVerzoek_GeeftProblemJsonDatHetNoemt(string pad, HttpStatusCode status, string genoemd)
    {
        using var antwoord = await historie.Stapel.Admin.GetAsync(pad);

        Assert.Equal(status, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Contains(genoemd, (string?)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["detail"]);
    }

    [Theory]
    [InlineData("/api/v1/imports/realisatie/batches")]
    [InlineData("/api/v1/realisatie/GM0106/historie")]
    public async Task Historie_ZonderAdminSleutel_Geweigerd(string pad)
    {
        using var antwoord = await historie.Stapel.Http.GetAsync(pad);

        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
    }

    [Fact]
    public async Task GetDashboard_Kennisstand_GeeftVersiesEnBatchesVanToen()
    {
        var client = new CalculationService.CalculationServiceClient(_calculation);

        var nu = await client.GetDashboardAsync(new GetDashboardRequest { Gebiedcode = "GM0106", Peildatum = Peildatum });
        Assert.Equal(("realisatie-2", "opgaven-1", ""), (nu.RealisatieVersie, nu.OpgaveVersie, nu.Kennisstand));
        Assert.Equal([CorrectieBatch], Bron(nu.Kaarten, "asiel", "COA").BatchIds);
        Assert.Equal([historie.EersteBatch], Bron(nu.Kaarten, "oekraine", "KCIO").BatchIds);

        var toen = await client.GetDashboardAsync(new GetDashboardRequest { Gebiedcode = "GM0106", Peildatum = Peildatum, Kennisstand = historie.TussenDeImports });
        Assert.Equal(("realisatie-1", "opgaven-1", historie.TussenDeImports), (toen.RealisatieVersie, toen.OpgaveVersie, toen.Kennisstand));
        Assert.Equal([historie.EersteBatch], Bron(toen.Kaarten, "asiel", "COA").BatchIds);
        Assert.Equal(550, toen.Kaarten.Single(k => k.Categorie == "asiel").Realisatie);

        // The versions a past dashboard names reproduce it (how an edition freezes its data).
        var editie = await client.GetDashboardAsync(new GetDashboardRequest
        {
            Gebiedcode = "GM0106", Peildatum = Peildatum, RealisatieVersie = toen.RealisatieVersie, OpgaveVersie = toen.OpgaveVersie,
        });
        Assert.Equal(toen.Kaarten, editie.Kaarten);

        // Table rows name their batches too: Drenthe's row for Emmen counts the correction's COA row.
        var drenthe = await client.GetDashboardAsync(new GetDashboardRequest { Gebiedcode = "PV22", Peildatum = Peildatum });
        Assert.Equal([CorrectieBatch], Bron(drenthe.Rijen.Single(r => r.Gebied.Code == "GM0114").Kaarten, "asiel", "COA").BatchIds);
    }

    [Fact]
    public async Task ListTellingen_KennisstandOfTotVersie_GeeftDeStandVanToen()
    {
        var client = new IngestionService.IngestionServiceClient(_ingestion);

        var nu = await client.ListTellingenAsync(new ListTellingenRequest());
        Assert.Equal("realisatie-2", nu.DataVersie);
        Assert.Equal(4, nu.Tellingen.Count);
        var toen = await client.ListTellingenAsync(new ListTellingenRequest { Kennisstand = historie.TussenDeImports });
        Assert.Equal("realisatie-1", toen.DataVersie);
        Assert.Equal(5, toen.Tellingen.Count);
        Assert.All(toen.Tellingen, t => Assert.Equal(historie.EersteBatch, t.BatchId));
        Assert.Equal(toen.Tellingen, (await client.ListTellingenAsync(new ListTellingenRequest { TotVersie = "realisatie-1" })).Tellingen);
        Assert.True((await client.ListTellingenAsync(new ListTellingenRequest { Kennisstand = historie.TussenDeImports, BekendeVersie = "realisatie-1" })).Ongewijzigd);

        foreach (var ongeldig in new[] { new ListTellingenRequest { TotVersie = "realisatie-9" }, new ListTellingenRequest { Kennisstand = "gisteren" } })
            Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(async () => await client.ListTellingenAsync(ongeldig))).StatusCode);
    }

    [Fact]
    public async Task ListOpgaven_Kennisstand_GeeftDeOpgavenVanToen()
    {
        var client = new OpgaveRegistryService.OpgaveRegistryServiceClient(_registry);

        var voorAlles = await client.ListOpgavenAsync(new ListOpgavenRequest { Kennisstand = "2000-01-01T00:00:00Z" });
        Assert.Equal(("opgaven-0", 0), (voorAlles.DataVersie, voorAlles.Opgaven.Count));
        var toen = await client.ListOpgavenAsync(new ListOpgavenRequest { Kennisstand = historie.TussenDeImports });
        Assert.Equal(("opgaven-1", 2), (toen.DataVersie, toen.Opgaven.Count));
    }

    private static BronStand Bron(IEnumerable<Kaart> kaarten, string categorie, string bron) =>
        kaarten.Single(k => k.Categorie == categorie).Bronnen.Single(b => b.Bron == bron);

    private async Task<JsonNode> Dashboard(string gebiedcode, string extra)
    {
        using var antwoord = await historie.Stapel.Admin.GetAsync($"/api/v1/dashboards/{gebiedcode}?peildatum={Peildatum}{extra}");
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return JsonNode.Parse(tekst)!;
    }

    private static string Asiel(JsonNode dashboard) => dashboard["tabel"]!["totaal"]!["asiel"]!.ToJsonString();

    private static JsonNode Asiel(JsonNode dashboard, string veld) => dashboard["tabel"]!["totaal"]!["asiel"]![veld]!;

    public void Dispose()
    {
        _registry.Dispose();
        _ingestion.Dispose();
        _calculation.Dispose();
    }
}
