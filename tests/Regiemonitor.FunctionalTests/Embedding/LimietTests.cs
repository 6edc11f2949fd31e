using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Embedding;

/// <summary>Too many requests per tenant or per IP answer 429 with Retry-After and no figures.</summary>
[Collection(StapelCollectie.Naam)]
public sealed class LimietTests : IAsyncLifetime
{
    private const int Limiet = 4;
    private const string Sleutel = "limiet-portaal-sleutel-voor-de-functionele-test";
    private Stapel _stapel = null!;

    public async Task InitializeAsync() => _stapel = await Stapel.Start(new Dictionary<string, string>
    {
        ["REGIEMONITOR_PUBLIC_DASHBOARDS"] = "false",
        ["Regiemonitor__Limieten__PerTenantPerMinuut"] = $"{Limiet}",
        ["Regiemonitor__Limieten__PerIpPerMinuut"] = $"{Limiet}",
        ["Regiemonitor__Tenants__1__Id"] = "limiet",
        ["Regiemonitor__Tenants__1__ApiKeyHash"] = EmbedStapel.Hash(Sleutel),
        ["Regiemonitor__Tenants__1__Scope__0"] = "PV22",
        ["Regiemonitor__Tenants__1__Views__0"] = "dashboard",
        ["Regiemonitor__Tenants__1__Openbaar__0"] = "VR03",
    });

    public async Task DisposeAsync() => await _stapel.DisposeAsync();

    [Fact]
    public async Task TeVeelVerzoekenPerTenantEnPerIp_Geeft429MetRetryAfter()
    {
        // The token request itself comes without a token, so it counts for the IP address.
        using var tokenVerzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/embed/tokens") { Content = JsonContent.Create(new { gebied = "PV22" }) };
        tokenVerzoek.Headers.Add("X-Api-Key", Sleutel);
        using var tokenAntwoord = await _stapel.Http.SendAsync(tokenVerzoek);
        var token = (string)JsonNode.Parse(await tokenAntwoord.Content.ReadAsStringAsync())!["token"]!;

        var perTenant = new List<HttpStatusCode>();
        for (var i = 0; i <= Limiet; i++)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/api/v1/dashboards/PV22");
            verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var antwoord = await _stapel.Http.SendAsync(verzoek);
            perTenant.Add(antwoord.StatusCode);
            if (antwoord.StatusCode == HttpStatusCode.TooManyRequests) await AssertGeweigerd(antwoord);
        }
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, Limiet), HttpStatusCode.TooManyRequests], perTenant);

        // Public mode without a token: per IP, and the token request above already used one.
        var perIp = new List<HttpStatusCode>();
        for (var i = 0; i < Limiet; i++)
        {
            using var antwoord = await _stapel.Http.GetAsync("/api/v1/dashboards/VR03");
            perIp.Add(antwoord.StatusCode);
            if (antwoord.StatusCode == HttpStatusCode.TooManyRequests) await AssertGeweigerd(antwoord);
        }
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, Limiet - 1), HttpStatusCode.TooManyRequests], perIp);
        await _stapel.WachtOpUitvoer("reden=te-veel-verzoeken");
    }

    private static async Task AssertGeweigerd(HttpResponseMessage antwoord)
    {
        Assert.True(antwoord.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After ontbreekt");
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("kaarten", await antwoord.Content.ReadAsStringAsync());
    }
}
