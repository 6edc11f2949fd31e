using System.Text.Json.Nodes;
using Regiemonitor.Calculation.Core;

namespace Regiemonitor.Ingestion.Verwerking;

/// <summary>
/// HTTP adapter for large imports: the 202 that <c>POST /api/v1/imports/realisatie</c> answers for
/// one, and <c>GET /api/v1/imports/realisatie/verwerkingen/{verwerkingId}</c> (admin, through the
/// gateway) with its state and, once done, the outcome the synchronous answer would have given.
/// </summary>
public static class VerwerkingEndpoints
{
    public static WebApplication MapRealisatieVerwerking(this WebApplication app)
    {
        app.MapGet("/api/v1/imports/realisatie/verwerkingen/{verwerkingId}", (string verwerkingId, VerwerkingStore store) =>
            store.Zoek(verwerkingId) is { } v
                ? Results.Json(Json(v))
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Verwerking niet gevonden",
                    detail: $"Er is geen importverwerking met id '{verwerkingId}'."));
        return app;
    }

    /// <summary>202 Accepted with the status URL in Location and in the body.</summary>
    public static IResult Aangenomen(ImportVerwerking v) => Results.Accepted(v.StatusUrl, new
    {
        verwerkingId = v.Id,
        status = v.Status,
        statusUrl = v.StatusUrl,
    });

    private static JsonObject Json(ImportVerwerking v)
    {
        var json = new JsonObject
        {
            ["verwerkingId"] = v.Id,
            ["status"] = v.Status,
            ["statusUrl"] = v.StatusUrl,
            ["ontvangenOp"] = v.OntvangenOp.IsoUtc(),
            ["door"] = v.Door,
            ["reden"] = v.Reden,
            ["afgerondOp"] = v.AfgerondOp?.IsoUtc(),
        };
        if (v.Uitkomst is not null && JsonNode.Parse(v.Uitkomst) is JsonObject uitkomst)
            foreach (var (naam, waarde) in uitkomst.ToList())
            {
                uitkomst.Remove(naam);
                json[naam] = waarde;
            }
        return json;
    }
}
