using System.Text;
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
    private const string Csv = "text/csv; charset=utf-8";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static WebApplication MapDashboards(this WebApplication app)
    {
        var routes = app.MapGroup("").AddEndpointFilter(Scope.Filter);
        routes.MapGet("/api/v1/dashboards/{gebiedcode}", async (
            string gebiedcode, string? peildatum, string? realisatieTot, string? format, HttpContext http, CancellationToken ct) =>
        {
            var uitkomst = await http.RequestServices.GetRequiredService<Dashboardbron>().Haal(gebiedcode, peildatum, realisatieTot, ct);
            if (uitkomst.Dashboard is null) return Results.Problem(statusCode: uitkomst.Status, title: uitkomst.Titel, detail: uitkomst.Detail);
            return format switch
            {
                null or "json" => Results.Json(DashboardView.Van(uitkomst.Dashboard)),
                _ => await Export(http, uitkomst.Dashboard, format, new Paginakeuzes("oekraine", null, false), ct),
            };
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
            string gebiedcode, string? peildatum, string? realisatieTot, string? kaart, string? sorteer, string? richting,
            HttpContext http, CancellationToken ct) =>
        {
            var (boom, uitkomst) = await MetBoom(http, gebiedcode, peildatum, realisatieTot, ct);
            if (uitkomst.Dashboard is null) return Foutpagina(boom, uitkomst);
            var html = Pagina(http, uitkomst.Dashboard, boom, Paginakeuzes.Van(kaart, sorteer, richting), inline: false);
            return Results.Content(html, "text/html; charset=utf-8");
        });

        routes.MapGet("/embed/v1/dashboards/{gebiedcode}/inhoud", async (
            string gebiedcode, string? peildatum, string? realisatieTot, string? kaart, string? sorteer, string? richting,
            HttpContext http, CancellationToken ct) =>
        {
            var (boom, uitkomst) = await MetBoom(http, gebiedcode, peildatum, realisatieTot, ct);
            if (uitkomst.Dashboard is not { } d)
                return Results.Problem(statusCode: uitkomst.Status, title: uitkomst.Titel, detail: uitkomst.Detail);
            var invoer = Invoer(http, d, boom, Paginakeuzes.Van(kaart, sorteer, richting), inline: false);
            return Results.Content(DashboardPagina.Inhoud(invoer, ingesloten: true), "text/html; charset=utf-8");
        });

        routes.MapGet("/dashboards/{gebiedcode}/export.{formaat}", async (
            string gebiedcode, string formaat, string? peildatum, string? realisatieTot, HttpContext http, CancellationToken ct) =>
        {
            var uitkomst = await http.RequestServices.GetRequiredService<Dashboardbron>().Haal(gebiedcode, peildatum, realisatieTot, ct);
            if (uitkomst.Dashboard is null)
                return Foutpagina(await http.RequestServices.GetRequiredService<GebiedBoomBron>().Boom(ct), uitkomst);
            return await Export(http, uitkomst.Dashboard, formaat, Paginakeuzes.Standaard, ct);
        });

        app.MapGet(Paginaschil.StijlUrl, () => Results.Text(Stijl.Tekst, "text/css; charset=utf-8"));
        return app;
    }

    /// <summary>A page needs the figures and the tree (breadcrumb, search): both are asked at once.</summary>
    private static async Task<(GebiedBoom Boom, Dashboarduitkomst Uitkomst)> MetBoom(
        HttpContext http, string gebiedcode, string? peildatum, string? realisatieTot, CancellationToken ct)
    {
        var boomTaak = http.RequestServices.GetRequiredService<GebiedBoomBron>().Boom(ct);
        var uitkomstTaak = http.RequestServices.GetRequiredService<Dashboardbron>().Haal(gebiedcode, peildatum, realisatieTot, ct);
        await Task.WhenAll(boomTaak, uitkomstTaak);
        return (boomTaak.Result, uitkomstTaak.Result);
    }

    private static async Task<IResult> Export(HttpContext http, Contracts.Calculation.V1.Dashboard d, string formaat, Paginakeuzes keuzes, CancellationToken ct)
    {
        var resultaat = await Maak(http, d, formaat, keuzes, ct);
        // An export that took longer than the token lived is not handed out.
        if (Scope.Huidig(http).Verlopen(http.RequestServices.GetRequiredService<TimeProvider>()))
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Token verlopen",
                detail: "Het token verliep terwijl de export werd gemaakt; vraag een nieuw token aan.");
        return resultaat;
    }

    private static async Task<IResult> Maak(HttpContext http, Contracts.Calculation.V1.Dashboard d, string formaat, Paginakeuzes keuzes, CancellationToken ct)
    {
        var naam = $"regiemonitor-{d.Gebied.Code}-{d.Peildatum}";
        switch (formaat)
        {
            case "csv":
                return Results.File(CsvExport.Schrijf(DashboardTabel.Van(d)), Csv, naam + ".csv");
            case "xlsx":
                return Results.File(XlsxExport.Schrijf(DashboardTabel.Van(d)), Xlsx, naam + ".xlsx");
            case "pdf":
                var printer = http.RequestServices.GetRequiredService<PdfPrinter>();
                if (!printer.Beschikbaar)
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF niet beschikbaar",
                        detail: "Voor de PDF-export is Chromium nodig (Debian-pakket chromium); installeer het op de server.");
                var boom = await http.RequestServices.GetRequiredService<GebiedBoomBron>().Boom(ct);
                var html = Pagina(http, d, boom, keuzes, inline: true);
                return Results.File(await printer.Print(html, ct), "application/pdf", naam + ".pdf");
            default:
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Onbekend formaat",
                    detail: $"Formaat '{formaat}' bestaat niet; kies json, csv, xlsx of pdf.");
        }
    }

    private static string Pagina(HttpContext http, Contracts.Calculation.V1.Dashboard d, GebiedBoom boom, Paginakeuzes keuzes, bool inline) =>
        DashboardPagina.Render(Invoer(http, d, boom, keuzes, inline));

    private static PaginaInvoer Invoer(HttpContext http, Contracts.Calculation.V1.Dashboard d, GebiedBoom boom, Paginakeuzes keuzes, bool inline)
    {
        var scope = Scope.Huidig(http);
        return new PaginaInvoer(d, boom, http.RequestServices.GetRequiredService<Grenzen>(), keuzes, Stijl.Tekst, inline, code => scope.Toont(boom, code));
    }

    private static IResult Foutpagina(GebiedBoom boom, Dashboarduitkomst uitkomst)
    {
        var html = new StringBuilder();
        Paginaschil.Begin(html, $"{uitkomst.Titel} – Regiemonitor", "", false, boom);
        html.Append($"""<main id="inhoud"><h1>{Html.E(uitkomst.Titel)}</h1><p>{Html.E(uitkomst.Detail)}</p><p><a href="/dashboards/NL">Naar het landelijk overzicht</a></p></main>""");
        Paginaschil.Einde(html);
        return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: uitkomst.Status);
    }
}

/// <summary>The stylesheet, embedded in the assembly and read once.</summary>
public static class Stijl
{
    public static readonly string Tekst = new StreamReader(
        typeof(Stijl).Assembly.GetManifestResourceStream("regiemonitor.css")!).ReadToEnd();
}
