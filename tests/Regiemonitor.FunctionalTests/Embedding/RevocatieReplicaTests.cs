using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Regiemonitor.FunctionalTests.Events;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Embedding;

/// <summary>
/// Two gateway replicas in front of the same services, sharing one store (the data directory's
/// <c>gateway.db</c>, or on the PostgreSQL run the gateway's database), as the HPA runs them:
/// a token revoked through one is refused by the other at once, and the revocation cannot be
/// taken back in the store.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class RevocatieReplicaTests(EmbedStapel e) : IClassFixture<EmbedStapel>
{
    private const string Pad = "/api/v1/dashboards/PV22?peildatum=2024-09-01&realisatieTot=2024-09-02";

    [Fact]
    public async Task TokenIngetrokkenViaGatewayA_WordtDoorGatewayBMeteenGeweigerd()
    {
        await using var b = await TweedeGateway();
        using var httpB = new HttpClient { BaseAddress = b.Adres };
        var token = await e.Token();
        var ander = await e.Token();
        // B has accepted the token, so its cache is filled before the revocation: B must catch up, not load afresh.
        using (var voor = await Met(httpB, token)) Assert.Equal(HttpStatusCode.OK, voor.StatusCode);

        using (var r = await e.Stapel.Admin.PostAsJsonAsync("/api/v1/embed/revocaties", new { jti = (string)Jwt.Inhoud(token)["jti"]! }))
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);

        using (var na = await Met(httpB, token)) Assert.Equal(HttpStatusCode.Unauthorized, na.StatusCode);
        using (var nogGeldig = await Met(httpB, ander)) Assert.Equal(HttpStatusCode.OK, nogGeldig.StatusCode);
        await b.WachtOpRegel("reden=token-ingetrokken", TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("UPDATE revocatie SET jti = 'iets-anders'")]
    [InlineData("DELETE FROM revocatie")]
    public async Task Revocatie_KanInDeOpslagNietWordenTeruggedraaid(string sql)
    {
        var token = await e.Token();
        using (var r = await e.Stapel.Admin.PostAsJsonAsync("/api/v1/embed/revocaties", new { jti = (string)Jwt.Inhoud(token)["jti"]! }))
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);

        Assert.ThrowsAny<DbException>(() => Opslag.Uitvoeren(e.Stapel.DataMap, "gateway.db", "Gateway", sql));
        if (TestPostgres.Actief)
            Assert.ThrowsAny<DbException>(() => Opslag.Uitvoeren(e.Stapel.DataMap, "gateway.db", "Gateway", "TRUNCATE revocatie"));
        using var na = await Met(e.Stapel.Http, token);
        Assert.Equal(HttpStatusCode.Unauthorized, na.StatusCode);
    }

    [Fact]
    public async Task RevocatieBestandVanEenEerdereVersie_WordtEenmaalOvergenomen()
    {
        // A local installation upgraded from the file-based release (SQLite): its revocations stay in force.
        var dataMap = Directory.CreateTempSubdirectory("regiemonitor-revocaties-").FullName;
        try
        {
            var nu = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var ingetrokken = Jwt.Es256(e.Sleutels.K2, "k2", Jwt.Claims(nu));
            var geldig = Jwt.Es256(e.Sleutels.K2, "k2", Jwt.Claims(nu));
            var bestand = Path.Combine(dataMap, "gateway-revocaties.jsonl");
            await File.WriteAllTextAsync(bestand, $"{{\"Jti\":\"{(string)Jwt.Inhoud(ingetrokken)["jti"]!}\",\"Tenant\":null,\"Tijdstip\":{nu}}}\n");

            await using (var gateway = await TweedeGateway(dataMap, new() { ["Regiemonitor__Opslag__Provider"] = "Sqlite" }))
            {
                using var http = new HttpClient { BaseAddress = gateway.Adres };
                using (var na = await Met(http, ingetrokken)) Assert.Equal(HttpStatusCode.Unauthorized, na.StatusCode);
                using (var ander = await Met(http, geldig)) Assert.Equal(HttpStatusCode.OK, ander.StatusCode);
            }
            Assert.False(File.Exists(bestand));
            Assert.True(File.Exists(bestand + ".overgenomen"));
            Assert.Equal([1L], Opslag.Getallen(dataMap, "gateway.db", "-", "SELECT COUNT(*) FROM revocatie"));
        }
        finally
        {
            Directory.Delete(dataMap, recursive: true);
        }
    }

    /// <summary>A second gateway process with the first one's settings and services; by default also its data directory.</summary>
    private Task<Dienstproces> TweedeGateway(string? dataMap = null, Dictionary<string, string>? extra = null)
    {
        var omgeving = new Dictionary<string, string>(e.Configuratie)
        {
            ["Regiemonitor__DataDir"] = dataMap ?? e.Stapel.DataMap,
            ["Regiemonitor__AdminKey"] = Stapel.AdminSleutel,
            ["Regiemonitor__OpenbareDashboards"] = "false",
        };
        string[] services = ["OpgaveRegistry", "Ingestion", "Calculation", "Reporting"];
        for (var i = 0; i < services.Length; i++)
            omgeving[$"Regiemonitor__Services__{services[i]}"] = e.Stapel.Service(i + 1).ToString().TrimEnd('/');
        foreach (var (naam, waarde) in extra ?? []) omgeving[naam] = waarde;
        return Dienstproces.Start("../gateway", "Regiemonitor.Gateway", VrijePoorten.Blok(1), omgeving);
    }

    private static Task<HttpResponseMessage> Met(HttpClient http, string token)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, Pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(verzoek);
    }
}
