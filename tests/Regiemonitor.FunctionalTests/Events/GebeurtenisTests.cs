using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Events;

/// <summary>
/// Every accepted batch announces itself once as a CloudEvent, to every subscriber: an import
/// through the gateway reaches the test subscriber and reporting; the same file again does not.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class GebeurtenisTests(GebeurtenisStapel s) : IClassFixture<GebeurtenisStapel>
{
    private const string RealisatieKop = "bron,categorie,onderdeel,gebiedcode,peildatum,aantal\n";
    private const string OpgaveKop = "categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde,besluit\n";

    [Fact]
    public async Task RealisatieImport_NieuweBatch_PubliceertEenCloudEventMetDeBatch()
    {
        var voor = DateTimeOffset.UtcNow;
        var eerder = Van("/realisatie-geimporteerd").Count;
        var batchId = await Importeer("/api/v1/imports/realisatie", RealisatieKop +
            "COA,asiel,regulier,GM0106,2024-09-01,400\nCOA,asiel,noodopvang,GM0114,2024-09-01,100\nKCIO,oekraine,,GM0106,2024-08-30,1200",
            HttpStatusCode.Created);

        var e = await WachtOpEvent("realisatie-geimporteerd:" + batchId);
        Assert.Single(Van("/realisatie-geimporteerd").Skip(eerder));
        Assert.Equal("application/cloudevents+json", e.ContentType?.Split(';')[0]);
        Assert.Equal("1.0", (string?)e.Inhoud["specversion"]);
        Assert.Equal("realisatie-geimporteerd:" + batchId, e.Id);
        Assert.Equal("/regiemonitor/ingestion", (string?)e.Inhoud["source"]);
        Assert.Equal("nl.regiemonitor.realisatie-geimporteerd.v1", (string?)e.Inhoud["type"]);
        Assert.Equal("application/json", (string?)e.Inhoud["datacontenttype"]);
        var tijd = DateTimeOffset.Parse((string)e.Inhoud["time"]!, CultureInfo.InvariantCulture);
        Assert.InRange(tijd, voor.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal(batchId, (string?)e.Data["batchId"]);
        Assert.Equal("""["COA","KCIO"]""", e.Data["bronnen"]!.ToJsonString());
        Assert.Equal("""["2024-08-30","2024-09-01"]""", e.Data["peildata"]!.ToJsonString());
        Assert.Equal("""["GM0106","GM0114"]""", e.Data["gebieden"]!.ToJsonString());
        Assert.Equal(3, (int?)e.Data["rijen"]);
        Assert.StartsWith("realisatie-", (string?)e.Data["dataVersie"]);

        // Reporting, run.sh's subscriber, processed the same event.
        await s.Stapel.WachtOpUitvoer($"Gebeurtenis {e.Id} op realisatie-geimporteerd verwerkt.");
    }

    [Fact]
    public async Task RealisatieImport_ZelfdeBestandOpnieuw_PubliceertNiets()
    {
        const string bestand = RealisatieKop + "COA,asiel,regulier,GM0109,2024-09-01,70";
        var eerste = await Importeer("/api/v1/imports/realisatie", bestand, HttpStatusCode.Created);
        Assert.Equal(eerste, await Importeer("/api/v1/imports/realisatie", bestand, HttpStatusCode.OK));
        // Events go out in the order their batches were stored: when the next batch's event is in,
        // an event of the repeated file would have come before it.
        var volgende = await Importeer("/api/v1/imports/realisatie", RealisatieKop + "COA,asiel,regulier,GM0109,2024-09-08,75", HttpStatusCode.Created);
        await WachtOpEvent("realisatie-geimporteerd:" + volgende);

        var ids = Van("/realisatie-geimporteerd").Select(e => e.Id).ToList();
        Assert.Equal(1, ids.Count(i => i == "realisatie-geimporteerd:" + eerste));
        Assert.True(ids.IndexOf("realisatie-geimporteerd:" + eerste) == ids.IndexOf("realisatie-geimporteerd:" + volgende) - 1,
            string.Join('\n', ids));
    }

    [Fact]
    public async Task OpgaveImport_NieuweBatch_PubliceertOpgaveGewijzigd()
    {
        var batchId = await Importeer("/api/v1/imports/opgaven", OpgaveKop +
            "asiel,GM0106,2024-01-01,500,2025-01-01,800,verdeelbesluit\namv,GM0114,2024-01-01,10,2025-01-01,40,verdeelbesluit",
            HttpStatusCode.Created);

        var e = await WachtOpEvent("opgave-gewijzigd:" + batchId);
        Assert.Equal("/opgave-gewijzigd", e.Pad);
        Assert.Equal("application/cloudevents+json", e.ContentType?.Split(';')[0]);
        Assert.Equal("1.0", (string?)e.Inhoud["specversion"]);
        Assert.Equal("/regiemonitor/opgaveregistry", (string?)e.Inhoud["source"]);
        Assert.Equal("nl.regiemonitor.opgave-gewijzigd.v1", (string?)e.Inhoud["type"]);
        Assert.Equal(batchId, (string?)e.Data["batchId"]);
        Assert.Equal("""["amv","asiel"]""", e.Data["categorieen"]!.ToJsonString());
        Assert.Equal("""["GM0106","GM0114"]""", e.Data["gebieden"]!.ToJsonString());
        Assert.StartsWith("opgaven-", (string?)e.Data["dataVersie"]);
        await s.Stapel.WachtOpUitvoer($"Gebeurtenis {e.Id} op opgave-gewijzigd verwerkt.");
        Assert.Single(s.Abonnee.Aangenomen, a => a.Id == e.Id);
    }

    [Fact]
    public async Task Reporting_DaprSubscribe_NoemtBeideTopicsMetHunRoute()
    {
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        var antwoord = JsonNode.Parse(await http.GetStringAsync(new Uri(s.Stapel.Service(4), "/dapr/subscribe")))!.AsArray();
        Assert.Equal(
            ["opgave-gewijzigd -> /events/opgave-gewijzigd", "realisatie-geimporteerd -> /events/realisatie-geimporteerd"],
            antwoord.Select(a => $"{a!["topic"]} -> {a["route"]}").Order(StringComparer.Ordinal));
        Assert.All(antwoord, a => Assert.Equal("pubsub", (string?)a!["pubsubname"]));
    }

    [Fact]
    public async Task Reporting_ZelfdeEventTweemaal_VerwerktHetEenmaal()
    {
        // At-least-once delivery (a retry, a restart) may bring an event twice; reporting skips the repeat.
        var id = "realisatie-geimporteerd:herhaald-" + Guid.NewGuid().ToString("N");
        var gebeurtenis = $$$"""
            {"specversion":"1.0","id":"{{{id}}}","source":"/regiemonitor/ingestion","type":"nl.regiemonitor.realisatie-geimporteerd.v1",
             "time":"2024-09-01T10:00:00Z","datacontenttype":"application/json","data":{"batchId":"b"}}
            """;
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        var route = new Uri(s.Stapel.Service(4), "/events/realisatie-geimporteerd");
        foreach (var _ in new[] { 1, 2 })
        {
            using var inhoud = new StringContent(gebeurtenis, System.Text.Encoding.UTF8, "application/cloudevents+json");
            using var antwoord = await http.PostAsync(route, inhoud);
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Equal("SUCCESS", (string?)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["status"]);
        }

        await s.Stapel.WachtOpUitvoer($"Gebeurtenis {id} op realisatie-geimporteerd was al verwerkt; overgeslagen.");
        Assert.Single(s.Stapel.Uitvoer.Split('\n'), r => r.Contains($"Gebeurtenis {id} op realisatie-geimporteerd verwerkt.", StringComparison.Ordinal));

        // Something that is no CloudEvent can never be processed: Dapr's answer for that is DROP, not a retry.
        using var onzin = new StringContent("{}", System.Text.Encoding.UTF8, "application/cloudevents+json");
        using var weg = await http.PostAsync(route, onzin);
        Assert.Equal("DROP", (string?)JsonNode.Parse(await weg.Content.ReadAsStringAsync())!["status"]);
    }

    private List<OntvangenEvent> Van(string pad) => [.. s.Abonnee.Aangenomen.Where(e => e.Pad == pad)];

    private async Task<OntvangenEvent> WachtOpEvent(string id)
    {
        for (var n = 1; ; n++)
        {
            await s.Abonnee.WachtOp(n);
            if (s.Abonnee.Aangenomen.FirstOrDefault(e => e.Id == id) is { } e) return e;
        }
    }

    private async Task<string> Importeer(string pad, string inhoud, HttpStatusCode verwacht)
    {
        using var antwoord = await s.Stapel.PostCsv(pad, inhoud);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == verwacht, $"{antwoord.StatusCode}: {tekst}");
        return (string)JsonNode.Parse(tekst)!["batchId"]!;
    }
}
