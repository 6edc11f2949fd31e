using Grpc.Core;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// HTTP adapters for the taakstelling, toezicht and planning inputs (reached through the
/// gateway with the admin key): read the body, delegate, map the outcome onto the import answers.
/// </summary>
public static class ToezichtEndpoints
{
    public static WebApplication MapToezicht(this WebApplication app)
    {
        app.MapGrpcService<ToezichtRegisterGrpc>();

        app.MapImport("/api/v1/taakstelling/taakstellingen", (http, inhoud, _) => Task.FromResult(Dienst<TaakstellingImport>(http).Importeer(inhoud)));
        app.MapImport("/api/v1/taakstelling/uitruilen", (http, inhoud, _) => Task.FromResult(Dienst<UitruilImport>(http).Importeer(inhoud)));
        app.MapImport("/api/v1/taakstelling/koppelingen", (http, inhoud, _) => Task.FromResult(Dienst<KoppelingImport>(http).Importeer(inhoud)));
        app.MapImport("/api/v1/taakstelling/correcties", (http, inhoud, _) => Task.FromResult(Dienst<CorrectieImport>(http).Importeer(inhoud)));
        app.MapImport("/api/v1/imports/projecten", (http, inhoud, _) => Task.FromResult(Dienst<ProjectImport>(http).Importeer(inhoud)));

        app.MapPost("/api/v1/taakstelling/afleidingen", (HttpContext http, CancellationToken ct) => MetBody(http, ct, inhoud =>
        {
            var a = Dienst<TaakstellingAfleiding>(http).Leid(inhoud);
            return Task.FromResult(ToezichtAntwoord.Van(a.Uitkomst, new { batchId = a.Uitkomst.BatchId, rijen = a.Uitkomst.Rijen, landelijk = a.Landelijk, som = a.Som }));
        }));

        app.MapPut("/api/v1/taakstelling/beleid/{provincie}", (string provincie, HttpContext http, CancellationToken ct) => MetBody(http, ct, inhoud =>
        {
            var (uitkomst, b) = Dienst<BeleidInstelling>(http).Stel(provincie, inhoud);
            return Task.FromResult(ToezichtAntwoord.Van(uitkomst, new { provincie = b?.Provincie, beleid = b?.Beleid, versie = b?.Versie, vanaf = b?.Vanaf.ToString(), maxTrede = b?.MaxTrede }));
        }));

        app.MapPost("/api/v1/taakstelling/bijstellingen", (HttpContext http, CancellationToken ct) => MetBody(http, ct, inhoud =>
        {
            var (uitkomst, b) = Dienst<BijstellingInvoer>(http).Leg(inhoud);
            return Task.FromResult(ToezichtAntwoord.Van(uitkomst, new
            {
                id = uitkomst.BatchId, periode = b?.Periode.ToString(), gemeentecode = b?.Gemeente, trede = b?.Trede,
                motivering = b?.Motivering, toezichthouder = b?.Toezichthouder, tijdstip = b?.Tijdstip,
            }));
        }));

        app.MapPost("/api/v1/taakstelling/{provincie}/{periode}/vaststelling", (string provincie, string periode, HttpContext http, CancellationToken ct) => MetBody(http, ct, async inhoud =>
        {
            try
            {
                var (uitkomst, aantal) = await Dienst<Vaststelling>(http).Stel(provincie, periode, inhoud, ct);
                return ToezichtAntwoord.Van(uitkomst, new { provincie, periode, beoordelingen = aantal });
            }
            catch (RpcException e) when (!ct.IsCancellationRequested)
            {
                return Onbereikbaar(e);
            }
        }));

        app.MapPost("/api/v1/imports/scenarios", (HttpContext http, string? naam, string? versie, string? status, string? blad, CancellationToken ct) => MetBody(http, ct, inhoud =>
        {
            var werkmap = Importbestand.IsWerkmapFormaat(http.Request.ContentType, inhoud);
            var s = Dienst<ScenarioImport>(http).Importeer(inhoud, werkmap, new ScenarioKenmerken(naam, versie, status, blad));
            if (s.Uitkomst.Fouten.Count > 0) return Task.FromResult(ImportAntwoord.Afgewezen(s.Uitkomst.Fouten));
            var body = new { batchId = s.Uitkomst.BatchId, rijen = s.Uitkomst.Rijen, provincie = s.Provincie };
            return Task.FromResult(s.Uitkomst.Nieuw ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Ok(body));
        }));
        return app;
    }

    private static T Dienst<T>(HttpContext http) where T : notnull => http.RequestServices.GetRequiredService<T>();

    /// <summary>Reads the body within the configured size limit (as <see cref="ImportAntwoord.MapImport"/> does) and hands it on.</summary>
    private static async Task<IResult> MetBody(HttpContext http, CancellationToken ct, Func<byte[], Task<IResult>> verwerk)
    {
        var max = http.RequestServices.Opslag().MaxImportBytes;
        return await ImportAntwoord.LeesBody(http.Request, max, ct) is { } inhoud ? await verwerk(inhoud) : ImportAntwoord.TeGroot(max);
    }

    /// <summary>503 when the calculation service cannot be reached (try again later), 502 when it answered with an error.</summary>
    private static IResult Onbereikbaar(RpcException e)
    {
        var weg = e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Cancelled;
        return Results.Problem(
            statusCode: weg ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status502BadGateway,
            title: weg ? "Berekening niet bereikbaar" : "Berekening mislukt",
            detail: weg
                ? "De rekenservice antwoordde niet; er is niets vastgesteld. Probeer het later opnieuw."
                : $"De rekenservice gaf een fout ({e.StatusCode}); er is niets vastgesteld.");
    }
}
