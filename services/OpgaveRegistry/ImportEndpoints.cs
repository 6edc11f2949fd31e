using Regiemonitor.ServiceDefaults.Imports;
using Regiemonitor.ServiceDefaults.Telemetrie;

namespace Regiemonitor.OpgaveRegistry;

/// <summary>HTTP adapters for <c>POST /api/v1/imports/opgaven</c> and <c>/regios</c> (reached through the gateway).</summary>
public static class ImportEndpoints
{
    public static WebApplication MapOpgaveImport(this WebApplication app)
    {
        app.MapBestandImport("/api/v1/imports/opgaven", (http, bestand, _) =>
            Task.FromResult(Metingen(http).Import("opgave", http.RequestServices.GetRequiredService<OpgaveImport>().Importeer(bestand))));
        app.MapImport("/api/v1/imports/regios", (http, inhoud, _) =>
            Task.FromResult(Metingen(http).Import("regio", http.RequestServices.GetRequiredService<RegioImport>().Importeer(inhoud))));
        return app;
    }

    private static Bedrijfsmetingen Metingen(HttpContext http) => http.RequestServices.GetRequiredService<Bedrijfsmetingen>();
}
