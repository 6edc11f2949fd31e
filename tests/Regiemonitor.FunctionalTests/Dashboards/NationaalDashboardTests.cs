using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Dashboards;

/// <summary>
/// The national dashboard of 1 September 2024 through the gateway, compared with the published
/// figures in expected.json: every card, every table cell, every total.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class NationaalDashboardTests(NationaleStapel nationaal)
{
    private static readonly string[] Categorieen = ["oekraine", "asiel", "huisvesting", "amv", "nidos"];

    [Fact]
    public void Import_NationaleFixture_WordtAlsNieuweBatchesOpgeslagen()
    {
        Assert.True(nationaal.OpgavenStatus == HttpStatusCode.Created, nationaal.OpgavenAntwoord);
        Assert.True(nationaal.RealisatieStatus == HttpStatusCode.Created, nationaal.RealisatieAntwoord);
        Assert.Equal(60, JsonNode.Parse(nationaal.OpgavenAntwoord)!["rijen"]!.GetValue<int>());
        Assert.Equal(84, JsonNode.Parse(nationaal.RealisatieAntwoord)!["rijen"]!.GetValue<int>());
    }

    [Fact]
    public async Task Dashboard_NationaleFixture_ElkeKaartEnCelKloptMetExpected()
    {
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(NationaleStapel.Bestand("expected.json")))!;
        using var antwoord = await nationaal.Stapel.Admin.GetAsync("/api/v1/dashboards/NL?peildatum=2024-09-01&realisatieTot=2024-09-02");
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        Assert.Equal("application/json", antwoord.Content.Headers.ContentType?.MediaType);
        var dashboard = JsonNode.Parse(tekst)!;

        Assert.Equal("NL", (string?)dashboard["gebied"]!["code"]);
        Assert.Equal("Nederland", (string?)dashboard["gebied"]!["naam"]);
        Assert.Equal("land", (string?)dashboard["gebied"]!["niveau"]);
        Assert.Equal("2024-09-01", (string?)dashboard["peildatum"]);
        Assert.Equal("2024-09-02", (string?)dashboard["realisatieTot"]);

        var kaarten = dashboard["kaarten"]!.AsArray();
        Assert.Equal(Categorieen, kaarten.Select(k => (string?)k!["categorie"]));
        var vergeleken = 0;
        foreach (var kaart in kaarten)
        {
            var categorie = (string)kaart!["categorie"]!;
            foreach (var (veld, waarde) in expected["kaarten"]![categorie]!.AsObject())
            {
                Assert.True(JsonNode.DeepEquals(waarde, kaart[veld]), $"kaart {categorie}.{veld}: verwacht {waarde}, kreeg {kaart[veld]}");
                vergeleken++;
            }
        }
        Assert.Equal(30, vergeleken);

        var rijen = dashboard["tabel"]!["rijen"]!.AsArray();
        var verwachteRijen = expected["tabel"]!.AsObject().Where(p => p.Key != "totaal").ToList();
        Assert.Equal(verwachteRijen.Select(p => p.Key), rijen.Select(r => (string?)r!["gebied"]!["code"]));
        foreach (var (code, verwacht) in verwachteRijen)
            VergelijkCellen(verwacht!, rijen.Single(r => (string?)r!["gebied"]!["code"] == code)!, code);
        VergelijkCellen(expected["tabel"]!["totaal"]!, dashboard["tabel"]!["totaal"]!, "totaal");
    }

    [Fact]
    public async Task Dashboard_NationaleFixture_PercentageEenDecimaalEnBronnenMetPeildatum()
    {
        var dashboard = await Dashboard("/api/v1/dashboards/NL?peildatum=2024-09-01&realisatieTot=2024-09-02");
        var oekraine = dashboard["kaarten"]![0]!;
        // 92.189 / 111.624,2 = 82,588... % → 82,6 % (DOMAIN.md worked example).
        Assert.Equal(82.6m, oekraine["percentage"]!.GetValue<decimal>());
        Assert.Equal("2024-02-01", (string?)oekraine["startdatum"]);
        Assert.Equal("2025-01-01", (string?)oekraine["einddatum"]);
        Assert.Equal("""[{"bron":"KCIO","peildatum":"2024-09-01"}]""", oekraine["bronnen"]!.ToJsonString());
        var nidos = dashboard["kaarten"]![4]!;
        Assert.Equal("""[{"bron":"Nidos","peildatum":"2024-09-02"}]""", nidos["bronnen"]!.ToJsonString());
        var asiel = dashboard["kaarten"]![1]!;
        Assert.Equal(69948, (long)asiel["realisatie"]!);
        Assert.Equal(34596 + 30085 + 5267, (long)asiel["regulier"]! + (long)asiel["noodopvang"]! + (long)asiel["tgo"]!);
    }

    [Fact]
    public async Task Dashboard_RealisatieTotStandaardPeildatum_LaatTellingenVanLaterWeg()
    {
        // Nidos counts carry peildatum 2024-09-02; with realisatieTot = peildatum they are not yet known.
        var dashboard = await Dashboard("/api/v1/dashboards/NL?peildatum=2024-09-01");
        Assert.Equal("2024-09-01", (string?)dashboard["realisatieTot"]);
        var nidos = dashboard["kaarten"]![4]!;
        Assert.Null(nidos["realisatie"]);
        Assert.Null(nidos["status"]);
        Assert.Equal(4136, (long)nidos["indicatiefSchema"]!);
        Assert.Equal(92189, (long)dashboard["kaarten"]![0]!["realisatie"]!);
    }

    [Fact]
    public async Task Import_ZelfdeInhoudOpnieuw_GeeftBestaandeBatchEnWijzigtNiets()
    {
        var voor = Opslag.Inhoud(nationaal.Stapel.DataMap);
        foreach (var (pad, bestand, eerste) in new[]
                 {
                     ("/api/v1/imports/opgaven", "opgaven.csv", nationaal.OpgavenAntwoord),
                     ("/api/v1/imports/realisatie", "realisatie.csv", nationaal.RealisatieAntwoord),
                 })
        {
            using var antwoord = await nationaal.Stapel.PostCsv(pad, await File.ReadAllBytesAsync(NationaleStapel.Bestand(bestand)));
            var tekst = await antwoord.Content.ReadAsStringAsync();
            Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
            Assert.Equal((string?)JsonNode.Parse(eerste)!["batchId"], (string?)JsonNode.Parse(tekst)!["batchId"]);
        }

        // The same rows in another order, with semicolons, are the same content.
        var regels = (await File.ReadAllLinesAsync(NationaleStapel.Bestand("realisatie.csv"))).ToList();
        var omgekeerd = string.Join('\n', new[] { regels[0] }.Concat(regels.Skip(1).Where(r => r.Length > 0).Reverse()).Select(r => r.Replace(',', ';')));
        using var herschikt = await nationaal.Stapel.PostCsv("/api/v1/imports/realisatie", omgekeerd);
        Assert.Equal(HttpStatusCode.OK, herschikt.StatusCode);

        Assert.Equal(voor, Opslag.Inhoud(nationaal.Stapel.DataMap));
    }

    [Theory]
    [InlineData("/api/v1/dashboards/GM9999?peildatum=2024-09-01", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/dashboards/NL?peildatum=01-09-2024", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/dashboards/NL?peildatum=2024-02-30", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/dashboards/NL?peildatum=2024-09-01&realisatieTot=morgen", HttpStatusCode.BadRequest)]
    public async Task Dashboard_OngeldigVerzoek_GeeftProblemJson(string pad, HttpStatusCode status)
    {
        using var antwoord = await nationaal.Stapel.Admin.GetAsync(pad);
        Assert.Equal(status, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var probleem = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, (int)probleem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)probleem["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)probleem["detail"]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("verkeerde-sleutel")]
    public async Task Api_ZonderGeldigeSleutel_Geeft401ZonderGegevens(string? sleutel)
    {
        foreach (var verzoek in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, "/api/v1/dashboards/NL?peildatum=2024-09-01"),
                     new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/opgaven") { Content = new StringContent("x") },
                     new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports/realisatie") { Content = new StringContent("x") },
                 })
        {
            if (sleutel is not null) verzoek.Headers.Add("X-Api-Key", sleutel);
            using var antwoord = await nationaal.Stapel.Http.SendAsync(verzoek);
            Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
            Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("kaarten", await antwoord.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Healthz_AlleServicesGezond_Geeft200MetElkeService()
    {
        using var antwoord = await nationaal.Stapel.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var services = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["services"]!.AsObject();
        Assert.Equal(["Calculation", "Ingestion", "OpgaveRegistry", "Reporting"], services.Select(s => s.Key).Order());
        Assert.All(services, s => Assert.Equal("gezond", (string?)s.Value));
    }

    [Fact]
    public async Task OpenApi_Is30EnBeschrijftHetRestContract()
    {
        using var antwoord = await nationaal.Stapel.Http.GetAsync("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var document = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.StartsWith("3.0.", (string?)document["openapi"]);
        var paden = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/imports/opgaven", paden);
        Assert.Contains("/api/v1/imports/realisatie", paden);
        Assert.Contains("/api/v1/dashboards/{gebiedcode}", paden);
        Assert.Contains("/healthz", paden);
    }

    private async Task<JsonNode> Dashboard(string pad)
    {
        using var antwoord = await nationaal.Stapel.Admin.GetAsync(pad);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return JsonNode.Parse(tekst)!;
    }

    private static void VergelijkCellen(JsonNode verwacht, JsonNode rij, string code)
    {
        foreach (var categorie in Categorieen)
            foreach (var (veld, waarde) in verwacht[categorie]!.AsObject())
                Assert.True(JsonNode.DeepEquals(waarde, rij[categorie]![veld]),
                    $"{code}.{categorie}.{veld}: verwacht {waarde}, kreeg {rij[categorie]![veld]}");
    }
}
