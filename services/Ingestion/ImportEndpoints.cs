using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.Ingestion;

/// <summary>HTTP adapter for <c>POST /api/v1/imports/realisatie</c> (reached through the gateway).</summary>
public static class ImportEndpoints
{
    public static WebApplication MapRealisatieImport(this WebApplication app)
    {
        app.MapImport("/api/v1/imports/realisatie", (http, inhoud, ct) =>
            http.RequestServices.GetRequiredService<RealisatieImport>().Importeer(inhoud, ct));
        return app;
    }
}
