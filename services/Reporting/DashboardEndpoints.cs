using Regiemonitor.Calculation.Core;
using Regiemonitor.Reporting.Exports;
using Regiemonitor.Reporting.Landkaarten;
using Regiemonitor.Reporting.Pagina;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Reporting;

/// <summary>
/// HTTP adapter for the dashboard in every form: JSON view model, HTML page, CSV, XLSX and PDF.
/// All forms come from one call to the calculation service, so they show the same numbers.
/// </summary>
public static class DashboardEndpoints
{
    public static WebApplication MapDashboards(this WebApplication app)
    {
        var routes = app.MapGroup("").AddEndpointFilter(Scope.Filter);
        routes.MapGet("/api/v1/dashboards/{gebiedcode}", async (
            string gebiedcode, string? peildatum, string? realisatieTot, string? kennisstand, string? format, HttpContext http, CancellationToken ct) =>
        {
            var uitkomst = await http.RequestServices.GetRequiredService<Dashboardbron>().Haal(gebiedcode, peildatum, realisatieTot, kennisstand, ct);
            var json = format is null or "json";
            if (!json) uitkomst = ZonderVerouderd(uitkomst);
            if (uitkomst.Dashboard is null) return Results.Problem(statusCode: uitkomst.Status, title: uitkomst.Titel, detail: uitkomst.Detail);
            return json
                ? Results.Json(MetVerouderd(http, MetKennisstand(DashboardView.Van(uitkomst.Dashboard), uitkomst.Dashboard), uitkomst))
                : await Export(http, uitkomst.Dashboard, format!, new Paginakeuzes("oekraine", null, false), ct);
        });

        routes.MapGet("/dashboards/zoeken", async (string? q, HttpContext http, CancellationToken ct) =>
        {
            var boom = await http.RequestServices.GetRequiredService<GebiedBoomBron>().Boom(ct);
            var scope = Scope.Huidig(http);
            var treffers = ZoekPagina.Zoek(boom, q ?? "").Where(g => scope.Toont(boom, g.Code)).ToList();
            if (treffers.Count == 1) return Results.Redirect($"/dashboards/{Uri.EscapeDataString(treffers[0].Code)}");
            return Results.Content(ZoekPagina.Render(boom, q ?? "", treffers, ""), "text/html; charset=utf-8");
        });

        routes.MapGet("/dashboards/{gebiedcode}", async (
            string gebiedcode, string? peildatum, string? realisatieTot, string? kennisstand, string? kaart, string? sorteer, string? richting,
            HttpContext http, CancellationToken ct) =>
        {
            var (boom, uitkomst) = await MetBoom(http, gebiedcode, peildatum, realisatieTot, kennisstand, ct);
            if (uitkomst.Dashboard is null) return Foutpagina(boom, uitkomst);
            var html = Pagina(http, uitkomst.Dashboard, boom, Paginakeuzes.Van(kaart, sorteer, richting), inline: false, MarkeerVerouderd(http, uitkomst));
            return Results.Content(html, "text/html; charset=utf-8");
        });

        routes.MapGet("/embed/v1/dashboards/{gebiedcode}/inhoud", async (
            string gebiedcode, string? peildatum, string? realisatieTot, string? kaart, string? sorteer, string? richting,
            HttpContext http, CancellationToken ct) =>
        {
            var (boom, uitkomst) = await MetBoom(http, gebiedcode, peildatum, realisatieTot, null, ct);
            if (uitkomst.Dashboard is not { } d)
                return Results.Problem(statusCode: uitkomst.Status, title: uitkomst.Titel, detail: uitkomst.Detail);
            var invoer = Invoer(http, d, boom, Paginakeuzes.Van(kaart, sorteer, richting), inline: false, MarkeerVerouderd(http, uitkomst));
            return Results.Content(DashboardPagina.Inhoud(invoer, ingesloten: true), "text/html; charset=utf-8");
        });

        routes.MapGet("/dashboards/{gebiedcode}/export.{formaat}", async (
            string gebiedcode, string formaat, string? peildatum, string? realisatieTot, string? kennisstand, HttpContext http, CancellationToken ct) =>
        {
            var uitkomst = ZonderVerouderd(await http.RequestServices.GetRequiredService<Dashboardbron>().Haal(gebiedcode, peildatum, realisatieTot, kennisstand, ct));
            if (uitkomst.Dashboard is null)
                return Foutpagina(await http.RequestServices.GetRequiredService<GebiedBoomBron>().Boom(ct), uitkomst);
            return await Export(http, uitkomst.Dashboard, formaat, Paginakeuzes.Standaard, ct);
        });

        app.MapGet(Paginaschil.StijlUrl, () => Results.Text(Stijl.Tekst, "text/css; charset=utf-8"));
        return app;
    }

