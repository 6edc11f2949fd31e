using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Ingestion;

/// <summary>
/// HTTP adapter for the audit trail (admin only, through the gateway): the batches, one batch
/// with its rows, and the history of the counts of a gebied.
/// </summary>
public static class HistorieEndpoints
{
    public static WebApplication MapRealisatieHistorie(this WebApplication app)
    {
        app.MapGet("/api/v1/imports/realisatie/batches", (string? bron, RealisatieHistorie historie) =>
        {
            if (!Keuze(bron, Codes.TryBron, out Bron? b)) return OnbekendeBron(bron!);
            return Results.Json(new { batches = historie.Batches(b).Select(Json) });
        });

        app.MapGet("/api/v1/imports/realisatie/batches/{batchId}", (string batchId, RealisatieHistorie historie) =>
        {
            if (historie.MetRijen(batchId) is not (var batch, var rijen))
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Batch niet gevonden",
                    detail: $"Er is geen realisatiebatch met id '{batchId}'.");
            var json = Json(batch);
            json["tellingen"] = rijen.Select(r => new Dictionary<string, object?>(Telling(r.Telling)) { ["regel"] = r.Regel, ["geldend"] = r.Geldend });
            return Results.Json(json);
        });

        app.MapGet("/api/v1/realisatie/{gebiedcode}/historie", async (
            string gebiedcode, string? categorie, string? bron, RealisatieHistorie historie, GebiedBoomBron gebieden, CancellationToken ct) =>
        {
            if (!Keuze(categorie, Codes.TryCategorie, out Categorie? c))
                return Ongeldig($"Onbekende categorie '{categorie}'; verwacht een van: {Codes.CategorieLijst}.");
            if (!Keuze(bron, Codes.TryBron, out Bron? b)) return OnbekendeBron(bron!);
            var boom = await gebieden.Boom(ct);
            if (!boom.TryGet(gebiedcode, out var gebied))
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Gebied niet gevonden",
                    detail: $"Er is geen gebied met code '{gebiedcode}'.");
            // A gebied's figures are the sum over its subtree, so its history is that of every count below it.
            var codes = boom.Subboom(gebiedcode).Select(g => g.Code).ToHashSet();
            return Results.Json(new
            {
                gebied = new { code = gebied.Code, naam = gebied.Naam, niveau = gebied.Niveau.Code() },
                tellingen = historie.Historie(codes, c, b).Select(h => new Dictionary<string, object?>(Telling(h.Telling))
                {
                    ["batchId"] = h.BatchId, ["geimporteerdOp"] = h.GeimporteerdOp.IsoUtc(), ["door"] = h.Door, ["reden"] = h.Reden,
                    ["geldend"] = h.Geldend,
                }),
            });
        });
        return app;
    }

    private static Dictionary<string, object?> Json(Batch b) => new()
    {
        ["id"] = b.Id,
        ["bronnen"] = b.Bronnen.OrderBy(x => x.Key).Select(x => new { bron = x.Key.Code(), peildata = x.Value.Select(p => p.Iso()) }),
        ["rijen"] = b.Rijen,
        ["inhoudHash"] = b.InhoudHash,
        ["door"] = b.Door,
        ["geimporteerdOp"] = b.GeimporteerdOp.IsoUtc(),
        ["reden"] = b.Reden,
        ["vervangt"] = b.Vervangt.Select(Json),
        ["vervangenDoor"] = b.VervangenDoor.Select(Json),
    };

    private static object Json(Vervanging v) => new { bron = v.Bron.Code(), peildatum = v.Peildatum.Iso(), batchId = v.BatchId };

    private static Dictionary<string, object?> Telling(RealisatieTelling t) => new()
    {
        ["bron"] = t.Bron.Code(), ["categorie"] = t.Categorie.Code(), ["onderdeel"] = t.Onderdeel?.Code(),
        ["gebiedcode"] = t.Gebiedcode, ["peildatum"] = t.Peildatum.Iso(), ["aantal"] = t.Aantal,
    };

    private delegate bool Lezer<T>(string code, out T waarde);

    /// <summary>An optional filter: absent is fine, present must be a known code.</summary>
    private static bool Keuze<T>(string? tekst, Lezer<T> lees, out T? waarde) where T : struct
    {
        waarde = null;
        if (string.IsNullOrEmpty(tekst)) return true;
        if (!lees(tekst, out var w)) return false;
        waarde = w;
        return true;
    }

    private static IResult OnbekendeBron(string bron) => Ongeldig($"Onbekende bron '{bron}'; verwacht een van: {Codes.BronLijst}.");

    private static IResult Ongeldig(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldig verzoek", detail: detail);
}
