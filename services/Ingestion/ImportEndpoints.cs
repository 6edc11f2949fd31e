using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.Ingestion;

/// <summary>HTTP adapter for <c>POST /api/v1/imports/realisatie</c> (reached through the gateway).</summary>
public static class ImportEndpoints
{
    public static WebApplication MapRealisatieImport(this WebApplication app)
    {
        app.MapPost("/api/v1/imports/realisatie", async (HttpRequest request, RealisatieImport import, CancellationToken ct) =>
        {
            var max = request.HttpContext.RequestServices.Opslag().MaxImportBytes;
            if (await ImportAntwoord.LeesBody(request, max, ct) is not { } inhoud) return ImportAntwoord.TeGroot(max);
            return ImportAntwoord.Van(await import.Importeer(inhoud, ct));
        });
        return app;
    }
}
