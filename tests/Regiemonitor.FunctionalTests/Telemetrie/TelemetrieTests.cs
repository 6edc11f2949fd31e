using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;
using Regiemonitor.FunctionalTests.Telemetrie.Otlp;
using static Regiemonitor.FunctionalTests.Telemetrie.TelemetrieStapel;

namespace Regiemonitor.FunctionalTests.Telemetrie;

/// <summary>
/// OpenTelemetry end to end: the five processes export to a local OTLP receiver; one dashboard
/// request is one trace from the gateway through reporting and calculation to registry and
/// ingestion (W3C trace context over HTTP and gRPC), its log lines carry the trace id, and the
/// business metrics count what the stack did.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class TelemetrieTests(TelemetrieStapel t) : IClassFixture<TelemetrieStapel>
{
    private const string Datums = "peildatum=2024-09-01&realisatieTot=2024-09-02";

    /// <summary>The trace test.</summary>
    [Fact]
    public async Task Dashboardverzoek_DoorDeGateway_IsEenTraceDoorVijfProcessen()
    {
        var token = await Token();
        var traceId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var ouderId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dashboards/PV22?{Datums}");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        verzoek.Headers.Add("traceparent", $"00-{traceId}-{ouderId}-01");
        using var antwoord = await t.Stapel.Http.SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);

        string[] naarIngestion = [Ingestion, Calculation, Reporting, Gateway], naarRegistry = [Registry, Calculation, Reporting, Gateway];
        try
        {
            await t.Ontvanger.WachtOp(o => Paden(o.Spans, traceId, ouderId).Any(p => Diensten(p).SequenceEqual(naarIngestion))
                    && Paden(o.Spans, traceId, ouderId).Any(p => Diensten(p).SequenceEqual(naarRegistry)),
                $"spans van trace {traceId} van ingestion en registry, via calculation en reporting, terug tot de gateway");
        }
        catch (TimeoutException e)
        {
            Assert.Fail($"{e.Message}\nDe trace (ouder {ouderId}):\n{t.Ontvanger.Trace(traceId)}");
        }

        var spans = t.Ontvanger.Spans.Where(s => s.TraceId == traceId).ToList();
        Assert.Equal(new[] { Calculation, Gateway, Ingestion, Registry, Reporting }, spans.Select(s => s.Dienst).Distinct().Order(StringComparer.Ordinal));
        // The gateway continues the caller's trace: its server span is the child of the caller's span.
        Assert.Contains(spans, s => s.Dienst == Gateway && s.Soort == Span.Types.SpanKind.Server && s.OuderId == ouderId);
        foreach (var pad in Paden(spans, traceId, ouderId).Where(p => Diensten(p)[0] is Ingestion or Registry && Diensten(p).Count == 4))
        {
            // Each server span (but the gateway's) has as parent a client span of the process that called it.
            var servers = pad.Where(s => s.Soort == Span.Types.SpanKind.Server).ToList();
            for (var i = 0; i < servers.Count - 1; i++)
            {
                var ouder = spans.Single(s => s.SpanId == servers[i].OuderId);
                Assert.Equal(Span.Types.SpanKind.Client, ouder.Soort);
                Assert.Equal(servers[i + 1].Dienst, ouder.Dienst);
            }
        }

        // The gateway's audit line of this request went out as a log record of the same trace.
        await t.Ontvanger.WachtOp(o => o.Logregels.Any(l => l.TraceId == traceId && l.Dienst == Gateway && l.Tekst.Contains("audit", StringComparison.Ordinal)),
            $"de auditregel van de gateway met trace-id {traceId}");
    }

    [Fact]
    public async Task Imports_GeaccepteerdEnAfgewezen_TellenPerSoortBijDeEigenaar()
    {
        await t.Ontvanger.WachtOp(o => o.Waarde("regiemonitor.imports.geaccepteerd", ("soort", "opgave")) >= 1
                && o.Waarde("regiemonitor.imports.geaccepteerd", ("soort", "realisatie")) >= 1
                && o.Waarde("regiemonitor.imports.afgewezen", ("soort", "realisatie")) >= 1
                && o.Waarde("regiemonitor.imports.rijen", ("soort", "opgave")) >= t.OpgaveRijen
                && o.Waarde("regiemonitor.imports.rijen", ("soort", "realisatie")) >= t.RealisatieRijen,
            "de importmetingen van de imports van de opstelling");

        var o = t.Ontvanger;
        Assert.Equal(1, o.Waarde("regiemonitor.imports.geaccepteerd", ("soort", "opgave")));
        Assert.Equal(1, o.Waarde("regiemonitor.imports.geaccepteerd", ("soort", "realisatie")));
        Assert.Equal(1, o.Waarde("regiemonitor.imports.afgewezen", ("soort", "realisatie")));
        Assert.Equal(0, o.Waarde("regiemonitor.imports.afgewezen", ("soort", "opgave")));
        Assert.Equal(t.OpgaveRijen, o.Waarde("regiemonitor.imports.rijen", ("soort", "opgave")));
        Assert.Equal(t.RealisatieRijen, o.Waarde("regiemonitor.imports.rijen", ("soort", "realisatie")));
        Assert.All(o.Meetpunten.Where(m => m.Naam.StartsWith("regiemonitor.imports.", StringComparison.Ordinal)),
            m => Assert.Equal(m.Tags["soort"] == "opgave" ? Registry : Ingestion, m.Dienst));
    }

    [Fact]
    public async Task Dashboard_TweemaalDezelfdeVraag_EenBerekeningEnEenCachetreffer()
    {
        // A question no other test asks, so the first answer is computed and the second comes from the cache.
        for (var i = 0; i < 2; i++)
        {
            using var antwoord = await t.Stapel.Admin.GetAsync("/api/v1/dashboards/GM0106?peildatum=2024-06-30&realisatieTot=2024-07-01");
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        }

        await t.Ontvanger.WachtOp(o => o.Waarde("regiemonitor.cache.treffers", ("cache", "dashboarduitkomsten")) >= 1
                && o.Waarde("regiemonitor.cache.missers", ("cache", "dashboarduitkomsten")) >= 1
                && o.Waarde("regiemonitor.dashboards.berekeningen") >= 1
                && o.Waarde("regiemonitor.dashboards.berekenduur") >= 1,
            "dashboardberekeningen en cachetreffers van calculation");
        var o = t.Ontvanger;
        // Every miss is one computation: the cache and the counter agree.
        Assert.Equal(o.Waarde("regiemonitor.cache.missers", ("cache", "dashboarduitkomsten")), o.Waarde("regiemonitor.dashboards.berekeningen"));
        Assert.All(o.Meetpunten.Where(m => m.Naam.StartsWith("regiemonitor.dashboards.", StringComparison.Ordinal)), m => Assert.Equal(Calculation, m.Dienst));
    }

    [Fact]
    public async Task Tokens_UitgegevenEnGeweigerd_WordenGeteld()
    {
        await Token();
        using var verkeerdeSleutel = await VraagToken("verkeerde-sleutel");
        Assert.Equal(HttpStatusCode.Unauthorized, verkeerdeSleutel.StatusCode);
        using var vervalst = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dashboards/PV22?{Datums}");
        vervalst.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "geen.geldig.token");
        using var geweigerd = await t.Stapel.Http.SendAsync(vervalst);
        Assert.Equal(HttpStatusCode.Unauthorized, geweigerd.StatusCode);

        await t.Ontvanger.WachtOp(o => o.Waarde("regiemonitor.embed.tokens.uitgegeven", ("tenant", DemoTenant)) >= 1
                && o.Waarde("regiemonitor.embed.tokens.geweigerd", ("reden", "tenant-sleutel")) >= 1
                && TokenGeweigerd(o) >= 1,
            "uitgegeven en geweigerde tokens van de gateway");
        Assert.All(t.Ontvanger.Meetpunten.Where(m => m.Naam.StartsWith("regiemonitor.embed.", StringComparison.Ordinal)), m => Assert.Equal(Gateway, m.Dienst));
    }

    /// <summary>Refusals of a presented token (forged, expired, ...), whatever the exact reason.</summary>
    private static double TokenGeweigerd(OtlpOntvanger o) => o.Meetpunten
        .Where(m => m.Naam == "regiemonitor.embed.tokens.geweigerd" && m.Tags.GetValueOrDefault("reden", "").StartsWith("token-", StringComparison.Ordinal))
        .Sum(m => m.Waarde);

    /// <summary>
    /// Every path from a span of the trace up to the caller's span (<paramref name="wortelOuder"/>),
    /// nearest first; paths with a parent that has not (yet) arrived are left out.
    /// </summary>
    private static IEnumerable<IReadOnlyList<OntvangenSpan>> Paden(IReadOnlyList<OntvangenSpan> alle, string traceId, string wortelOuder)
    {
        var perId = alle.Where(s => s.TraceId == traceId).ToDictionary(s => s.SpanId);
        foreach (var begin in perId.Values)
        {
            var pad = new List<OntvangenSpan> { begin };
            while (pad[^1].OuderId != wortelOuder && perId.TryGetValue(pad[^1].OuderId, out var ouder) && pad.Count <= perId.Count) pad.Add(ouder);
            if (pad[^1].OuderId == wortelOuder) yield return pad;
        }
    }

    /// <summary>The processes whose server spans lie on a path, nearest first.</summary>
    private static IReadOnlyList<string> Diensten(IReadOnlyList<OntvangenSpan> pad) =>
        [.. pad.Where(s => s.Soort == Span.Types.SpanKind.Server).Select(s => s.Dienst)];

    private async Task<string> Token()
    {
        using var antwoord = await VraagToken(DemoSleutel);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, $"{antwoord.StatusCode}: {tekst}");
        return (string)JsonNode.Parse(tekst)!["token"]!;
    }

    private Task<HttpResponseMessage> VraagToken(string sleutel)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/embed/tokens") { Content = JsonContent.Create(new { view = "dashboard", gebied = "PV22" }) };
        verzoek.Headers.Add("X-Api-Key", sleutel);
        return t.Stapel.Http.SendAsync(verzoek);
    }
}