    /// <summary>A page needs the figures and the tree (breadcrumb, search): both are asked at once.</summary>
    private static async Task<(GebiedBoom Boom, Dashboarduitkomst Uitkomst)> MetBoom(
        HttpContext http, string gebiedcode, string? peildatum, string? realisatieTot, string? kennisstand, CancellationToken ct)
    {
        var boomTaak = http.RequestServices.GetRequiredService<GebiedBoomBron>().Boom(ct);
        var uitkomstTaak = http.RequestServices.GetRequiredService<Dashboardbron>().Haal(gebiedcode, peildatum, realisatieTot, kennisstand, ct);
        await Task.WhenAll(boomTaak, uitkomstTaak);
        return (boomTaak.Result, uitkomstTaak.Result);
    }

    /// <summary>
    /// A past kennisstand is named in the JSON (the instant used, in UTC), only when one was asked:
    /// the view of today stays exactly the public contract.
    /// </summary>
    private static System.Text.Json.Nodes.JsonObject MetKennisstand(System.Text.Json.Nodes.JsonObject view, Contracts.Calculation.V1.Dashboard d)
    {
        if (d.Kennisstand.Length > 0) view["kennisstand"] = d.Kennisstand;
        return view;
    }

    /// <summary>Response header on a last good view served while the calculation is unreachable, for clients that do not read the body.</summary>
    public const string VerouderdHeader = "Regiemonitor-Verouderd";

    /// <summary>
    /// A last good view says so: a header, and in JSON two fields added after the contract's own
    /// (<c>verouderd</c>, <c>berekendOp</c> in UTC), so a client that does not know them reads it as before.
    /// </summary>
    private static System.Text.Json.Nodes.JsonObject MetVerouderd(HttpContext http, System.Text.Json.Nodes.JsonObject view, Dashboarduitkomst uitkomst)
    {
        if (MarkeerVerouderd(http, uitkomst) is not { } berekendOp) return view;
        view["verouderd"] = true;
        view["berekendOp"] = berekendOp.IsoUtc();
        return view;
    }

    private static DateTimeOffset? MarkeerVerouderd(HttpContext http, Dashboarduitkomst uitkomst)
    {
        if (uitkomst.Verouderd) http.Response.Headers[VerouderdHeader] = "true";
        return uitkomst.BerekendOp;
    }

    /// <summary>A file outlives the moment it was made: it is never made from a last good view, that is 503.</summary>
    private static Dashboarduitkomst ZonderVerouderd(Dashboarduitkomst uitkomst) => uitkomst.Verouderd
        ? new(null, StatusCodes.Status503ServiceUnavailable, Dashboardbron.Onbereikbaar.Titel, Dashboardbron.Onbereikbaar.Detail)
        : uitkomst;

    private static async Task<IResult> Export(HttpContext http, Contracts.Calculation.V1.Dashboard d, string formaat, Paginakeuzes keuzes, CancellationToken ct) =>
        Exportbestand.Uitgifte(http, await Maak(http, d, formaat, keuzes, ct));

    private static async Task<IResult> Maak(HttpContext http, Contracts.Calculation.V1.Dashboard d, string formaat, Paginakeuzes keuzes, CancellationToken ct)
    {
        var naam = $"regiemonitor-{d.Gebied.Code}-{d.Peildatum}";
        return formaat switch
        {
            "csv" or "xlsx" => Exportbestand.Tabel(DashboardTabel.Van(d), formaat, naam),
            "pdf" => await Exportbestand.Pdf(http, async () =>
                Pagina(http, d, await http.RequestServices.GetRequiredService<GebiedBoomBron>().Boom(ct), keuzes, inline: true), naam, ct),
            _ => Exportbestand.OnbekendFormaat(formaat, "json, csv, xlsx of pdf"),
        };
    }

    private static string Pagina(HttpContext http, Contracts.Calculation.V1.Dashboard d, GebiedBoom boom, Paginakeuzes keuzes, bool inline, DateTimeOffset? berekendOp = null) =>
        DashboardPagina.Render(Invoer(http, d, boom, keuzes, inline, berekendOp));

    private static PaginaInvoer Invoer(HttpContext http, Contracts.Calculation.V1.Dashboard d, GebiedBoom boom, Paginakeuzes keuzes, bool inline, DateTimeOffset? berekendOp)
    {
        var scope = Scope.Huidig(http);
        return new PaginaInvoer(d, boom, http.RequestServices.GetRequiredService<Grenzen>(), keuzes, Stijl.Tekst, inline, code => scope.Toont(boom, code),
            http.RequestServices.GetRequiredService<TimeProvider>().Vandaag(), VerouderdSinds: berekendOp);
    }

    private static IResult Foutpagina(GebiedBoom boom, Dashboarduitkomst uitkomst) =>
        Regiemonitor.Reporting.Pagina.Foutpagina.Resultaat(boom, uitkomst.Status, uitkomst.Titel, uitkomst.Detail);
}

/// <summary>The stylesheet, embedded in the assembly and read once.</summary>
public static class Stijl
{
    public static readonly string Tekst = new StreamReader(
        typeof(Stijl).Assembly.GetManifestResourceStream("regiemonitor.css")!).ReadToEnd();
}
