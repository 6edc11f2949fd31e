using System.Net;
using System.Text.Json.Nodes;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Toezicht;

/// <summary>
/// The registry's toezicht and planning inputs on a real stack: good input is stored and read
/// back through <c>GetToezicht</c>; every kind of bad input is refused with line, column and
/// message and leaves toezicht.db byte for byte as it was; the same content twice is one batch.
/// Each test uses its own periode or gemeenten, so the order the tests run in does not matter.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class RegisterImportTests(RegisterStapel register) : IClassFixture<RegisterStapel>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static TheoryData<string, string, int, string?, string> OngeldigeBestanden => new()
    {
        { "/api/v1/taakstelling/taakstellingen", "periode,gemeentecode,taakstelling\n2025-3,GM0106,10", 2, "periode", "'2025-3' is geen halfjaar" },
        { "/api/v1/taakstelling/taakstellingen", "periode,gemeentecode,taakstelling\n2025-2,GM9999,10", 2, "gemeentecode", "Onbekende gebiedcode 'GM9999'" },
        { "/api/v1/taakstelling/taakstellingen", "periode,gemeentecode,taakstelling\n2025-2,PV22,10", 2, "gemeentecode", "PV22 is een provincie, geen gemeente" },
        { "/api/v1/taakstelling/taakstellingen", "periode,gemeentecode,taakstelling\n2025-2,GM0106,-4", 2, "taakstelling", "taakstelling is negatief (-4)" },
        { "/api/v1/taakstelling/taakstellingen", "periode,gemeentecode,taakstelling\n2025-2,GM0106,1.5", 2, "taakstelling", "'1.5' is geen geheel getal" },
        { "/api/v1/taakstelling/taakstellingen", "periode,gemeentecode,taakstelling\n2025-2,GM0106,1\n2025-2,GM0106,2", 3, "gemeentecode", "al een taakstelling op regel 2" },
        { "/api/v1/taakstelling/taakstellingen", "periode,gemeente,taakstelling\n2025-2,GM0106,1", 1, "gemeentecode", "Kolom 'gemeentecode' ontbreekt" },
        { "/api/v1/taakstelling/uitruilen", "periode,uitruil,gemeentecode,aantal\n2025-1,Scheef,GM0106,-10\n2025-1,Scheef,GM0114,5", 2, "uitruil", "telt op tot -5" },
        { "/api/v1/taakstelling/uitruilen", "periode,uitruil,gemeentecode,aantal\n2025-1,Te veel,GM0109,-1000\n2025-1,Te veel,GM0118,1000", 2, "uitruil", "kan niet negatief worden" },
        { "/api/v1/taakstelling/uitruilen", "periode,uitruil,gemeentecode,aantal\n2030-1,Leeg,GM0109,-1\n2030-1,Leeg,GM0118,1", 2, "uitruil", "GM0109 heeft geen taakstelling om uit te ruilen" },
        { "/api/v1/taakstelling/uitruilen", "periode,uitruil,gemeentecode,aantal\n2025-1,,GM0109,-1", 2, "uitruil", "uitruil ontbreekt" },
        { "/api/v1/taakstelling/uitruilen", "periode,uitruil,gemeentecode,aantal\n2025-1,X,GM0109,1e3", 2, "aantal", "'1e3' is geen geheel getal" },
        { "/api/v1/taakstelling/koppelingen", "periode,gemeentecode,koppelingen\n2025-1,GM0106,-1", 2, "koppelingen", "koppelingen is negatief (-1)" },
        { "/api/v1/taakstelling/koppelingen", "periode,gemeentecode,koppelingen\n2025/1,GM0106,1", 2, "periode", "'2025/1' is geen halfjaar" },
        { "/api/v1/taakstelling/koppelingen", "periode,gemeentecode,koppelingen\n2025-1,GM0106,1\n2025-1,GM0106,2", 3, "gemeentecode", "Dubbele regel: GM0106 heeft voor 2025-1 al koppelingen op regel 2." },
        { "/api/v1/taakstelling/correcties", "periode,gemeentecode,veld,waarde,reden\n2025-1,GM0106,achterstand,5,x\n2025-1,GM0106,achterstand,6,y", 3, "veld", "Dubbele regel: GM0106 heeft voor 2025-1 al een correctie van achterstand op regel 2." },
        { "/api/v1/imports/projecten", "project,gemeentecode,eenheden,jaar\nFlex,GM0106,10,2026\nFlex,GM0106,12,2026", 3, "jaar", "Dubbele regel: project 'Flex' in GM0106 staat voor 2026 al op regel 2." },
        { "/api/v1/taakstelling/correcties", "periode,gemeentecode,veld,waarde,reden\n2025-1,GM0106,stand,1,x", 2, "veld", "Onbekend veld 'stand'" },
        { "/api/v1/taakstelling/correcties", "periode,gemeentecode,veld,waarde,reden\n2025-1,GM0106,gehuisvest,-1,x", 2, "waarde", "waarde is negatief (-1)" },
        { "/api/v1/taakstelling/correcties", "periode,gemeentecode,veld,waarde,reden\n2025-1,GM0106,achterstand,5,", 2, "reden", "reden ontbreekt" },
        { "/api/v1/taakstelling/correcties", "periode,gemeentecode,veld,waarde,reden\n2030-1,GM0106,achterstand,5,x", 2, "gemeentecode", "GM0106 heeft geen taakstelling voor 2030-1" },
        { "/api/v1/imports/projecten", "project,gemeentecode,eenheden,jaar\nFlex,GM0106,0,2026", 2, "eenheden", "eenheden is 0" },
        { "/api/v1/imports/projecten", "project,gemeentecode,eenheden,jaar\nFlex,GM0106,10,1999", 2, "jaar", "jaar 1999 ligt niet tussen 2000 en 2100" },
        { "/api/v1/imports/projecten", "project,gemeentecode,eenheden,jaar\n,GM0106,10,2026", 2, "project", "project ontbreekt" },
        { "/api/v1/imports/scenarios?naam=P&versie=v1&status=concept", "gemeentecode,categorie,opgave,inbreng\nGM0106,nidos,1,1", 2, "categorie", "onbekende categorie 'nidos'" },
        { "/api/v1/imports/scenarios?naam=P&versie=v1&status=concept", "gemeentecode,categorie,opgave,inbreng\nGM0106,asiel,1,1\nGM0363,asiel,1,1", 3, "gemeentecode", "ligt in Noord-Holland" },
        { "/api/v1/imports/scenarios?naam=P&versie=v1&status=concept", "gemeentecode,categorie,opgave,inbreng\nGM0106,asiel,1,1\nGM0106,asiel,2,2", 3, "categorie", "meer dan één regel voor asiel" },
        { "/api/v1/imports/scenarios?naam=P&versie=v1&status=concept", "gemeentecode,categorie,opgave,inbreng\nGM0106,asiel,-1,1", 2, "opgave", "opgave is negatief (-1)" },
        { "/api/v1/imports/scenarios?versie=v1&status=concept", "gemeentecode,categorie,opgave,inbreng\nGM0106,asiel,1,1", 0, "naam", "Parameter naam ontbreekt" },
        { "/api/v1/imports/scenarios?naam=P&status=concept", "gemeentecode,categorie,opgave,inbreng\nGM0106,asiel,1,1", 0, "versie", "Parameter versie ontbreekt" },
        { "/api/v1/imports/scenarios?naam=P&versie=v1", "gemeentecode,categorie,opgave,inbreng\nGM0106,asiel,1,1", 0, "status", "Parameter status ontbreekt" },
        { "/api/v1/imports/scenarios?naam=P&versie=v1&status=besloten", "gemeentecode,categorie,opgave,inbreng\nGM0106,asiel,1,1", 0, "status", "Onbekende status 'besloten'" },
    };

    public static TheoryData<string, string, string, int, string?, string> OngeldigeVerzoeken => new()
    {
        { "POST", "/api/v1/taakstelling/afleidingen", """{"periode":"2026-1","landelijk":-5}""", 1, "landelijk", "landelijk is negatief (-5)" },
        { "POST", "/api/v1/taakstelling/afleidingen", """{"periode":"2026-1","landelijk":"veel"}""", 1, "landelijk", "'veel' is geen geheel getal" },
        { "POST", "/api/v1/taakstelling/afleidingen", """{"periode":"2026-1"}""", 1, "landelijk", "landelijk ontbreekt" },
        { "POST", "/api/v1/taakstelling/afleidingen", """{"periode":"2026-1","landelijk":1,"jaar":2026}""", 1, "jaar", "Onbekend veld 'jaar'" },
        { "POST", "/api/v1/taakstelling/afleidingen", "periode=2026-1", 1, null, "geen geldige JSON" },
        { "PUT", "/api/v1/taakstelling/beleid/PV99", """{"beleid":"trend","vanaf":"2024-1"}""", 0, "provincie", "Onbekende provincie 'PV99'" },
        { "PUT", "/api/v1/taakstelling/beleid/GM0106", """{"beleid":"trend","vanaf":"2024-1"}""", 0, "provincie", "Onbekende provincie 'GM0106'" },
        { "PUT", "/api/v1/taakstelling/beleid/PV22", """{"beleid":"streng","vanaf":"2024-1"}""", 1, "beleid", "Onbekend IBT-beleid 'streng'" },
        { "PUT", "/api/v1/taakstelling/beleid/PV22", """{"beleid":"trend"}""", 1, "vanaf", "vanaf ontbreekt" },
        { "PUT", "/api/v1/taakstelling/beleid/PV22", """{"beleid":"trend","vanaf":"2024-1","maxTrede":1}""", 1, "maxTrede", "maxTrede 1 ligt niet tussen 2 en 5" },
        { "POST", "/api/v1/taakstelling/bijstellingen", """{"periode":"2025-1","gemeentecode":"GM0106","trede":6,"motivering":"m","toezichthouder":"t"}""", 1, "trede", "trede 6 ligt niet tussen 1 en 5" },
        { "POST", "/api/v1/taakstelling/bijstellingen", """{"periode":"2025-1","gemeentecode":"GM0106","trede":3,"toezichthouder":"t"}""", 1, "motivering", "motivering ontbreekt" },
        { "POST", "/api/v1/taakstelling/bijstellingen", """{"periode":"2025-1","gemeentecode":"GM0106","trede":3,"motivering":"m"}""", 1, "toezichthouder", "toezichthouder ontbreekt" },
        { "POST", "/api/v1/taakstelling/bijstellingen", """{"periode":"2030-1","gemeentecode":"GM0106","trede":3,"motivering":"m","toezichthouder":"t"}""", 1, "gemeentecode", "GM0106 heeft geen taakstelling voor 2030-1" },
        { "POST", "/api/v1/taakstelling/bijstellingen", """{"periode":"2025-1","gemeentecode":"GM0106","trede":true,"motivering":"m","toezichthouder":"t"}""", 1, "trede", "trede moet een tekst of een getal zijn" },
    };

    [Theory]
    [MemberData(nameof(OngeldigeBestanden))]
    public Task Bestand_OngeldigeInvoer_WordtAfgewezenZonderIetsOpTeSlaan(string pad, string inhoud, int regel, string? kolom, string melding) =>
        AfgewezenZonderWijziging(() => register.Post(pad, inhoud), "Import afgewezen", regel, kolom, melding);

    [Theory]
    [MemberData(nameof(OngeldigeVerzoeken))]
    public Task Verzoek_OngeldigeInvoer_WordtAfgewezenZonderIetsOpTeSlaan(string methode, string pad, string json, int regel, string? kolom, string melding) =>
        AfgewezenZonderWijziging(() => methode == "PUT" ? register.Put(pad, json) : register.Post(pad, json, "application/json"),
            "Verzoek afgewezen", regel, kolom, melding);

    [Fact]
    public async Task Taakstellingen_LatereImport_IsGeldendEnHetOudeBlijftBewaard()
    {
        var eerste = await Geaccepteerd(register.Post("/api/v1/taakstelling/taakstellingen", "periode,gemeentecode,taakstelling\n2024-2,GM0119,30\n2024-2,GM0141,40\n"));
        var tweede = await Geaccepteerd(register.Post("/api/v1/taakstelling/taakstellingen", "periode;gemeentecode;taakstelling\n2024-2;GM0119;35\n"));

        var geldend = (await register.Toezicht()).Taakstellingen.Where(t => t.Periode == "2024-2").ToList();
        Assert.Equal([("GM0119", 35L, "import", tweede), ("GM0141", 40L, "import", eerste)],
            geldend.Select(t => (t.Gemeentecode, t.Aantal, t.Herkomst, t.BatchId)));
        // Append-only: the replaced taakstelling is still stored.
        Assert.Equal([30L, 35L], Getallen("SELECT aantal FROM taakstelling WHERE periode = '2024-2' AND gemeentecode = 'GM0119' ORDER BY aantal"));
    }

    [Fact]
    public async Task Taakstellingen_ZelfdeInhoudNogmaals_Geeft200MetDezelfdeBatchEnWijzigtNiets()
    {
        var batch = await Geaccepteerd(register.Post("/api/v1/taakstelling/taakstellingen", "periode,gemeentecode,taakstelling\n2023-2,GM0119,7\n2023-2,GM0141,8\n"));
        var voor = register.Vingerafdruk();

        // Other line order, delimiter and quoting: the same content.
        using var antwoord = await register.Post("/api/v1/taakstelling/taakstellingen", "periode;gemeentecode;taakstelling\r\n\"2023-2\";GM0141;8\r\n2023-2;GM0119;7\r\n");
        var body = await Json(antwoord, HttpStatusCode.OK);

        Assert.Equal((batch, 2, false), ((string?)body["batchId"], (int)body["rijen"]!, (bool)body["nieuw"]!));
        Assert.Equal(voor, register.Vingerafdruk());
    }

    [Fact]
    public async Task Afleiding_2026_1_VerdeeltOverAlleGemeentenEnTeltOpTotMinstensHetLandelijke()
    {
        using var antwoord = await register.Post("/api/v1/taakstelling/afleidingen", """{"periode":"2026-1","landelijk":24000}""", "application/json");
        var body = await Json(antwoord, HttpStatusCode.Created);

        var som = (long)body["som"]!;
        Assert.Equal((342, 24000L), ((int)body["rijen"]!, (long)body["landelijk"]!));
        // Every part is rounded up, so the sum exceeds the national number by less than one per gemeente.
        Assert.InRange(som, 24000, 24000 + 341);
        var afgeleid = (await register.Toezicht()).Taakstellingen.Where(t => t.Periode == "2026-1").ToList();
        Assert.Equal(342, afgeleid.Count);
        Assert.All(afgeleid, t => Assert.Equal(("afgeleid", (string?)body["batchId"]), (t.Herkomst, t.BatchId)));
        Assert.Equal(som, afgeleid.Sum(t => t.Aantal));
        // Amsterdam, the largest gemeente (935.793 of 18.045.532 inwoners): ceil(24000 * 935793 / 18045532).
        Assert.Equal(1245L, afgeleid.Single(t => t.Gemeentecode == "GM0363").Aantal);

        var voor = register.Vingerafdruk();
        using var nogmaals = await register.Post("/api/v1/taakstelling/afleidingen", """{"landelijk":24000,"periode":"2026-1"}""", "application/json");
        var tweede = await Json(nogmaals, HttpStatusCode.OK);
        Assert.Equal(((string?)body["batchId"], som), ((string?)tweede["batchId"], (long)tweede["som"]!));
        Assert.Equal(voor, register.Vingerafdruk());
    }

    [Fact]
    public Task Afleiding_2025_1_WordtAfgewezenMetDeBenodigdeEnDeBeschikbarePeildatum() =>
        AfgewezenZonderWijziging(() => register.Post("/api/v1/taakstelling/afleidingen", """{"periode":"2025-1","landelijk":24000}""", "application/json"),
            "Verzoek afgewezen", 1, "periode", "Voor 2025-1 zijn de inwoners van 1 januari 2024 nodig", "alleen de inwoners van 1 januari 2025");

    [Fact]
    public async Task Uitruil_Geldig_WordtOpgeslagenEnZelfdeInhoudIsDezelfdeBatch()
    {
        const string ruil = "periode,uitruil,gemeentecode,aantal\n2025-1,Assen neemt over van Emmen,GM0106,15\n2025-1,Assen neemt over van Emmen,GM0114,-15\n";
        var batch = await Geaccepteerd(register.Post("/api/v1/taakstelling/uitruilen", ruil));

        var uitruil = Assert.Single((await register.Toezicht()).Uitruilen, u => u.Naam == "Assen neemt over van Emmen");
        Assert.Equal(("2025-1", batch), (uitruil.Periode, uitruil.BatchId));
        Assert.Equal([("GM0106", 15L), ("GM0114", -15L)], uitruil.Regels.Select(r => (r.Gemeentecode, r.Aantal)));
        // The taakstellingen themselves stay as imported: the calculation applies the uitruil.
        Assert.Equal(100L, (await register.Toezicht()).Taakstellingen.Single(t => t.Periode == "2025-1" && t.Gemeentecode == "GM0106").Aantal);

        using var nogmaals = await register.Post("/api/v1/taakstelling/uitruilen", ruil);
        Assert.Equal(batch, (string?)(await Json(nogmaals, HttpStatusCode.OK))["batchId"]);
        // The same name with other amounts would apply a second swap under one name.
        await AfgewezenZonderWijziging(() => register.Post("/api/v1/taakstelling/uitruilen", ruil.Replace("15", "5", StringComparison.Ordinal)),
            "Import afgewezen", 2, "uitruil", "is al vastgelegd");
    }

    [Fact]
    public Task Uitruil_SomNietNul_WordtAfgewezenOpDeEersteRegel() =>
        AfgewezenZonderWijziging(() => register.Post("/api/v1/taakstelling/uitruilen",
                "periode,uitruil,gemeentecode,aantal\n2025-1,Goed,GM0109,-5\n2025-1,Goed,GM0118,5\n2025-1,Ongelijk,GM0109,-5\n2025-1,Ongelijk,GM0118,7\n"),
            "Import afgewezen", 4, "uitruil", "Uitruil 'Ongelijk' voor 2025-1: De uitruil telt op tot +2; een uitruil moet de som gelijk laten.");

    [Fact]
    public async Task Koppelingen_LaatsteTellingIsGeldend()
    {
        await Geaccepteerd(register.Post("/api/v1/taakstelling/koppelingen", "periode,gemeentecode,koppelingen\n2025-1,GM0106,40\n2025-1,GM0114,70\n"));
        await Geaccepteerd(register.Post("/api/v1/taakstelling/koppelingen", "periode,gemeentecode,koppelingen\n2025-1,GM0106,45\n"));

        var koppelingen = (await register.Toezicht()).Koppelingen.Where(k => k.Periode == "2025-1");
        Assert.Equal([("GM0106", 45L), ("GM0114", 70L)], koppelingen.Select(k => (k.Gemeentecode, k.Aantal)));
    }

    [Fact]
    public async Task Correcties_WordenMetRedenEnTijdstipOpgeslagen()
    {
        await Geaccepteerd(register.Post("/api/v1/taakstelling/correcties",
            "periode,gemeentecode,veld,waarde,reden\n2025-1,GM0118,achterstand,-12,Voorsprong volgens rapportage 2024-2\n2025-1,GM0118,gehuisvest,33,\"Nagekomen, TVS\"\n"));

        var correcties = (await register.Toezicht()).Correcties.Where(c => c.Gemeentecode == "GM0118").ToList();
        Assert.Equal([("achterstand", -12L, "Voorsprong volgens rapportage 2024-2"), ("gehuisvest", 33L, "Nagekomen, TVS")],
            correcties.Select(c => (c.Veld, c.Waarde, c.Reden)));
        Assert.All(correcties, c => Assert.True(DateTimeOffset.TryParse(c.VastgelegdOp, out _), c.VastgelegdOp));
    }

    [Fact]
    public async Task Beleid_ElkeInstellingIsDeVolgendeVersie()
    {
        var eerste = await Json(await register.Put("/api/v1/taakstelling/beleid/PV22", """{"beleid":"trend","vanaf":"2024-1"}"""), HttpStatusCode.Created);
        var tweede = await Json(await register.Put("/api/v1/taakstelling/beleid/PV22", """{"beleid":"absoluut","vanaf":"2025-1","maxTrede":3}"""), HttpStatusCode.Created);

        var versie = (int)eerste["versie"]!;
        Assert.Equal("""{"provincie":"PV22","beleid":"trend","versie":VERSIE,"vanaf":"2024-1","maxTrede":5}""".Replace("VERSIE", $"{versie}", StringComparison.Ordinal), eerste.ToJsonString());
        Assert.Equal((versie + 1, "absoluut", 3), ((int)tweede["versie"]!, (string?)tweede["beleid"], (int)tweede["maxTrede"]!));
        var beleid = (await register.Toezicht()).Beleid.Where(b => b.Provincie == "PV22").ToList();
        Assert.Equal(beleid.Select(b => b.Versie).Order(), beleid.Select(b => b.Versie));
        Assert.Equal(("absoluut", "2025-1", 3), (beleid[^1].Beleid, beleid[^1].Vanaf, beleid[^1].MaxTrede));
    }

    [Fact]
    public async Task Bijstelling_WordtNaastDeBeoordelingOpgeslagen()
    {
        using var antwoord = await register.Post("/api/v1/taakstelling/bijstellingen",
            """{"periode":"2025-1","gemeentecode":"GM0109","trede":3,"motivering":"Geen plan van aanpak ontvangen","toezichthouder":"M. de Boer"}""", "application/json");
        var body = await Json(antwoord, HttpStatusCode.Created);

        var bijstelling = Assert.Single((await register.Toezicht()).Bijstellingen, b => b.Gemeentecode == "GM0109");
        Assert.Equal(("2025-1", 3, "Geen plan van aanpak ontvangen", "M. de Boer"), (bijstelling.Periode, bijstelling.Trede, bijstelling.Motivering, bijstelling.Toezichthouder));
        Assert.Equal(DateTimeOffset.Parse((string)body["tijdstip"]!, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(bijstelling.Tijdstip, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Projecten_WordenOpgeslagen()
    {
        await Geaccepteerd(register.Post("/api/v1/imports/projecten", "project,gemeentecode,eenheden,jaar\nFlexwonen Kloosterveen,GM0106,60,2026\nFlexwonen Kloosterveen,GM0106,40,2027\n"));

        var projecten = (await register.Toezicht()).Projecten.Where(p => p.Naam == "Flexwonen Kloosterveen");
        Assert.Equal([("GM0106", 60L, 2026), ("GM0106", 40L, 2027)], projecten.Select(p => (p.Gemeentecode, p.Eenheden, p.Jaar)));
    }

    [Fact]
    public async Task Scenario_Csv_WordtOpgeslagenBijDeProvincieVanZijnGemeenten()
    {
        using var antwoord = await register.Post("/api/v1/imports/scenarios?naam=Puzzel%20Drenthe&versie=eerste%20voorstel&status=ambtelijk",
            "gemeentecode,categorie,opgave,inbreng\nGM0106,asiel,600,650\nGM0106,oekraine,300,250\nGM0114,asiel,500,500\n");
        var body = await Json(antwoord, HttpStatusCode.Created);

        Assert.Equal((3, "PV22"), ((int)body["rijen"]!, (string?)body["provincie"]));
        var scenario = Assert.Single((await register.Toezicht()).Scenarios, s => s.Id == (string?)body["batchId"]);
        Assert.Equal(("PV22", "Puzzel Drenthe", "eerste voorstel", "ambtelijk"), (scenario.Provincie, scenario.Naam, scenario.Versie, scenario.Status));
        Assert.Equal([("GM0106", "asiel", 600L, 650L), ("GM0106", "oekraine", 300L, 250L), ("GM0114", "asiel", 500L, 500L)],
            scenario.Regels.Select(r => (r.Gemeentecode, r.Categorie, r.Opgave, r.Inbreng)));
    }

    [Fact]
    public async Task Scenario_Xlsx_LeestHetGenoemdeBladEnDezelfdeWerkmapIsHetzelfdeScenario()
    {
        var werkmap = RegisterStapel.Werkmap(
            ("Toelichting", [["Voorstel van de PRT"]]),
            ("Voorstel 2", [["gemeentecode", "categorie", "opgave", "inbreng"], ["GM0109", "amv", "12", "20"], ["GM0118", "amv", "14", "6"]]));
        const string pad = "/api/v1/imports/scenarios?naam=Puzzel%20AMV&versie=voorstel%20bijstelling&status=collegebesluit&blad=Voorstel%202";

        using var antwoord = await register.Post(pad, werkmap, Xlsx);
        var body = await Json(antwoord, HttpStatusCode.Created);

        var scenario = Assert.Single((await register.Toezicht()).Scenarios, s => s.Id == (string?)body["batchId"]);
        Assert.Equal(("PV22", "collegebesluit"), (scenario.Provincie, scenario.Status));
        Assert.Equal([("GM0109", 12L, 20L), ("GM0118", 14L, 6L)], scenario.Regels.Select(r => (r.Gemeentecode, r.Opgave, r.Inbreng)));

        // Recognised by its ZIP signature as well, whatever the Content-Type says.
        using var nogmaals = await register.Post(pad, werkmap, "application/octet-stream");
        Assert.Equal((string?)body["batchId"], (string?)(await Json(nogmaals, HttpStatusCode.OK))["batchId"]);
    }

    [Fact]
    public Task Scenario_XlsxMetFormule_WordtAfgewezenOpDieCel() =>
        AfgewezenZonderWijziging(() => register.Post("/api/v1/imports/scenarios?naam=Formule&versie=v1&status=concept",
                RegisterStapel.Werkmap(("Blad1", [["gemeentecode", "categorie", "opgave", "inbreng"], ["GM0109", "asiel", "10", "10"], ["GM0118", "asiel", "5", "5"],
                    ["GM0106", "asiel", "=C2+C3", "15"]])), Xlsx),
            "Import afgewezen", 4, "opgave", "Cel C4 bevat een formule; sla de waarde op.");

    [Fact]
    public Task Scenario_XlsxZonderHetGevraagdeBlad_NoemtDeBladen() =>
        AfgewezenZonderWijziging(() => register.Post("/api/v1/imports/scenarios?naam=P&versie=v1&status=concept&blad=Blad9",
                RegisterStapel.Werkmap(("Voorstel", [["gemeentecode", "categorie", "opgave", "inbreng"], ["GM0109", "asiel", "10", "10"]])), Xlsx),
            "Import afgewezen", 1, null, "Werkblad 'Blad9' bestaat niet; de werkmap bevat: 'Voorstel'.");

    [Fact]
    public Task Scenario_BeschadigdeWerkmap_WordtAfgewezen() =>
        AfgewezenZonderWijziging(() => register.Post("/api/v1/imports/scenarios?naam=P&versie=v1&status=concept", "PK\u0003\u0004 geen werkmap"u8.ToArray(), Xlsx),
            "Import afgewezen", 1, null, "geen leesbare Excel-werkmap");

    [Fact]
    public async Task GetToezicht_BekendeVersie_IsOngewijzigdTotDeVolgendeSchrijving()
    {
        var huidig = await register.Toezicht();
        Assert.StartsWith("toezicht-", huidig.DataVersie);

        var zelfde = await register.Grpc.GetToezichtAsync(new GetToezichtRequest { BekendeVersie = huidig.DataVersie });
        Assert.Equal((true, huidig.DataVersie, 0), (zelfde.Ongewijzigd, zelfde.DataVersie, zelfde.Taakstellingen.Count));

        await Geaccepteerd(register.Post("/api/v1/taakstelling/koppelingen", "periode,gemeentecode,koppelingen\n2024-2,GM0119,3\n"));
        var na = await register.Grpc.GetToezichtAsync(new GetToezichtRequest { BekendeVersie = huidig.DataVersie });
        Assert.False(na.Ongewijzigd);
        Assert.NotEqual(huidig.DataVersie, na.DataVersie);
        Assert.NotEmpty(na.Taakstellingen);
    }

    private async Task AfgewezenZonderWijziging(Func<Task<HttpResponseMessage>> verstuur, string titel, int regel, string? kolom, params string[] meldingen)
    {
        var voor = (register.Vingerafdruk(), Opslag.Inhoud(register.Stapel.DataMap));
        using var antwoord = await verstuur();
        var probleem = await Json(antwoord, HttpStatusCode.BadRequest);

        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal(titel, (string?)probleem["title"]);
        Assert.Contains("niets opgeslagen", (string?)probleem["detail"]);
        var fouten = probleem["errors"]!.AsArray();
        Assert.True(fouten.Any(f => (int)f!["regel"]! == regel && (string?)f["kolom"] == kolom
                && meldingen.All(m => ((string)f["melding"]!).Contains(m, StringComparison.Ordinal))),
            $"Verwacht regel {regel}, kolom {kolom}, '{string.Join("', '", meldingen)}'; gekregen: {fouten.ToJsonString()}");
        Assert.Equal(voor, (register.Vingerafdruk(), Opslag.Inhoud(register.Stapel.DataMap)));
    }

    private static async Task<string> Geaccepteerd(Task<HttpResponseMessage> verzoek)
    {
        using var antwoord = await verzoek;
        var body = await Json(antwoord, HttpStatusCode.Created);
        return (string?)body["batchId"] ?? throw new InvalidOperationException("Geen batchId: " + body.ToJsonString());
    }

    private static async Task<JsonNode> Json(HttpResponseMessage antwoord, HttpStatusCode verwacht)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == verwacht, $"{(int)antwoord.StatusCode}: {tekst}");
        Assert.Equal(new Version(2, 0), antwoord.Version);
        return JsonNode.Parse(tekst)!;
    }

    [Theory]
    [InlineData("UPDATE taakstelling SET aantal = aantal + 1")]
    [InlineData("DELETE FROM taakstelling")]
    [InlineData("DELETE FROM schrijving")]
    public void Opslag_WijzigenOfVerwijderenBuitenDeDienstOm_WeigertDeDatabaseZelf(string sql)
    {
        var voor = Getallen("SELECT aantal FROM taakstelling ORDER BY aantal");

        var fout = Assert.ThrowsAny<System.Data.Common.DbException>(() => Opslag.Uitvoeren(register.Stapel.DataMap, "toezicht.db", "OpgaveRegistry", sql));

        Assert.Contains("append-only", fout.Message, StringComparison.Ordinal);
        Assert.NotEmpty(voor);
        Assert.Equal(voor, Getallen("SELECT aantal FROM taakstelling ORDER BY aantal"));
    }

    private List<long> Getallen(string sql) => Opslag.Getallen(register.Stapel.DataMap, "toezicht.db", "OpgaveRegistry", sql);
}
