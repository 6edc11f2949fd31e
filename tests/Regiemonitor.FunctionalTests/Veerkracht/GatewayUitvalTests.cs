using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Events;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Veerkracht;

/// <summary>
/// A gateway whose services are all missing (nothing listens on their ports): a forwarded request
/// and the gateway's own gRPC call to the registry (the published-gebied check of an anonymous
/// API request) both answer 503 problem+json within a second, instead of YARP's empty 502 or a 500.
/// </summary>
[Collection(VeerkrachtCollectie.Naam)]
public sealed class GatewayUitvalTests
{
    [Theory]
    [InlineData("/api/v1/dashboards/PV26", true)]
    [InlineData("/api/v1/dashboards/PV26", false)]
    public async Task ServicesOnbereikbaar_503ProblemBinnenSeconde(string pad, bool admin)
    {
        var poort = VrijePoorten.Blok(5);
        string[] services = ["OpgaveRegistry", "Ingestion", "Calculation", "Reporting"];
        var omgeving = services.Select((s, i) => ($"Regiemonitor__Services__{s}", $"http://127.0.0.1:{(poort + i + 1).ToString(CultureInfo.InvariantCulture)}"))
            .ToDictionary(d => d.Item1, d => d.Item2);
        omgeving["Regiemonitor__AdminKey"] = VeerkrachtStapel.AdminSleutel;
        await using var gateway = await Dienstproces.Start("../gateway", "Regiemonitor.Gateway", poort, omgeving);
        using var http = new HttpClient { BaseAddress = gateway.Adres, Timeout = TimeSpan.FromSeconds(30) };
        // With the key the request is forwarded to reporting; without, the gateway first asks the registry.
        if (admin) http.DefaultRequestHeaders.Add("X-Api-Key", VeerkrachtStapel.AdminSleutel);

        var begin = Stopwatch.GetTimestamp();
        using var antwoord = await http.GetAsync(pad);
        var duur = Stopwatch.GetElapsedTime(begin);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Dienst tijdelijk niet beschikbaar", (string?)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["title"]);
        Assert.True(duur < TimeSpan.FromSeconds(1), $"Het antwoord kwam pas na {duur}.");
        Assert.True(gateway.Leeft);
    }
}
