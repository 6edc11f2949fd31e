using System.Net;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Dashboards;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Imports;

/// <summary>
/// Every kind of wrong input is refused with the line, column and a message that says what is
/// wrong, and the stores are exactly as before. Runs against a stack that already holds data
/// (Drenthe), so conflicts with stored periods and counts are covered too.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class OngeldigeImportTests(ProvincieStapel drenthe)
{
    private const string OpgaveKop = "categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde,besluit\n";
    private const string RealisatieKop = "bron,categorie,onderdeel,gebiedcode,peildatum,aantal\n";

    public static TheoryData<string, int, string?, string> OngeldigeOpgaven => new()
    {
        { "asiel,GM9999,2024-01-01,1,2025-01-01,2,x", 2, "gebiedcode", "Onbekende gebiedcode 'GM9999'" },
        { "oekraïne,VR01,2024-01-01,1,2025-01-01,2,x", 2, "categorie", "Onbekende categorie 'oekraïne'" },
        { "asiel,GM0109,2024-13-01,1,2025-01-01,2,x", 2, "startdatum", "'2024-13-01' is geen geldige datum" },
        { "asiel,GM0109,2024-01-01,1,01/01/2025,2,x", 2, "einddatum", "'01/01/2025' is geen geldige datum" },
        { "asiel,GM0109,2024-07-01,1,2024-07-01,2,x", 2, "einddatum", "einddatum 2024-07-01 ligt niet na startdatum 2024-07-01" },
        { "asiel,GM0109,2024-07-01,1,2024-01-01,2,x", 2, "einddatum", "ligt niet na startdatum" },
        { "asiel,GM0109,2024-01-01,-5,2025-01-01,2,x", 2, "startwaarde", "startwaarde is negatief (-5)" },
        { "asiel,GM0109,2024-01-01,5,2025-01-01,12.5,x", 2, "eindwaarde", "'12.5' is geen geheel getal" },
        { "asiel,GM0109,2024-01-01,5,2025-01-01,\"1.234\",x", 2, "eindwaarde", "'1.234' is geen geheel getal" },
        { "asiel,GM0109,2024-01-01,,2025-01-01,5,x", 2, "startwaarde", "startwaarde ontbreekt" },
        { "oekraine,GM0109,2024-01-01,1,2025-01-01,2,x", 2, "gebiedcode", "per veiligheidsregio" },
        { "asiel,GM0109,2024-01-01,1,2025-01-01,2,x\nasiel,GM0109,2024-06-01,1,2025-06-01,2,x", 3, "startdatum", "overlapt met regel 2" },
        { "asiel,GM0109,2024-01-01,1,2025-01-01,2,x\nasiel,GM0109,2024-01-01,1,2025-01-01,2,x", 3, "startdatum", "Dubbele periode" },
        { "amv,PV22,2024-01-01,1,2025-01-01,2,x\namv,GM0114,2024-01-01,1,2025-01-01,2,x", 3, "gebiedcode", "dubbel" },
        { "asiel,GM0106,2024-06-01,1,2025-06-01,2,x", 2, "startdatum", "overlapt met de opgeslagen periode" },
        { "oekraine,PV22,2024-02-01,1,2025-01-01,2,x", 2, "gebiedcode", "heeft al een opgave voor VR03" },
        { "asiel,VR03,2024-01-01,1,2025-01-01,2,x", 2, "gebiedcode", "ligt daarboven" },
        { "asiel,GM0109,2024-01-01,1,2025-01-01,2,x,extra", 2, null, "De regel heeft 8 velden" },
    };

    public static TheoryData<string, int, string?, string> OngeldigeRealisatie => new()
    {
        { "IND,asiel,regulier,GM0109,2024-09-01,5", 2, "bron", "Onbekende bron 'IND'" },
        { "COA,opvang,,GM0109,2024-09-01,5", 2, "categorie", "Onbekende categorie 'opvang'" },
        { "KCIO,asiel,regulier,GM0109,2024-09-01,5", 2, "categorie", "KCIO levert geen asiel" },
        { "COA,asiel,opvang,GM0109,2024-09-01,5", 2, "onderdeel", "Onbekend onderdeel 'opvang'" },
        { "COA,asiel,,GM0109,2024-09-01,5", 2, "onderdeel", "onderdeel ontbreekt" },
        { "COA,amv,regulier,GM0109,2024-09-01,5", 2, "onderdeel", "onderdeel hoort leeg te zijn voor amv" },
        { "COA,amv,,GM9999,2024-09-01,5", 2, "gebiedcode", "Onbekende gebiedcode 'GM9999'" },
        { "COA,amv,,GM0109,2999-01-01,5", 2, "peildatum", "peildatum 2999-01-01 ligt in de toekomst" },
        { "COA,amv,,GM0109,1-9-2024,5", 2, "peildatum", "'1-9-2024' is geen geldige datum" },
        { "COA,amv,,GM0109,2024-09-01,-1", 2, "aantal", "aantal is negatief (-1)" },
        { "COA,amv,,GM0109,2024-09-01,\"1.500\"", 2, "aantal", "'1.500' is geen geheel getal" },
        { "COA,amv,,GM0109,2024-09-01,5\nCOA,amv,,GM0109,2024-09-01,6", 3, null, "Dubbele regel: dezelfde telling staat al op regel 2" },
        { "COA,amv,,VR03,2024-09-01,5\nCOA,amv,,GM0109,2024-09-01,6", 3, "gebiedcode", "wordt ook geteld voor VR03 (regel 2)" },
        { "KCIO,oekraine,,VR03,2024-09-01,5", 2, "gebiedcode", "opgeslagen voor gebieden onder VR03" },
    };

    [Theory]
    [MemberData(nameof(OngeldigeOpgaven))]
    public Task ImportOpgaven_OngeldigeRegel_WordtAfgewezenMetRegelKolomEnMelding(string regels, int regel, string? kolom, string melding) =>
        AfgewezenZonderWijziging("/api/v1/imports/opgaven", OpgaveKop + regels, regel, kolom, melding);

    [Theory]
    [MemberData(nameof(OngeldigeRealisatie))]
    public Task ImportRealisatie_OngeldigeRegel_WordtAfgewezenMetRegelKolomEnMelding(string regels, int regel, string? kolom, string melding) =>
        AfgewezenZonderWijziging("/api/v1/imports/realisatie", RealisatieKop + regels, regel, kolom, melding);

    [Theory]
    [InlineData("/api/v1/imports/opgaven", "categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde\nasiel,GM0109,2024-01-01,1,2025-01-01,2", "besluit", "Kolom 'besluit' ontbreekt")]
    [InlineData("/api/v1/imports/realisatie", "bron,categorie,onderdeel,gebied,peildatum,aantal\nCOA,amv,,GM0109,2024-09-01,5", "gebied", "Onbekende kolom 'gebied'")]
    [InlineData("/api/v1/imports/realisatie", "", null, "Het bestand is leeg")]
    [InlineData("/api/v1/imports/realisatie", "bron,categorie,onderdeel,gebiedcode,peildatum,aantal\n", null, "alleen een kopregel")]
    public Task Import_OngeldigeKopregel_WordtAfgewezen(string pad, string inhoud, string? kolom, string melding) =>
        AfgewezenZonderWijziging(pad, inhoud, 1, kolom, melding);

    [Fact]
    public async Task Import_GeenUtf8_WordtAfgewezen()
    {
        var latin1 = System.Text.Encoding.Latin1.GetBytes(OpgaveKop + "asiel,GM0109,2024-01-01,1,2025-01-01,2,Besluit café\n");
        var voor = Opslag.Inhoud(drenthe.Stapel.DataMap);
        using var antwoord = await drenthe.Stapel.PostCsv("/api/v1/imports/opgaven", latin1);
        var fouten = await Fouten(antwoord);
        Assert.Contains("geen geldige UTF-8", (string?)fouten.Single()!["melding"]);
        Assert.Equal(voor, Opslag.Inhoud(drenthe.Stapel.DataMap));
    }

    [Fact]
    public async Task ImportOpgaven_GoedeEnFouteRegels_MeldtElkeFoutEnSlaatNietsOp()
    {
        const string inhoud = OpgaveKop +
            "amv,GM0109,2024-01-01,10,2025-01-01,20,goed\n" +
            "amv,GM9999,2024-01-01,10,2025-01-01,20,fout gebied\n" +
            "amv,GM0119,2024-01-01,10,2025-01-01,-3,fout getal\n" +
            "nidos,GM0119,2024-01-01,10,2023-01-01,20,fout datum\n";
        var voor = Opslag.Inhoud(drenthe.Stapel.DataMap);
        using var antwoord = await drenthe.Stapel.PostCsv("/api/v1/imports/opgaven", inhoud);
        var fouten = await Fouten(antwoord);
        Assert.Equal([(3, "gebiedcode"), (4, "eindwaarde"), (5, "einddatum")],
            fouten.Select(f => ((int)f!["regel"]!, (string)f["kolom"]!)));
        Assert.Equal(voor, Opslag.Inhoud(drenthe.Stapel.DataMap));

        // The good line alone is then accepted: nothing of the refused file was kept.
        using var goed = await drenthe.Stapel.PostCsv("/api/v1/imports/opgaven", OpgaveKop + "amv,GM0109,2024-01-01,10,2025-01-01,20,goed\n");
        Assert.Equal(HttpStatusCode.Created, goed.StatusCode);
    }

    private async Task AfgewezenZonderWijziging(string pad, string inhoud, int regel, string? kolom, string melding)
    {
        var voor = Opslag.Inhoud(drenthe.Stapel.DataMap);
        using var antwoord = await drenthe.Stapel.PostCsv(pad, inhoud);
        var fouten = await Fouten(antwoord);
        Assert.Contains(fouten, f =>
            (int)f!["regel"]! == regel && (string?)f["kolom"] == kolom && ((string)f["melding"]!).Contains(melding, StringComparison.Ordinal));
        Assert.Equal(voor, Opslag.Inhoud(drenthe.Stapel.DataMap));
    }

    private static async Task<JsonArray> Fouten(HttpResponseMessage antwoord)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.BadRequest, tekst);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var probleem = JsonNode.Parse(tekst)!;
        Assert.Equal(400, (int)probleem["status"]!);
        Assert.Equal("Import afgewezen", (string?)probleem["title"]);
        Assert.Contains("niets opgeslagen", (string?)probleem["detail"]);
        var fouten = probleem["errors"]!.AsArray();
        Assert.NotEmpty(fouten);
        return fouten;
    }
}
