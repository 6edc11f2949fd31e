using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Imports;

/// <summary>
/// The import corpus (tests/corpus, described by corpus.json): every bad CSV and XLSX file is
/// refused through the gateway with exactly the expected problems, each at its line, column and
/// sheet, and afterwards every SQLite file of the stack is byte for byte what it was. The good
/// workbooks are stored, and the same rows in another order, sheet and notation are the same batch.
/// </summary>
[Collection(CorpusCollectie.Naam)]
public sealed class CorpusTests(CorpusStapel corpus)
{
    public static TheoryData<string> Afgewezen => [.. Gevallen("afgewezen").Select(g => (string)g["bestand"]!)];

    public static TheoryData<int> Goed => [.. Enumerable.Range(0, Gevallen("goed").Count)];

    [Fact]
    public void Corpus_HasAtLeastFortyBadFilesOfBothFormatsForBothImports()
    {
        var bestanden = Gevallen("afgewezen").Select(g => ((string)g["bestand"]!, (string)g["import"]!)).ToList();

        Assert.InRange(bestanden.Count, 40, int.MaxValue);
        foreach (var import in new[] { "realisatie", "opgaven" })
            foreach (var formaat in new[] { ".csv", ".xlsx" })
                Assert.Contains(bestanden, b => b.Item2 == import && b.Item1.EndsWith(formaat, StringComparison.Ordinal));
        Assert.All(bestanden, b => Assert.True(File.Exists(Path.Combine(CorpusStapel.Map, b.Item1)), b.Item1));
    }

    [Theory]
    [MemberData(nameof(Afgewezen))]
    public async Task Import_SlechtBestand_WordtAfgewezenMetDeVerwachteFoutenEnLaatDeOpslagOngemoeid(string bestand)
    {
        var geval = Gevallen("afgewezen").Single(g => (string)g["bestand"]! == bestand);
        var voor = corpus.Bestanden();
        Assert.Contains(TestPostgres.Actief ? "postgres:Ingestion" : "ingestion.db", voor.Keys);
        Assert.Contains(TestPostgres.Actief ? "postgres:OpgaveRegistry" : "opgaveregistry.db", voor.Keys);

        using var antwoord = await Post(geval);
        var tekst = await antwoord.Content.ReadAsStringAsync();

        Assert.True((int)antwoord.StatusCode == (int)geval["status"]!, $"{(int)antwoord.StatusCode}: {tekst}");
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var probleem = JsonNode.Parse(tekst)!;
        if (geval["fouten"] is JsonArray verwacht) AssertFouten(verwacht, probleem, bestand);
        else Assert.Contains((string)geval["melding"]!, (string?)probleem["detail"], StringComparison.Ordinal);

        var na = corpus.Bestanden();
        Assert.Equal(voor.Keys, na.Keys);
        Assert.All(voor, b => Assert.True(b.Value.AsSpan().SequenceEqual(na[b.Key]), $"{b.Key} is veranderd door {bestand}"));
        // The spooled upload is gone too, refused or not.
        var uploads = Path.Combine(corpus.Stapel.DataMap, "uploads");
        Assert.Empty(Directory.Exists(uploads) ? Directory.GetFiles(uploads) : []);
    }

    [Theory]
    [MemberData(nameof(Goed))]
    public async Task Import_GoedeWerkmap_WordtOpgeslagenEnDezelfdeRijenInAndereVolgordeZijnDezelfdeBatch(int nummer)
    {
        var paar = Gevallen("goed")[nummer];
        var rijen = (int)paar["rijen"]!;

        using var nieuw = await Post(paar["nieuw"]!.AsObject());
        var eerste = await Json(nieuw, HttpStatusCode.Created);
        using var zelfde = await Post(paar["zelfde"]!.AsObject());
        var tweede = await Json(zelfde, HttpStatusCode.OK);
        // What the good imports write must not spill into a refused import's before and after.
        await corpus.WachtTotStil();

        Assert.Equal((rijen, true), ((int)eerste["rijen"]!, (bool)eerste["nieuw"]!));
        Assert.Equal(((string?)eerste["batchId"], rijen, false), ((string?)tweede["batchId"], (int)tweede["rijen"]!, (bool)tweede["nieuw"]!));
    }

    /// <summary>
    /// Exactly the expected problems: each at its regel, kolom and blad (absent for CSV, as the
    /// contract had it), its melding containing the expected text.
    /// </summary>
    private static void AssertFouten(JsonArray verwacht, JsonNode probleem, string bestand)
    {
        Assert.Equal("Import afgewezen", (string?)probleem["title"]);
        Assert.Contains("niets opgeslagen", (string?)probleem["detail"], StringComparison.Ordinal);
        var fouten = probleem["errors"]!.AsArray().Select(f => f!.AsObject()).ToList();
        var overzicht = string.Join("\n", fouten.Select(f => f.ToJsonString()));
        Assert.True(fouten.Count == verwacht.Count, $"{bestand}: {verwacht.Count} fouten verwacht, gekregen:\n{overzicht}");
        foreach (var v in verwacht.Select(v => v!.AsObject()))
        {
            var passend = fouten.FirstOrDefault(f =>
                (int)f["regel"]! == (int)v["regel"]! && (string?)f["kolom"] == (string?)v["kolom"] && (string?)f["blad"] == (string?)v["blad"]
                && ((string)f["melding"]!).Contains((string)v["melding"]!, StringComparison.Ordinal));
            Assert.True(passend is not null, $"{bestand}: verwacht {v.ToJsonString()}, gekregen:\n{overzicht}");
            fouten.Remove(passend);
            if (v["blad"] is null) Assert.False(passend.ContainsKey("blad"), $"{bestand}: 'blad' hoort niet bij {passend.ToJsonString()}");
        }
    }

    private Task<HttpResponseMessage> Post(JsonObject geval)
    {
        var pad = $"/api/v1/imports/{(string)geval["import"]!}" + (geval["blad"] is { } blad ? "?blad=" + Uri.EscapeDataString((string)blad!) : "");
        var inhoud = File.ReadAllBytes(Path.Combine(CorpusStapel.Map, (string)geval["bestand"]!));
        var verzoek = new HttpRequestMessage(HttpMethod.Post, pad) { Content = new ByteArrayContent(inhoud) };
        verzoek.Content.Headers.ContentType = MediaTypeHeaderValue.Parse((string)geval["contentType"]!);
        if (geval["zonderLengte"] is not null)
        {
            // Chunked, so the service cannot refuse by Content-Length and must count what it reads.
            verzoek.Content = new StreamContent(new OnbekendeLengte(inhoud)) { Headers = { ContentType = verzoek.Content.Headers.ContentType } };
            verzoek.Headers.TransferEncodingChunked = true;
        }
        return corpus.Stapel.Admin.SendAsync(verzoek);
    }

    private static async Task<JsonObject> Json(HttpResponseMessage antwoord, HttpStatusCode verwacht)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == verwacht, $"{(int)antwoord.StatusCode}: {tekst}");
        return JsonNode.Parse(tekst)!.AsObject();
    }

    private static List<JsonObject> Gevallen(string soort) => [.. CorpusStapel.Corpus[soort]!.AsArray().Select(g => g!.AsObject())];

    /// <summary>A stream that does not know its length, as an upload from a pipe.</summary>
    private sealed class OnbekendeLengte(byte[] inhoud) : MemoryStream(inhoud, writable: false)
    {
        public override bool CanSeek => false;
    }
}
