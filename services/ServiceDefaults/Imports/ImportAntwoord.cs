using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>The answers of the import endpoints (ARCHITECTURE.md "Import answers").</summary>
public static class ImportAntwoord
{
    /// <summary>
    /// An import endpoint: reads the body within the configured size limit and answers the
    /// outcome of <paramref name="importeer"/> as the contract says.
    /// </summary>
    public static RouteHandlerBuilder MapImport(this IEndpointRouteBuilder routes, string pad, Func<HttpContext, byte[], CancellationToken, Task<ImportUitkomst>> importeer) =>
        routes.MapPost(pad, async (HttpContext http, CancellationToken ct) =>
        {
            var max = http.RequestServices.Opslag().MaxImportBytes;
            if (await LeesBody(http.Request, max, ct) is not { } inhoud) return TeGroot(max);
            return Van(await importeer(http, inhoud, ct));
        });

    /// <summary>
    /// An import endpoint for CSV and XLSX (<see cref="Importbestand"/>): the body is spooled to a
    /// temporary file within the configured size limit, read from there, and the file is gone
    /// once the answer is made.
    /// </summary>
    public static RouteHandlerBuilder MapBestandImport(this IEndpointRouteBuilder routes, string pad, Func<HttpContext, Importbestand, CancellationToken, Task<ImportUitkomst>> importeer) =>
        routes.MapPost(pad, (HttpContext http, CancellationToken ct) =>
            MetBestand(http, ct, async bestand => Van(await importeer(http, bestand, ct), bestand)));

    /// <summary>Receives the upload as an <see cref="Importbestand"/> and hands it on; 413 when it is too large.</summary>
    public static async Task<IResult> MetBestand(HttpContext http, CancellationToken ct, Func<Importbestand, Task<IResult>> verwerk)
    {
        var opslag = http.RequestServices.Opslag();
        await using var bestand = await Importbestand.Ontvang(http.Request, opslag, ct);
        return bestand is null ? TeGroot(opslag.MaxImportBytes) : await verwerk(bestand);
    }

    /// <summary>201 for a new batch, 200 for content already stored, 400 with every problem.</summary>
    /// <param name="bestand">The file read, so problems in a workbook name their sheet.</param>
    public static IResult Van(ImportUitkomst uitkomst, Importbestand? bestand = null)
    {
        if (uitkomst.Fouten.Count > 0) return Afgewezen(bestand?.MetBlad(uitkomst.Fouten) ?? uitkomst.Fouten);
        var body = new { batchId = uitkomst.BatchId, rijen = uitkomst.Rijen, nieuw = uitkomst.Nieuw };
        return uitkomst.Nieuw ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Ok(body);
    }

    /// <summary>400 problem+json listing every problem; nothing was stored.</summary>
    /// <param name="titel">"Import afgewezen" for a file, "Verzoek afgewezen" for a JSON request.</param>
    /// <param name="waarin">Where the problems are, for the detail sentence.</param>
    public static IResult Afgewezen(IReadOnlyList<ImportFout> fouten, string titel = "Import afgewezen", string waarin = "in het bestand") => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: titel,
        detail: $"{fouten.Count} {(fouten.Count == 1 ? "fout" : "fouten")} {waarin}; er is niets opgeslagen.",
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = Foutenlijst(fouten),
        });

    /// <summary>The <c>errors</c> of a refused import, in the order and shape the 400 answer lists them.</summary>
    public static object[] Foutenlijst(IReadOnlyList<ImportFout> fouten) => fouten.OrderBy(f => f.Regel).Select(Fout).ToArray();

    /// <summary>The contract's fields; <c>blad</c> only for a workbook, so a CSV answer is exactly as before.</summary>
    private static object Fout(ImportFout f) => f.Blad is null
        ? new { regel = f.Regel, kolom = f.Kolom, melding = f.Melding }
        : new { regel = f.Regel, kolom = f.Kolom, melding = f.Melding, blad = f.Blad };

    /// <summary>
    /// Reads the whole request body, refusing bodies above <paramref name="maxBytes"/>. For small
    /// JSON bodies; files go through <see cref="MetBestand"/>.
    /// </summary>
    public static async Task<byte[]?> LeesBody(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return null;
        using var buffer = new MemoryStream();
        var blok = new byte[81920];
        int gelezen;
        while ((gelezen = await request.Body.ReadAsync(blok, ct)) > 0)
        {
            if (buffer.Length + gelezen > maxBytes) return null;
            buffer.Write(blok, 0, gelezen);
        }
        return buffer.ToArray();
    }

    public static IResult TeGroot(long maxBytes) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Bestand te groot",
        detail: $"Het bestand is groter dan {maxBytes.ToString("N0", Duizendtallen)} bytes.");

    // Dutch digit grouping without relying on the host's cultures: "16,384 bytes" reads as sixteen in Dutch.
    private static readonly NumberFormatInfo Duizendtallen = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };
}
