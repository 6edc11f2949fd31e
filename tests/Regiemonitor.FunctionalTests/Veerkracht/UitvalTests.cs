using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Veerkracht;

/// <summary>
/// Faults under light load, on real processes: a service is stopped and started again on its
/// port while requests keep coming through the gateway. During the outage every answer is a Dutch
/// 503 problem within a second, nothing else crashes, the gateway recovers by itself, and no
/// stored data is lost. Each step waits for an observed answer or process line, never for time.
/// </summary>
[Collection(VeerkrachtCollectie.Naam)]
public sealed class UitvalTests(VeerkrachtStapel s)
{
    private static readonly TimeSpan Limiet = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Snel = TimeSpan.FromSeconds(1);
    private const string Dashboard = $"/api/v1/dashboards/PV26?{VeerkrachtStapel.Datums}";

    [Fact]
    public async Task Reporting_GestoptEnHerstartOnderBelasting_503BinnenSecondeEnVolledigHerstel()
    {
        var voor = await Cijfers(Dashboard);
        await using var belasting = new Belasting(s.Admin, Dashboard);
        await belasting.WachtOp(m => m.Status == HttpStatusCode.OK, Limiet);

        Assert.Equal(0, await s.Stoppen("Reporting"));
        var uit = Stopwatch.GetTimestamp();
        await belasting.WachtOp(m => m.Gevraagd > uit && m.Status == HttpStatusCode.ServiceUnavailable, Limiet);
        await s.Start("Reporting");
        var terug = Stopwatch.GetTimestamp();
        // The gateway was not restarted: the first request after the restart is forwarded again.
        await belasting.WachtOp(m => m.Gevraagd > terug && m.Status == HttpStatusCode.OK, Limiet);
        var metingen = await belasting.Stop();

        Assert.Empty(s.Gevallen());
        Assert.All(metingen, m => Assert.True(m.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable,
            $"Onverwacht antwoord {(int)m.Status} {m.Fout} na {m.Duur}."));
        var storing = metingen.Where(m => m.Status == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(storing);
        Assert.All(storing, m =>
        {
            Assert.Equal("application/problem+json", m.MediaType);
            Assert.Equal("Dienst tijdelijk niet beschikbaar", m.Titel);
            Assert.True(m.Duur < Snel, $"Een 503 kwam pas na {m.Duur}.");
        });
        Assert.Contains(metingen, m => m.Gevraagd > uit && m.Gevraagd < terug && m.Status == HttpStatusCode.ServiceUnavailable);
        // No data lost: the same figures as before the outage.
        Assert.Equal(voor, await Cijfers(Dashboard));
    }

    [Fact]
    public async Task Ingestion_GedoodTijdensImport_ImportGeweigerdMet503EnNietsVerloren()
    {
        var batchesVoor = await Batches();
        Assert.Contains(s.EersteBatch, batchesVoor);

        await s.Doden("Ingestion");
        var begin = Stopwatch.GetTimestamp();
        using (var geweigerd = await s.PostCsv("/api/v1/imports/realisatie", Later))
        {
            Assert.True(Stopwatch.GetElapsedTime(begin) < Snel, $"De weigering kwam pas na {Stopwatch.GetElapsedTime(begin)}.");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, geweigerd.StatusCode);
            Assert.Equal("application/problem+json", geweigerd.Content.Headers.ContentType?.MediaType);
        }
        await s.Start("Ingestion");

        Assert.Empty(s.Gevallen());
        // Refused means not stored: the batches are exactly those of before, the first one included.
        Assert.Equal(batchesVoor, await Batches());
        using var opnieuw = await s.PostCsv("/api/v1/imports/realisatie", Later);
        Assert.Equal(HttpStatusCode.Created, opnieuw.StatusCode);
        var nieuw = (string)JsonNode.Parse(await opnieuw.Content.ReadAsStringAsync())!["batchId"]!;
        Assert.Equal([.. batchesVoor.Append(nieuw).Order(StringComparer.Ordinal)], await Batches());
    }

