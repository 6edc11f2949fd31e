using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Embedding;

/// <summary>
/// Embed tokens through the real gateway: issued only inside a portal's scope, refused in every
/// forged or stale form, and a valid token shows its subtree and nothing else, on every path.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class EmbeddingTests(EmbedStapel e) : IClassFixture<EmbedStapel>
{
    private const string Datums = "peildatum=2024-09-01&realisatieTot=2024-09-02";

    [Fact]
    public async Task Token_VoorGebiedInScope_IsKortlevendeEs256MetKidEnClaims()
    {
        using var antwoord = await VraagToken(EmbedStapel.DrentheSleutel, "GM0106", null);
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var body = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        var token = (string)body["token"]!;
        Assert.Equal("ES256", (string?)Jwt.Kop(token)["alg"]);
        Assert.Equal("k2", (string?)Jwt.Kop(token)["kid"]);
        var claims = Jwt.Inhoud(token);
        Assert.Equal("drenthe", (string?)claims["sub"]);
        Assert.Equal("regiemonitor-embed", (string?)claims["aud"]);
        Assert.Equal("""["PV22"]""", claims["scope"]!.ToJsonString());
        Assert.Equal(600, (long)claims["exp"]! - (long)claims["iat"]!);
        Assert.False(string.IsNullOrEmpty((string?)claims["jti"]));
        Assert.EndsWith("/embed/v1/dashboards/GM0106?tenant=drenthe", (string?)body["embedUrl"]);
        Assert.DoesNotContain(token, (string)body["embedUrl"]!);
        await e.Stapel.WachtOpUitvoer("audit token-uitgegeven tenant=drenthe gebied=GM0106");
        Assert.DoesNotContain(token, e.Stapel.Uitvoer);
    }

    [Theory]
    [InlineData("verkeerde-sleutel", "PV22", 600, HttpStatusCode.Unauthorized)]
    [InlineData(EmbedStapel.DrentheSleutel, "PV27", 600, HttpStatusCode.Forbidden)]
    [InlineData(EmbedStapel.DrentheSleutel, "NL", 600, HttpStatusCode.Forbidden)]
    [InlineData(EmbedStapel.DrentheSleutel, "PV22", 3601, HttpStatusCode.BadRequest)]
    [InlineData(EmbedStapel.DrentheSleutel, "PV22", 10, HttpStatusCode.BadRequest)]
    [InlineData(EmbedStapel.DrentheSleutel, "GM9999", 600, HttpStatusCode.NotFound)]
    public async Task Token_OngeldigVerzoek_WordtGeweigerd(string sleutel, string gebied, int levensduur, HttpStatusCode status)
    {
        using var antwoord = await VraagToken(sleutel, gebied, levensduur);
        Assert.Equal(status, antwoord.StatusCode);
        Assert.DoesNotContain("\"token\"", await antwoord.Content.ReadAsStringAsync());
    }

    public static TheoryData<string> Paden => new()
    {
        $"/api/v1/dashboards/{{0}}?{Datums}",
        $"/api/v1/dashboards/{{0}}?{Datums}&format=csv",
        $"/api/v1/dashboards/{{0}}?{Datums}&format=xlsx",
        $"/dashboards/{{0}}?{Datums}",
        $"/dashboards/{{0}}/export.csv?{Datums}",
        $"/dashboards/{{0}}/export.pdf?{Datums}",
        $"/embed/v1/dashboards/{{0}}/inhoud?{Datums}",
    };

    [Theory]
    [MemberData(nameof(Paden))]
    public async Task GeldigToken_BinnenScope_GeeftGegevens(string pad)
    {
        var token = await e.Token();
        foreach (var gebied in new[] { "PV22", "VR03", "GM0106" })
        {
            using var antwoord = await Met(token, string.Format(System.Globalization.CultureInfo.InvariantCulture, pad, gebied));
            Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{gebied}: {antwoord.StatusCode} {await antwoord.Content.ReadAsStringAsync()}");
        }
    }

    [Theory]
    [MemberData(nameof(Paden))]
    public async Task GeldigToken_BuitenScope_Geeft403ZonderCijfers(string pad)
    {
        var token = await e.Token();
        foreach (var gebied in new[] { "NL", "PV27", "GM0363", "VR13" })
        {
            using var antwoord = await Met(token, string.Format(System.Globalization.CultureInfo.InvariantCulture, pad, gebied));
            var tekst = await antwoord.Content.ReadAsStringAsync();
            Assert.True(antwoord.StatusCode == HttpStatusCode.Forbidden, $"{gebied}: {antwoord.StatusCode}");
            Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("kaarten", tekst);
            Assert.DoesNotContain("92.189", tekst);
        }
        await e.Stapel.WachtOpUitvoer("reden=buiten-scope gebied=PV27");
    }

    [Fact]
    public async Task GeldigToken_Zoeken_ToontAlleenGebiedenInScope()
    {
        var token = await e.Token();
        using var binnen = await Met(token, "/dashboards/zoeken?q=drenthe");
        var html = await binnen.Content.ReadAsStringAsync();
        Assert.Contains(">Midden-Drenthe</a>", html);
        using var buiten = await Met(token, "/dashboards/zoeken?q=amsterdam");
        Assert.Contains("Geen gebied gevonden", await buiten.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GeldigToken_Pagina_LinktNietNaarGebiedenBuitenScope()
    {
        using var antwoord = await Met(await e.Token(), $"/embed/v1/dashboards/GM0106/inhoud?{Datums}");
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("<li>Nederland</li>", html); // in the breadcrumb, but no link
        Assert.DoesNotContain("href=\"/dashboards/NL", html);
        Assert.Contains("href=\"/dashboards/PV22?", html);
        Assert.DoesNotContain("Tabel als CSV", html); // downloads need the host's own credentials
    }

    public static TheoryData<string, string> Vervalsingen => new()
    {
        { "andere-sleutel", "handtekening" },
        { "alg-none", "algoritme" },
        { "hs256-publieke-sleutel", "algoritme" },
        { "verkeerd-publiek", "publiek" },
        { "verlopen", "verlopen" },
        { "nog-niet-geldig", "nognietgeldig" },
        { "ingetrokken-kid", "sleutel" },
        { "onbekende-kid", "sleutel" },
        { "geen-jwt", "vorm" },
        { "handtekening-afgeknipt", "handtekening" },
    };

    [Theory]
    [MemberData(nameof(Vervalsingen))]
    public async Task VervalstOfVerlopenToken_Geeft401ZonderCijfers(string soort, string reden)
    {
        var nu = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var echt = await e.Token();
        var token = soort switch
        {
            "andere-sleutel" => Jwt.Es256(ECDsa.Create(ECCurve.NamedCurves.nistP256), "k2", Jwt.Claims(nu)),
            "alg-none" => Jwt.Maak(new { alg = "none", typ = "JWT", kid = "k2" }, Jwt.Claims(nu), _ => []),
            "hs256-publieke-sleutel" => Jwt.Maak(new { alg = "HS256", typ = "JWT", kid = "k2" }, Jwt.Claims(nu),
                d => HMACSHA256.HashData(Encoding.UTF8.GetBytes(e.Sleutels.K2.ExportSubjectPublicKeyInfoPem()), d)),
            "verkeerd-publiek" => Jwt.Es256(e.Sleutels.K2, "k2", Jwt.Claims(nu, c => c["aud"] = "iemand-anders")),
            "verlopen" => Jwt.Es256(e.Sleutels.K2, "k2", Jwt.Claims(nu, c => { c["iat"] = nu - 1200; c["nbf"] = nu - 1200; c["exp"] = nu - 600; })),
            "nog-niet-geldig" => Jwt.Es256(e.Sleutels.K2, "k2", Jwt.Claims(nu, c => c["nbf"] = nu + 600)),
            "ingetrokken-kid" => Jwt.Es256(e.Sleutels.K0, "k0", Jwt.Claims(nu)),
            "onbekende-kid" => Jwt.Es256(e.Sleutels.K2, "k9", Jwt.Claims(nu)),
            "geen-jwt" => "dit-is-geen-token",
            _ => echt[..echt.LastIndexOf('.')] + ".",
        };
        foreach (var pad in new[] { $"/api/v1/dashboards/PV22?{Datums}", $"/dashboards/PV22/export.csv?{Datums}", $"/embed/v1/dashboards/PV22/inhoud?{Datums}" })
        {
            using var antwoord = await Met(token, pad);
            var tekst = await antwoord.Content.ReadAsStringAsync();
            Assert.True(antwoord.StatusCode == HttpStatusCode.Unauthorized, $"{soort} {pad}: {antwoord.StatusCode}");
            Assert.DoesNotContain("kaarten", tekst);
            Assert.DoesNotContain("4.425", tekst);
        }
        await e.Stapel.WachtOpUitvoer($"reden=token-{reden}");
    }

    [Fact]
    public async Task EchtTokenVanVorigeSleutel_WordtNogGeaccepteerd()
    {
        // Rotation: k1 is no longer the signing key but still active, so its tokens keep working.
        var token = Jwt.Es256(e.Sleutels.K1, "k1", Jwt.Claims(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        using var antwoord = await Met(token, $"/api/v1/dashboards/PV22?{Datums}");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    [Fact]
    public async Task Revocatie_VanJtiEnVanTenant_WerktMeteen()
    {
        var token = await e.Token();
        var ander = await e.Token();
        using (var ok = await Met(token, $"/api/v1/dashboards/PV22?{Datums}")) Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        using (var r = await e.Stapel.Admin.PostAsJsonAsync("/api/v1/embed/revocaties", new { jti = (string)Jwt.Inhoud(token)["jti"]! }))
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        using (var na = await Met(token, $"/api/v1/dashboards/PV22?{Datums}")) Assert.Equal(HttpStatusCode.Unauthorized, na.StatusCode);
        using (var anderOk = await Met(ander, $"/api/v1/dashboards/PV22?{Datums}")) Assert.Equal(HttpStatusCode.OK, anderOk.StatusCode);

        // A tenant revocation refuses every token issued to it until now (a new one afterwards works again).
        var tokenVanTenant = Jwt.Es256(e.Sleutels.K2, "k2", Jwt.Claims(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 5, c => c["sub"] = "noordholland"));
        using (var r = await e.Stapel.Admin.PostAsJsonAsync("/api/v1/embed/revocaties", new { tenant = "noordholland" }))
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        using (var na = await Met(tokenVanTenant, $"/api/v1/dashboards/PV22?{Datums}")) Assert.Equal(HttpStatusCode.Unauthorized, na.StatusCode);
        await e.Stapel.WachtOpUitvoer("reden=token-ingetrokken");

        using var zonderAdmin = await e.Stapel.Http.PostAsJsonAsync("/api/v1/embed/revocaties", new { tenant = "drenthe" });
        Assert.Equal(HttpStatusCode.Unauthorized, zonderAdmin.StatusCode);
    }

    [Fact]
    public async Task VervalsteScopeHeader_VanDeClient_WordtGenegeerd()
    {
        var token = await e.Token();
        using var metToken = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dashboards/NL?{Datums}");
        metToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        metToken.Headers.Add("X-Regiemonitor-Scope", "NL");
        using (var a = await e.Stapel.Http.SendAsync(metToken)) Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode);

        using var zonder = new HttpRequestMessage(HttpMethod.Get, $"/dashboards/NL?{Datums}");
        zonder.Headers.Add("X-Regiemonitor-Scope", "NL");
        using (var a = await e.Stapel.Http.SendAsync(zonder)) Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode);

        // And straight at reporting (as a mistake in the gateway would let through): no validated scope, no data.
        using var reporting = new HttpClient(new SocketsHttpHandler()) { BaseAddress = e.Stapel.Service(4), DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using (var a = await reporting.GetAsync($"/api/v1/dashboards/NL?{Datums}")) Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/dashboards/PV22?" + Datums)]
    [InlineData("/dashboards/PV22/export.csv?" + Datums)]
    [InlineData("/api/v1/dashboards/PV22?format=pdf&" + Datums)]
    public async Task Reporting_TokenVerlopenVolgensDeGateway_GeeftGeenGegevens(string pad)
    {
        // What the gateway passes for a token that has expired since it was checked: reporting refuses too.
        using var reporting = new HttpClient(new SocketsHttpHandler()) { BaseAddress = e.Stapel.Service(4), DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        // Built by hand, so the HTTP/2 version must be set on the message itself (reporting speaks only h2c).
        using var verlopen = new HttpRequestMessage(HttpMethod.Get, pad) { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        verlopen.Headers.Add("X-Regiemonitor-Scope", "PV22");
        verlopen.Headers.Add("X-Regiemonitor-Geldig-Tot", (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var antwoord = await reporting.SendAsync(verlopen);
        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
        Assert.DoesNotContain("4.425", await antwoord.Content.ReadAsStringAsync());

        using var geldig = new HttpRequestMessage(HttpMethod.Get, pad) { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        geldig.Headers.Add("X-Regiemonitor-Scope", "PV22");
        geldig.Headers.Add("X-Regiemonitor-Geldig-Tot", (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 600).ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var ok = await reporting.SendAsync(geldig);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/taakstelling/{0}/2024-1")]
    [InlineData("/api/v1/prognoses/{0}")]
    [InlineData("/api/v1/scenarios/{0}")]
    [InlineData("/dashboards/{0}/voortgang/2024-1")]
    [InlineData("/dashboards/{0}/prognose")]
    [InlineData("/dashboards/{0}/scenarios")]
    public async Task ToezichtEnPlanning_AlleenVoorDeBeheerder(string pad)
    {
        // Not through an embed token, even inside its scope, and not for a published gebied.
        using var metToken = await Met(await e.Token(), string.Format(System.Globalization.CultureInfo.InvariantCulture, pad, "PV22"));
        Assert.Equal(HttpStatusCode.Forbidden, metToken.StatusCode);
        using var openbaar = await e.Stapel.Http.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pad, "VR13"));
        Assert.Equal(HttpStatusCode.Unauthorized, openbaar.StatusCode);
        using var beheerder = await e.Stapel.Admin.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pad, "PV22"));
        Assert.Equal(HttpStatusCode.OK, beheerder.StatusCode);
    }

    [Fact]
    public async Task Openbaar_GepubliceerdGebiedZonderToken_AlleenLezenEnGecached()
    {
        using var vr = await e.Stapel.Http.GetAsync($"/api/v1/dashboards/VR13?{Datums}");
        Assert.Equal(HttpStatusCode.OK, vr.StatusCode);
        Assert.Equal("public, max-age=300", vr.Headers.CacheControl?.ToString());
        using var amsterdam = await e.Stapel.Http.GetAsync($"/dashboards/GM0363?{Datums}");
        Assert.Equal(HttpStatusCode.OK, amsterdam.StatusCode);
        using var nl = await e.Stapel.Http.GetAsync($"/api/v1/dashboards/NL?{Datums}");
        Assert.Equal(HttpStatusCode.Unauthorized, nl.StatusCode);
        using var pv = await e.Stapel.Http.GetAsync($"/dashboards/PV27?{Datums}");
        Assert.Equal(HttpStatusCode.Unauthorized, pv.StatusCode);
    }

    [Fact]
    public async Task EmbedPagina_MagAlleenDoorDeOriginsVanDeTenantWordenIngesloten()
    {
        using var schil = await e.Stapel.Http.GetAsync("/embed/v1/dashboards/PV22?tenant=drenthe");
        Assert.Equal(HttpStatusCode.OK, schil.StatusCode);
        var csp = schil.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith($"frame-ancestors {EmbedStapel.DrentheOrigin};", csp);
        Assert.False(schil.Headers.Contains("X-Frame-Options"));
        var html = await schil.Content.ReadAsStringAsync();
        Assert.DoesNotContain("92.189", html); // the shell has no figures until the token arrives
        Assert.Contains("--utrecht-link-color:#8a1538;", html);

        using var onbekend = await e.Stapel.Http.GetAsync("/embed/v1/dashboards/PV22?tenant=niemand");
        Assert.StartsWith("frame-ancestors 'none';", onbekend.Headers.GetValues("Content-Security-Policy").Single());
        using var api = await Met(await e.Token(), $"/api/v1/dashboards/PV22?{Datums}");
        Assert.Equal("frame-ancestors 'none'", api.Headers.GetValues("Content-Security-Policy").Single());
    }

    private Task<HttpResponseMessage> VraagToken(string sleutel, string gebied, int? levensduur)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/embed/tokens")
        {
            Content = JsonContent.Create(new { view = "dashboard", gebied, lifetimeSeconds = levensduur }),
        };
        verzoek.Headers.Add("X-Api-Key", sleutel);
        return e.Stapel.Http.SendAsync(verzoek);
    }

    private Task<HttpResponseMessage> Met(string token, string pad)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return e.Stapel.Http.SendAsync(verzoek);
    }
}
