using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Edities;

/// <summary>
/// The done-when of editions, played once on a stack of its own: the province of Utrecht's
/// figures are imported, an edition is published for the regietafel, then COA sends a corrected
/// file for the same peildatum, and a second edition (of the gemeente Utrecht) is published after
/// it. The tests only read: every answer they check is a consequence of this sequence.
/// </summary>
public sealed class EditieStapel : IAsyncLifetime
{
    public const string Opgaven = """
        categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde,besluit
        asiel,GM0344,2024-01-01,800,2025-01-01,1100,Spreidingswet
        asiel,GM0307,2024-01-01,300,2025-01-01,500,Spreidingswet
        oekraine,VR09,2024-02-01,2500,2025-01-01,2900,Verdeling VR Utrecht
        """;

    /// <summary>Asiel in Utrecht 800 (GM0344) + 330 (GM0307) = 1.130 on 1 September; Oekraïne counted on 2 September.</summary>
    public const string Realisatie = """
        bron,categorie,onderdeel,gebiedcode,peildatum,aantal
        COA,asiel,regulier,GM0344,2024-09-01,700
        COA,asiel,noodopvang,GM0344,2024-09-01,100
        COA,asiel,tgo,GM0344,2024-09-01,0
        COA,asiel,regulier,GM0307,2024-09-01,300
        COA,asiel,noodopvang,GM0307,2024-09-01,20
        COA,asiel,tgo,GM0307,2024-09-01,10
        KCIO,oekraine,,GM0344,2024-09-02,1500
        KCIO,oekraine,,GM0307,2024-09-02,800
        """;

    /// <summary>COA's corrected delivery of 1 September, complete: 60 more regular places in Utrecht (asiel 1.190, GM0344 860).</summary>
    public const string Correctie = """
        bron,categorie,onderdeel,gebiedcode,peildatum,aantal
        COA,asiel,regulier,GM0344,2024-09-01,760
        COA,asiel,noodopvang,GM0344,2024-09-01,100
        COA,asiel,tgo,GM0344,2024-09-01,0
        COA,asiel,regulier,GM0307,2024-09-01,300
        COA,asiel,noodopvang,GM0307,2024-09-01,20
        COA,asiel,tgo,GM0307,2024-09-01,10
        """;

    public const string Datums = "peildatum=2024-09-01&realisatieTot=2024-09-02";

    public Stapel Stapel { get; private set; } = null!;

    /// <summary>The batch of the first realisatie import, and of the correction.</summary>
    public string EersteBatch { get; private set; } = "";
    public string CorrectieBatch { get; private set; } = "";

    /// <summary>The provincial edition, published before the correction: the answer to its POST.</summary>
    public HttpResponseMessage Vastgesteld { get; private set; } = null!;
    public JsonObject Provincie { get; private set; } = null!;
    /// <summary>The gemeente edition, published after the correction.</summary>
    public JsonObject Gemeente { get; private set; } = null!;

    /// <summary>The provincial edition's dashboard JSON and the live one, both read before the correction.</summary>
    public JsonObject EditieVoorCorrectie { get; private set; } = null!;
    public JsonObject LiveVoorCorrectie { get; private set; } = null!;

    public string ProvincieId => (string)Provincie["id"]!;
    public string GemeenteId => (string)Gemeente["id"]!;

    public static object Verzoek(string gebiedcode, string omschrijving) => new
    {
        gebiedcode, peildatum = "2024-09-01", realisatieTot = "2024-09-02", door = "secretaris PRT Utrecht", omschrijving,
    };

    public async Task InitializeAsync()
    {
        Stapel = await Stapel.Start();
        await Importeer("/api/v1/imports/opgaven", Opgaven);
        EersteBatch = await Importeer("/api/v1/imports/realisatie", Realisatie);

        Vastgesteld = await Stapel.Admin.PostAsJsonAsync("/api/v1/edities", Verzoek("PV26", "PRT 12 september 2024"));
        Provincie = await Json(Vastgesteld, HttpStatusCode.Created, "POST /api/v1/edities (PV26)");
        EditieVoorCorrectie = await Haal($"/api/v1/edities/{ProvincieId}/dashboards/PV26");
        LiveVoorCorrectie = await Haal($"/api/v1/dashboards/PV26?{Datums}");

        CorrectieBatch = await Importeer("/api/v1/imports/realisatie", Correctie);
        using var gemeente = await Stapel.Admin.PostAsJsonAsync("/api/v1/edities", Verzoek("GM0344", "College Utrecht 19 september 2024"));
        Gemeente = await Json(gemeente, HttpStatusCode.Created, "POST /api/v1/edities (GM0344)");
    }

    public async Task<JsonObject> Haal(string pad)
    {
        using var antwoord = await Stapel.Admin.GetAsync(pad);
        return await Json(antwoord, HttpStatusCode.OK, "GET " + pad);
    }

    private async Task<string> Importeer(string pad, string csv)
    {
        using var antwoord = await Stapel.PostCsv(pad, csv);
        return (string)(await Json(antwoord, HttpStatusCode.Created, pad))["batchId"]!;
    }

    private static async Task<JsonObject> Json(HttpResponseMessage antwoord, HttpStatusCode verwacht, string wat)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        if (antwoord.StatusCode != verwacht) throw new InvalidOperationException($"{wat}: {(int)antwoord.StatusCode} {tekst}");
        return JsonNode.Parse(tekst)!.AsObject();
    }

    // xunit disposes a fixture whose start failed too: then there may be no stack yet.
    public async Task DisposeAsync()
    {
        Vastgesteld?.Dispose();
        if (Stapel is not null) await Stapel.DisposeAsync();
    }
}

/// <summary>Editions change their stack's data: their tests run on their own stack, after (never beside) the others.</summary>
[CollectionDefinition(Naam, DisableParallelization = true)]
public sealed class EditieCollectie : ICollectionFixture<EditieStapel>
{
    public const string Naam = "edities";
}
