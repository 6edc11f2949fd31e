using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry;

/// <summary>HTTP adapters for <c>POST /api/v1/imports/opgaven</c> and <c>/regios</c> (reached through the gateway).</summary>
public static class ImportEndpoints
{
    public static WebApplication MapOpgaveImport(this WebApplication app)
    {
        app.MapPost("/api/v1/imports/opgaven", async (HttpRequest request, OpgaveImport import, CancellationToken ct) =>
        {
            var max = request.HttpContext.RequestServices.Opslag().MaxImportBytes;
            if (await ImportAntwoord.LeesBody(request, max, ct) is not { } inhoud) return ImportAntwoord.TeGroot(max);
            return ImportAntwoord.Van(import.Importeer(inhoud));
        });
        app.MapPost("/api/v1/imports/regios", async (HttpRequest request, RegioImport import, CancellationToken ct) =>
        {
            var max = request.HttpContext.RequestServices.Opslag().MaxImportBytes;
            if (await ImportAntwoord.LeesBody(request, max, ct) is not { } inhoud) return ImportAntwoord.TeGroot(max);
            return ImportAntwoord.Van(import.Importeer(inhoud));
        });
        return app;
    }
}
