using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>The answers of the JSON endpoints, shaped like the import answers (ARCHITECTURE.md).</summary>
public static class ToezichtAntwoord
{
    /// <summary>400 problem+json listing every problem as <c>errors: [{regel, kolom, melding}]</c>; nothing was stored.</summary>
    public static IResult Afgewezen(IReadOnlyList<ImportFout> fouten) => ImportAntwoord.Afgewezen(fouten, "Verzoek afgewezen", "in het verzoek");

    /// <summary>201 for a new record, 200 for content already stored, 400 with every problem.</summary>
    public static IResult Van(ImportUitkomst uitkomst, object body) =>
        uitkomst.Fouten.Count > 0 ? Afgewezen(uitkomst.Fouten)
        : uitkomst.Nieuw ? Results.Json(body, statusCode: StatusCodes.Status201Created)
        : Results.Ok(body);
}
