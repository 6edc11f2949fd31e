using System.Net;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Imports;

/// <summary>
/// A stack of its own with a COA delivery for 1 September and, later, a corrected one for the
/// same peildatum. The moment between the two imports is read from the first batch's import
/// time (the service clock), so the kennisstand tests need no sleeping and no clock of their own.
/// </summary>
public sealed class HistorieStapel : IAsyncLifetime
{
    public const string Opgaven = """
        categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde,besluit
        asiel,GM0106,2024-01-01,500,2025-01-01,800,Spreidingswet
        asiel,GM0114,2024-01-01,300,2025-01-01,600,Spreidingswet
        """;

    /// <summary>The first delivery: COA for Assen and Emmen, and a KCIO count the correction leaves alone.</summary>
    public const string Eerste = """
        bron,categorie,onderdeel,gebiedcode,peildatum,aantal
        COA,asiel,regulier,GM0106,2024-09-01,400
        COA,asiel,noodopvang,GM0106,2024-09-01,100
        COA,asiel,tgo,GM0106,2024-09-01,50
        COA,asiel,regulier,GM0114,2024-09-01,200
        KCIO,oekraine,,GM0106,2024-09-01,1200
        """;

    /// <summary>The corrected COA file for 1 September: regulier of Assen changes, its tgo row is gone.</summary>
    public const string Correctie = """
        bron,categorie,onderdeel,gebiedcode,peildatum,aantal
        COA,asiel,regulier,GM0106,2024-09-01,480
        COA,asiel,noodopvang,GM0106,2024-09-01,100
        COA,asiel,regulier,GM0114,2024-09-01,200
        """;

    public const string Reden = "Telfout COA Assen hersteld";
    public const string Door = "J. Jansen (COA)";

    public Stapel Stapel { get; private set; } = null!;
    public string EersteBatch { get; private set; } = "";
    /// <summary>The first batch's import time: a kennisstand after the first import and before the correction.</summary>
    public string TussenDeImports { get; private set; } = "";
    public string CorrectieAntwoord { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Stapel = await Stapel.Start();
        await Importeer("/api/v1/imports/opgaven", Opgaven);
        EersteBatch = (string)JsonNode.Parse(await Importeer("/api/v1/imports/realisatie", Eerste))!["batchId"]!;
        var batches = JsonNode.Parse(await Stapel.Admin.GetStringAsync("/api/v1/imports/realisatie/batches"))!["batches"]!.AsArray();
        TussenDeImports = (string)batches.Single(b => (string?)b!["id"] == EersteBatch)!["geimporteerdOp"]!;
        CorrectieAntwoord = await Importeer(
            $"/api/v1/imports/realisatie?reden={Uri.EscapeDataString(Reden)}&door={Uri.EscapeDataString(Door)}", Correctie);
    }

    private async Task<string> Importeer(string pad, string inhoud)
    {
        using var antwoord = await Stapel.PostCsv(pad, inhoud);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        if (antwoord.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"{pad}: {antwoord.StatusCode} {tekst}");
        return tekst;
    }

    public async Task DisposeAsync() => await Stapel.DisposeAsync();
}
