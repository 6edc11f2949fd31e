using Regiemonitor.Calculation.Core;
using Regiemonitor.Reporting.Exports;
using Regiemonitor.Reporting.Landkaarten;
using Regiemonitor.Reporting.Pagina;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Imports;
using Dashboard = Regiemonitor.Contracts.Calculation.V1.Dashboard;

namespace Regiemonitor.Reporting.Edities;

/// <summary>
/// HTTP adapter for editions: freeze one, list them, and show one as JSON, page or file. Behind
/// <see cref="Scope.Filter"/> like the dashboards; routes that name a gebied call it
/// <c>gebiedcode</c>, so the scope check applies to them too.
/// </summary>
public static class EditieEndpoints
{
    /// <summary>Five short fields; anything much larger is not an edition request.</summary>
    private const long MaxBody = 16 * 1024;

    public static WebApplication MapEdities(this WebApplication app)
    {
        var routes = app.MapGroup("").AddEndpointFilter(Scope.Filter);

        routes.MapPost("/api/v1/edities", async (HttpContext http, CancellationToken ct) =>
        {
            if (await ImportAntwoord.LeesBody(http.Request, MaxBody, ct) is not { } inhoud)
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Verzoek te groot",
                    detail: $"De body is groter dan {MaxBody} bytes.");
            var boom = await Boom(http, ct);
            var fouten = new List<ImportFout>();
            if (Editieverzoek.Lees(inhoud, boom, fouten) is not { } verzoek)
                return ImportAntwoord.Afgewezen(fouten, "Verzoek afgewezen", "in het verzoek");
            if (!Scope.Huidig(http).Toont(boom, verzoek.Gebiedcode))
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Geen toegang", detail: $"Gebied {verzoek.Gebiedcode} valt buiten de scope.");
            var uitkomst = await Bron(http).Stel(verzoek, ct);
            return uitkomst.Editie is { } e
                ? Results.Created($"/api/v1/edities/{Uri.EscapeDataString(e.Id)}", EditieView.Van(e))
                : Results.Problem(statusCode: uitkomst.Status, title: uitkomst.Titel, detail: uitkomst.Detail);
        });

        routes.MapGet("/api/v1/edities", async (string? gebiedcode, HttpContext http, CancellationToken ct) =>
        {
            var boom = await Boom(http, ct);
            if (Gebiedfout(http, boom, gebiedcode) is { } fout) return fout;
            return Results.Json(EditieView.Lijst(Lijst(http, boom, gebiedcode)));
        });

        routes.MapGet("/api/v1/edities/{id}", async (string id, HttpContext http, CancellationToken ct) =>
        {
            var boom = await Boom(http, ct);
            return Bron(http).Vind(id) is { } e && Zichtbaar(http, boom, e) ? Results.Json(EditieView.Van(e)) : NietGevonden(id);
        });

        routes.MapGet("/api/v1/edities/{id}/dashboards/{gebiedcode}", async (
            string id, string gebiedcode, string? format, HttpContext http, CancellationToken ct) =>
        {
            var (boom, editie, uitkomst) = await Haal(http, id, gebiedcode, ct);
            if (uitkomst.Dashboard is not { } d) return Results.Problem(statusCode: uitkomst.Status, title: uitkomst.Titel, detail: uitkomst.Detail);
            return format switch
            {
                null or "json" => Results.Json(EditieView.Dashboard(d, editie!)),
                _ => await Export(http, d, editie!, boom, format, Paginakeuzes.Standaard, ct),
            };
        });

        routes.MapGet("/edities", async (string? gebiedcode, HttpContext http, CancellationToken ct) =>
        {
            var boom = await Boom(http, ct);
            if (Gebiedfout(http, boom, gebiedcode) is not null)
                return Foutpagina.Resultaat(boom, StatusCodes.Status400BadRequest, "Onbekend gebied",
                    $"Er is geen gebied met code '{gebiedcode}' dat u mag zien.", "/edities", "Naar alle edities");
            var gebied = string.IsNullOrEmpty(gebiedcode) ? null : boom.Get(gebiedcode);
            return Results.Content(Editielijst.Render(boom, gebied, Lijst(http, boom, gebiedcode)), "text/html; charset=utf-8");
        });

        routes.MapGet("/edities/{id}/dashboards/{gebiedcode}", async (
            string id, string gebiedcode, string? kaart, string? sorteer, string? richting, HttpContext http, CancellationToken ct) =>
        {
            var (boom, editie, uitkomst) = await Haal(http, id, gebiedcode, ct);
            if (uitkomst.Dashboard is not { } d) return Fout(boom, uitkomst);
            var html = Pagina(http, d, editie!, boom, Paginakeuzes.Van(kaart, sorteer, richting), inline: false);
            return Results.Content(html, "text/html; charset=utf-8");
        });

