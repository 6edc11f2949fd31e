using System.Net;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Imports;

/// <summary>
/// New opgave versions and realisatie corrections: what is in force changes, what was stored
/// stays. On a stack of its own, because these tests change its data.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class CorrectieTests : IAsyncLifetime
{
    private const string OpgaveKop = "categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde,besluit\n";
    private const string RealisatieKop = "bron,categorie,onderdeel,gebiedcode,peildatum,aantal\n";
    private Stapel _stapel = null!;

    public async Task InitializeAsync() => _stapel = await Stapel.Start();

    public async Task DisposeAsync() => await _stapel.DisposeAsync();

    [Fact]
    public async Task Import_NieuweVersieEnCorrectie_VervangenWatGeldtEnBewarenHetOude()
    {
        await Geaccepteerd("/api/v1/imports/opgaven", OpgaveKop + "asiel,GM0106,2024-01-01,500,2025-01-01,800,verdeelbesluit");
        await Geaccepteerd("/api/v1/imports/realisatie", RealisatieKop +
            "COA,asiel,regulier,GM0106,2024-09-01,400\nCOA,asiel,noodopvang,GM0106,2024-09-01,100\nCOA,asiel,tgo,GM0106,2024-09-01,0");
        Assert.Equal("""{"opgave":800,"regulier":400,"noodopvang":100,"tgo":0,"realisatie":500,"delta":300}""", await Asiel("2024-09-02"));

        // A new version of the same period (same start) replaces it; the earlier one stays stored.
        await Geaccepteerd("/api/v1/imports/opgaven", OpgaveKop + "asiel,GM0106,2024-01-01,500,2025-01-01,900,bijstelling");
        // A corrected COA delivery of 1 September replaces the earlier one as a whole: regulier and
        // tgo change, and noodopvang, which it leaves out, no longer counts. Then a count of 10 September.
        await Geaccepteerd("/api/v1/imports/realisatie", RealisatieKop + "COA,asiel,regulier,GM0106,2024-09-01,450\nCOA,asiel,tgo,GM0106,2024-09-01,30");
        await Geaccepteerd("/api/v1/imports/realisatie", RealisatieKop + "COA,asiel,regulier,GM0106,2024-09-10,470");

        Assert.Equal("""{"opgave":900,"regulier":450,"noodopvang":0,"tgo":30,"realisatie":480,"delta":420}""", await Asiel("2024-09-02"));
        // A delivery for another peildatum supersedes nothing: tgo of 1 September still counts on 10 September.
        Assert.Equal("""{"opgave":900,"regulier":470,"noodopvang":0,"tgo":30,"realisatie":500,"delta":400}""", await Asiel("2024-09-10"));

        Assert.Contains("|asiel|GM0106|2024-01-01|500|2025-01-01|800|verdeelbesluit", Opslag.Inhoud(_stapel.DataMap));
        // Every count of 1 September still stored, per batch, superseded ones included.
        Assert.Equal([400, 100, 0, 450, 30], Opslag.Getallen(_stapel.DataMap, "ingestion.db", "Ingestion", """
            SELECT t.aantal FROM telling t JOIN realisatie_reeks r ON r.id = t.reeks
            WHERE r.gebiedcode = 'GM0106' AND t.peildatum = 739129 ORDER BY t.batch, t.regel
            """));
    }

    [Fact]
    public async Task Import_TweeTegenstrijdigeTegelijk_PreciesEenWordtOpgeslagen()
    {
        // Two files with overlapping periods for the same series, posted at the same moment:
        // each passes on its own, together they may not both be stored.
        var bestanden = Enumerable.Range(0, 2).Select(i =>
            OpgaveKop + $"amv,GM0114,2024-0{i + 1}-01,{10 * i},2025-01-01,100,voorstel {i}").ToArray();
        var antwoorden = await Task.WhenAll(bestanden.Select(b => _stapel.PostCsv("/api/v1/imports/opgaven", b)));
        try
        {
            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.BadRequest], antwoorden.Select(a => a.StatusCode).Order());
            var afgewezen = antwoorden.Single(a => a.StatusCode == HttpStatusCode.BadRequest);
            Assert.Contains("overlapt met de opgeslagen periode", await afgewezen.Content.ReadAsStringAsync());
        }
        finally
        {
            foreach (var a in antwoorden) a.Dispose();
        }
    }

    private async Task Geaccepteerd(string pad, string inhoud)
    {
        using var antwoord = await _stapel.PostCsv(pad, inhoud);
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
    }

    private async Task<string> Asiel(string realisatieTot)
    {
        using var antwoord = await _stapel.Admin.GetAsync($"/api/v1/dashboards/GM0106?peildatum=2024-09-01&realisatieTot={realisatieTot}");
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return JsonNode.Parse(tekst)!["tabel"]!["totaal"]!["asiel"]!.ToJsonString();
    }
}
