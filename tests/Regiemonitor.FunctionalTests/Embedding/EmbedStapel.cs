using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Dashboards;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Embedding;

/// <summary>
/// A stack as a province would meet it: pages not public, two portals (Drenthe with scope PV22;
/// Noord-Holland publishing VR13 read-only), configured signing keys, the national fixture.
/// </summary>
public sealed class EmbedStapel : IAsyncLifetime
{
    public const string DrentheSleutel = "drenthe-portaal-sleutel-voor-de-functionele-test";
    public const string DrentheOrigin = "https://portaal.drenthe.example";

    public Ondertekeningssleutels Sleutels { get; } = new();
    public Stapel Stapel { get; private set; } = null!;

    /// <summary>The gateway's settings beyond run.sh's (keys, portals), for a second gateway in front of the same services.</summary>
    public IReadOnlyDictionary<string, string> Configuratie { get; private set; } = null!;

    public static string Hash(string sleutel) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sleutel)));

    public async Task InitializeAsync()
    {
        var c = Sleutels.Configuratie();
        c["REGIEMONITOR_PUBLIC_DASHBOARDS"] = "false";
        c["Regiemonitor__Tenants__1__Id"] = "drenthe";
        c["Regiemonitor__Tenants__1__ApiKeyHash"] = Hash(DrentheSleutel);
        c["Regiemonitor__Tenants__1__Scope__0"] = "PV22";
        c["Regiemonitor__Tenants__1__Views__0"] = "dashboard";
        c["Regiemonitor__Tenants__1__Origins__0"] = DrentheOrigin;
        c["Regiemonitor__Tenants__1__Thema__--utrecht-link-color"] = "#8a1538";
        c["Regiemonitor__Tenants__2__Id"] = "noordholland";
        c["Regiemonitor__Tenants__2__ApiKeyHash"] = Hash("noordholland-portaal-sleutel-voor-de-functionele-test");
        c["Regiemonitor__Tenants__2__Scope__0"] = "PV27";
        c["Regiemonitor__Tenants__2__Views__0"] = "dashboard";
        c["Regiemonitor__Tenants__2__Openbaar__0"] = "VR13";
        Configuratie = c;
        Stapel = await Stapel.Start(c);
        foreach (var (pad, bestand) in new[] { ("/api/v1/imports/opgaven", "opgaven.csv"), ("/api/v1/imports/realisatie", "realisatie.csv") })
        {
            using var antwoord = await Stapel.PostCsv(pad, await File.ReadAllBytesAsync(NationaleStapel.Bestand(bestand)));
            if (antwoord.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException(await antwoord.Content.ReadAsStringAsync());
        }
    }

    /// <summary>An embed token issued by the gateway to the Drenthe portal.</summary>
    public async Task<string> Token(string gebied = "PV22", int levensduur = 600)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/embed/tokens")
        {
            Content = JsonContent.Create(new { view = "dashboard", gebied, lifetimeSeconds = levensduur }),
        };
        verzoek.Headers.Add("X-Api-Key", DrentheSleutel);
        using var antwoord = await Stapel.Http.SendAsync(verzoek);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        if (antwoord.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"{antwoord.StatusCode}: {tekst}");
        return (string)JsonNode.Parse(tekst)!["token"]!;
    }

    public async Task DisposeAsync()
    {
        await Stapel.DisposeAsync();
        Sleutels.Dispose();
    }
}