        routes.MapGet("/edities/{id}/dashboards/{gebiedcode}/export.{formaat}", async (
            string id, string gebiedcode, string formaat, HttpContext http, CancellationToken ct) =>
        {
            var (boom, editie, uitkomst) = await Haal(http, id, gebiedcode, ct);
            if (uitkomst.Dashboard is not { } d) return Fout(boom, uitkomst);
            return await Export(http, d, editie!, boom, formaat, Paginakeuzes.Standaard, ct);
        });
        return app;
    }

    private static Editiebron Bron(HttpContext http) => http.RequestServices.GetRequiredService<Editiebron>();

    private static Task<GebiedBoom> Boom(HttpContext http, CancellationToken ct) =>
        http.RequestServices.GetRequiredService<GebiedBoomBron>().Boom(ct);

    /// <summary>The edition and its figures for the gebied; the tree comes along for the page.</summary>
    private static async Task<(GebiedBoom Boom, Editie? Editie, Dashboarduitkomst Uitkomst)> Haal(
        HttpContext http, string id, string gebiedcode, CancellationToken ct)
    {
        var boom = await Boom(http, ct);
        if (Bron(http).Vind(id) is not { } e)
            return (boom, null, new(null, StatusCodes.Status404NotFound, "Editie niet gevonden", $"Er is geen editie met id '{id}'."));
        return (boom, e, await Bron(http).Dashboard(e, gebiedcode, boom, ct));
    }

    /// <summary>A gebiedcode in the query is optional, but when given it must be a gebied within the scope (400 or 403).</summary>
    private static IResult? Gebiedfout(HttpContext http, GebiedBoom boom, string? gebiedcode)
    {
        if (string.IsNullOrEmpty(gebiedcode)) return null;
        if (!boom.Bevat(gebiedcode))
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldig verzoek",
                detail: $"gebiedcode '{gebiedcode}' is geen bekend gebied; verwacht bijvoorbeeld PV26 of GM0344.");
        return Scope.Huidig(http).Toont(boom, gebiedcode) ? null
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Geen toegang", detail: $"Gebied {gebiedcode} valt buiten de scope.");
    }

    private static List<Editie> Lijst(HttpContext http, GebiedBoom boom, string? gebiedcode) =>
        [.. Bron(http).Voor(boom, string.IsNullOrEmpty(gebiedcode) ? null : gebiedcode).Where(e => Zichtbaar(http, boom, e))];

    /// <summary>An edition concerns the scope when its subtree and the scope's overlap: one lies within the other.</summary>
    private static bool Zichtbaar(HttpContext http, GebiedBoom boom, Editie e) =>
        Scope.Huidig(http).Gebieden.Any(w => boom.InEenSubboom([w], e.Gebiedcode) || e.Dekt(boom, w));

    private static IResult NietGevonden(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Editie niet gevonden", detail: $"Er is geen editie met id '{id}'.");

    private static IResult Fout(GebiedBoom boom, Dashboarduitkomst u) =>
        Foutpagina.Resultaat(boom, u.Status, u.Titel, u.Detail, "/edities", "Naar de edities");

    private static async Task<IResult> Export(HttpContext http, Dashboard d, Editie e, GebiedBoom boom, string formaat, Paginakeuzes keuzes, CancellationToken ct)
    {
        var naam = $"regiemonitor-{d.Gebied.Code}-{d.Peildatum}-{e.Id}";
        return Exportbestand.Uitgifte(http, formaat switch
        {
            "csv" or "xlsx" => Exportbestand.Tabel(DashboardTabel.Van(d), formaat, naam),
            "pdf" => await Exportbestand.Pdf(http, () => Task.FromResult(Pagina(http, d, e, boom, keuzes, inline: true)), naam, ct),
            _ => Exportbestand.OnbekendFormaat(formaat, "json, csv, xlsx of pdf"),
        });
    }

    private static string Pagina(HttpContext http, Dashboard d, Editie e, GebiedBoom boom, Paginakeuzes keuzes, bool inline)
    {
        var scope = Scope.Huidig(http);
        return DashboardPagina.Render(new PaginaInvoer(d, boom, http.RequestServices.GetRequiredService<Grenzen>(), keuzes, Stijl.Tekst, inline,
            // Links stay inside the edition: only gebieden it covers (and the scope shows) are links.
            code => scope.Toont(boom, code) && e.Dekt(boom, code),
            http.RequestServices.GetRequiredService<TimeProvider>().Vandaag(), e));
    }
}