    [Fact]
    public async Task Calculation_Gedood_LaatsteGoedeVerouderdTotHerstel()
    {
        const string Gemeente = $"/api/v1/dashboards/GM0307?{VeerkrachtStapel.Datums}";
        var vers = await Cijfers(Gemeente);

        await s.Doden("Calculation");
        var begin = Stopwatch.GetTimestamp();
        using (var antwoord = await s.Admin.GetAsync(Gemeente))
        {
            Assert.True(Stopwatch.GetElapsedTime(begin) < Snel, $"Het verouderde beeld kwam pas na {Stopwatch.GetElapsedTime(begin)}.");
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Equal("true", Assert.Single(antwoord.Headers.GetValues("Regiemonitor-Verouderd")));
            var json = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
            Assert.True((bool)json["verouderd"]!);
            Assert.True(DateTimeOffset.TryParse((string?)json["berekendOp"], System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.Equal(vers, json["kaarten"]!.ToJsonString() + json["tabel"]!.ToJsonString());
        }
        using (var pagina = await s.Admin.GetAsync($"/dashboards/GM0307?{VeerkrachtStapel.Datums}"))
        {
            Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
            Assert.Contains("Deze cijfers zijn mogelijk verouderd: de berekening is tijdelijk niet bereikbaar.", await pagina.Content.ReadAsStringAsync());
        }
        // A file outlives the outage, so none is made from an old view; a question never answered has no old view.
        using (var export = await s.Admin.GetAsync($"/dashboards/GM0307/export.csv?{VeerkrachtStapel.Datums}"))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, export.StatusCode);
        using (var nooitGevraagd = await s.Admin.GetAsync("/api/v1/dashboards/GM0307?peildatum=2024-08-01"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, nooitGevraagd.StatusCode);
            Assert.Equal("application/problem+json", nooitGevraagd.Content.Headers.ContentType?.MediaType);
        }

        await s.Start("Calculation");
        Assert.Empty(s.Gevallen());
        // The circuit half-opens after its break (1 s here): polled on the answer, in short steps.
        var weer = await Herhaal(async () =>
        {
            using var antwoord = await s.Admin.GetAsync(Gemeente);
            var json = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
            return antwoord.Headers.Contains("Regiemonitor-Verouderd") || json["verouderd"] is not null ? null : json;
        });
        Assert.Equal(vers, weer["kaarten"]!.ToJsonString() + weer["tabel"]!.ToJsonString());
    }

    /// <summary>Asks again every 100 ms until <paramref name="vraag"/> has an answer, for at most <see cref="Limiet"/>.</summary>
    private static async Task<T> Herhaal<T>(Func<Task<T?>> vraag) where T : class
    {
        var begin = Stopwatch.GetTimestamp();
        using var maat = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (Stopwatch.GetElapsedTime(begin) < Limiet)
        {
            if (await vraag() is { } antwoord) return antwoord;
            await maat.WaitForNextTickAsync();
        }
        throw new TimeoutException($"Geen herstel binnen {Limiet}.");
    }

    /// <summary>A later COA count for Utrecht, which the stack does not have yet.</summary>
    private const string Later = """
        bron,categorie,onderdeel,gebiedcode,peildatum,aantal
        COA,asiel,regulier,GM0344,2024-10-01,710
        COA,asiel,noodopvang,GM0344,2024-10-01,100
        COA,asiel,tgo,GM0344,2024-10-01,0
        """;

    private async Task<List<string>> Batches()
    {
        using var antwoord = await s.Admin.GetAsync("/api/v1/imports/realisatie/batches");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var lijst = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["batches"]!.AsArray();
        return [.. lijst.Select(b => (string)b!["id"]!).Order(StringComparer.Ordinal)];
    }

    /// <summary>The figures of a dashboard answer (cards and table), as text to compare.</summary>
    private async Task<string> Cijfers(string pad)
    {
        using var antwoord = await s.Admin.GetAsync(pad);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{(int)antwoord.StatusCode} {antwoord.Headers} {tekst}");
        var json = JsonNode.Parse(tekst)!;
        return json["kaarten"]!.ToJsonString() + json["tabel"]!.ToJsonString();
    }
}
