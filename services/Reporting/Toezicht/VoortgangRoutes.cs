using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Exports;
using static Regiemonitor.Reporting.Toezicht.ToezichtEndpoints;
using Halfjaar = Regiemonitor.Calculation.Core.Toezicht.Halfjaar;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>The voortgangsrapportage: JSON (and files) under the API, the page, its periode selector and its files.</summary>
internal static class VoortgangRoutes
{
    internal static void Map(RouteGroupBuilder routes)
    {
        routes.MapGet("/api/v1/taakstelling/{gebiedcode}/{periode}", async (
            string gebiedcode, string periode, string? format, HttpContext http, CancellationToken ct) =>
        {
            if (Periodefout(periode) is { } fout) return Verzoekfout("Ongeldige periode", fout);
            var uitkomst = await Bron(http).Periode(gebiedcode, periode, ct);
            if (uitkomst.Waarde is not { } r) return Probleem(uitkomst);
            return format is null or "json" ? Results.Json(VoortgangView.Van(r)) : await Bestand(http, r, format, ct);
        });

        // The periode selector is a plain GET form, so its choice arrives as ?periode= and is sent on to the page's own address.
        routes.MapGet("/dashboards/{gebiedcode}/voortgang", async (string gebiedcode, string? periode, HttpContext http, CancellationToken ct) =>
        {
            if (string.IsNullOrEmpty(periode)) periode = Halfjaar.Van(http.RequestServices.GetRequiredService<TimeProvider>().Vandaag()).ToString();
            if (Periodefout(periode) is { } fout)
                return Fout(await Boom(http, ct), "Ongeldige periode", fout);
            return Results.Redirect(Toezichtpagina.Pad(gebiedcode, $"voortgang/{periode}"));
        });

        routes.MapGet("/dashboards/{gebiedcode}/voortgang/{periode}", async (string gebiedcode, string periode, HttpContext http, CancellationToken ct) =>
        {
            if (Periodefout(periode) is { } fout)
                return Fout(await Boom(http, ct), "Ongeldige periode", fout);
            var (boom, uitkomst) = await MetBoom(http, Bron(http).Periode(gebiedcode, periode, ct), ct);
            if (uitkomst.Waarde is not { } r) return Fout(boom, uitkomst);
            return Html(Render(http, boom, r, inline: false));
        });

        routes.MapGet("/dashboards/{gebiedcode}/voortgang/{periode}/export.{formaat}", async (
            string gebiedcode, string periode, string formaat, HttpContext http, CancellationToken ct) =>
        {
            if (Periodefout(periode) is { } fout) return Verzoekfout("Ongeldige periode", fout);
            var uitkomst = await Bron(http).Periode(gebiedcode, periode, ct);
            if (uitkomst.Waarde is not { } r) return Probleem(uitkomst);
            return await Bestand(http, r, formaat, ct);
        });
    }

    private static string? Periodefout(string periode) => Halfjaar.TryParse(periode, out _) ? null
        : $"Periode '{periode}' bestaat niet; gebruik JJJJ-1 (1 januari tot 1 juli) of JJJJ-2 (1 juli tot 1 januari), bijvoorbeeld 2024-1.";

    private static string Render(HttpContext http, GebiedBoom boom, PeriodeResultaten r, bool inline)
    {
        var vandaag = http.RequestServices.GetRequiredService<TimeProvider>().Vandaag();
        var huidig = Halfjaar.Van(vandaag);
        var keuzes = VoortgangPagina.Keuzes(huidig, Halfjaar.TryParse(r.Periode, out var getoond) ? getoond : huidig);
        return VoortgangPagina.Render(Kader(http, boom, inline), r, keuzes);
    }

    private static async Task<IResult> Bestand(HttpContext http, PeriodeResultaten r, string formaat, CancellationToken ct)
    {
        var naam = $"voortgang-{r.Gebied.Code}-{r.Periode}";
        return Exportbestand.Uitgifte(http, formaat switch
        {
            "csv" or "xlsx" => Exportbestand.Tabel(Toezichttabellen.Voortgang(r), formaat, naam),
            "pdf" => await Exportbestand.Pdf(http, async () => Render(http, await Boom(http, ct), r, inline: true), naam, ct),
            _ => Exportbestand.OnbekendFormaat(formaat, "json, csv, xlsx of pdf"),
        });
    }
}
