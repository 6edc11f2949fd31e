using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Toezicht;

/// <summary>
/// The issue's "done when" through the gateway: a provincial toezichthouder loads a period's
/// figures, sees every gemeente's trede with its reasons, adjusts one with a motivation, fixes
/// the assessments and prints the voortgangsrapportage; a PRT secretary compares proposals.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class ToezichthouderTests(ToezichtStapel utrecht)
{
    private Stapel Stapel => utrecht.Stapel;

    [Fact]
    public async Task Toezichthouder_BekijktBijstellenVaststellenEnPrint()
    {
        var voor = await Json("/api/v1/taakstelling/PV26/2023-1");
        Assert.Equal((69, 76), ((int)voor["totaal"]!["percentageTaakstelling"]!, (int)voor["totaal"]!["percentageTotaalopgave"]!));
        Assert.Equal((155, 111), ((int)voor["vorigTotaal"]!["percentageTaakstelling"]!, (int)voor["vorigTotaal"]!["percentageTotaalopgave"]!));
        var utrechtVoor = Rij(voor, "GM0344");
        Assert.Equal(2, (int)utrechtVoor["beoordeling"]!["trede"]!);
        Assert.NotEmpty(utrechtVoor["beoordeling"]!["redenen"]!.AsArray());
        Assert.Equal("koppelingstekort", (string?)Rij(voor, "GM0307")["beoordeling"]!["grondslag"]);

        using (var bijstelling = await Stapel.Admin.PostAsJsonAsync("/api/v1/taakstelling/bijstellingen", new
        {
            periode = "2023-1", gemeentecode = "GM0344", trede = 3, motivering = "Geen zicht op de toegezegde flexwoningen", toezichthouder = "J. de Vries",
        }))
            Assert.Equal(HttpStatusCode.Created, bijstelling.StatusCode);
        using (var vaststelling = await Stapel.Admin.PostAsJsonAsync("/api/v1/taakstelling/PV26/2023-1/vaststelling", new { door = "J. de Vries" }))
        {
            Assert.Equal(HttpStatusCode.Created, vaststelling.StatusCode);
            Assert.Equal(2, (int)JsonNode.Parse(await vaststelling.Content.ReadAsStringAsync())!["beoordelingen"]!);
        }

        var na = await Json("/api/v1/taakstelling/PV26/2023-1");
        var utrechtNa = Rij(na, "GM0344");
        // The override stands beside the computed trede, never instead of it.
        Assert.Equal((2, 3), ((int)utrechtNa["beoordeling"]!["trede"]!, (int)utrechtNa["bijstelling"]!["trede"]!));
        Assert.Equal("Geen zicht op de toegezegde flexwoningen", (string?)utrechtNa["bijstelling"]!["motivering"]);
        Assert.Equal(("J. de Vries", 2), ((string?)utrechtNa["vastgesteld"]!["vastgesteldDoor"], (int)utrechtNa["vastgesteld"]!["trede"]!));
        Assert.Equal(1, (int)na["treden"]!.AsArray().Single(t => (int)t!["trede"]! == 3)!["aantal"]!);

        // The voortgangsrapportage, printed: the same figures and the override with its motivation.
        using var pdfAntwoord = await Stapel.Admin.GetAsync("/dashboards/PV26/voortgang/2023-1/export.pdf");
        Assert.Equal(HttpStatusCode.OK, pdfAntwoord.StatusCode);
        var map = Directory.CreateTempSubdirectory("regiemonitor-voortgang-").FullName;
        var pdf = Path.Combine(map, "voortgang.pdf");
        await File.WriteAllBytesAsync(pdf, await pdfAntwoord.Content.ReadAsByteArrayAsync());
        Assert.Contains("841.92 x 594.96 pts (A4)", await Processen.Voer("pdfinfo", pdf));
        // Reading order without layout, whitespace collapsed: a narrow cell wraps its text over lines.
        var tekst = System.Text.RegularExpressions.Regex.Replace(await Processen.Voer("pdftotext", pdf, "-"), @"\s+", " ");
        foreach (var verwacht in new[] { "Voortgangsrapportage", "Amersfoort", "1.651", "1.501", "1.138", "69 %", "76 %", "155 %", "111 %", "koppelingstekort", "Geen zicht op de toegezegde flexwoningen" })
            Assert.Contains(verwacht, tekst);
        Directory.Delete(map, recursive: true);
    }

    [Fact]
    public async Task Api_ZonderSleutel_Geeft401()
    {
        using var antwoord = await Stapel.Http.GetAsync("/api/v1/taakstelling/PV26/2023-1");
        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
        using var invoer = await Stapel.Http.PostAsJsonAsync("/api/v1/taakstelling/bijstellingen", new { periode = "2023-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, invoer.StatusCode);
    }

    [Fact]
    public async Task PrtSecretaris_VergelijktVoorstellen()
    {
        using (var tweede = await Stapel.PostCsv("/api/v1/imports/scenarios?naam=Puzzel%202025&versie=voorstel%20bijstelling&status=ambtelijk", """
            gemeentecode,categorie,opgave,inbreng
            GM0344,asiel,1000,1000
            GM0307,asiel,500,450
            """))
            Assert.Equal(HttpStatusCode.Created, tweede.StatusCode);

        var lijst = await Json("/api/v1/scenarios/PV26?peildatum=2024-09-01");
        var ids = lijst["scenarios"]!.AsArray().Select(s => (string)s!["id"]!).ToList();
        Assert.True(ids.Count >= 2);
        var vergelijking = await Json($"/api/v1/scenarios/PV26?peildatum=2024-09-01&voorstel={ids[0]}&voorstel={ids[^1]}");
        var voorstellen = vergelijking["scenarios"]!.AsArray();
        Assert.Equal(["eerste voorstel", "voorstel bijstelling"], voorstellen.Select(v => (string)v!["versie"]!));
        var asiel = voorstellen.Select(v => v!["categorieen"]!.AsArray().Single(c => (string)c!["categorie"]! == "asiel")!).ToList();
        Assert.Equal([1550L, 1450L], asiel.Select(a => (long)a["inbreng"]!));
        Assert.Equal([50L, -50L], asiel.Select(a => (long)a["verschilTotProvinciaal"]!));

        var html = await (await Stapel.Http.GetAsync($"/dashboards/PV26/scenarios?peildatum=2024-09-01&voorstel={ids[0]}&voorstel={ids[^1]}")).Content.ReadAsStringAsync();
        Assert.Contains("voorstel bijstelling", html);
        Assert.Contains("103,3 %", html);
    }

    private async Task<JsonNode> Json(string pad)
    {
        using var antwoord = await Stapel.Admin.GetAsync(pad);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{pad}: {antwoord.StatusCode} {tekst}");
        return JsonNode.Parse(tekst)!;
    }

    private static JsonNode Rij(JsonNode voortgang, string code) =>
        voortgang["rijen"]!.AsArray().Single(r => (string)r!["gebied"]!["code"]! == code)!;
}
