using static Regiemonitor.Reporting.Toezicht.ToezichtEndpoints;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>The prognosis of the housing achterstand: JSON and the page with its form of assumptions.</summary>
internal static class PrognoseRoutes
{
    internal static void Map(RouteGroupBuilder routes)
    {
        routes.MapGet("/api/v1/prognoses/{gebiedcode}", async (
            string gebiedcode, string? startJaar, string? jaren, string? taakstelling, string? gehuisvest, string? achterstand,
            HttpContext http, CancellationToken ct) =>
        {
            var (vraag, fout) = Prognosevraag.Lees(gebiedcode, startJaar, jaren, taakstelling, gehuisvest, achterstand);
            if (vraag is null) return Verzoekfout("Ongeldige aanname", fout!);
            var uitkomst = await Bron(http).Prognose(vraag, ct);
            return uitkomst.Waarde is { } p ? Results.Json(PrognoseView.Van(p)) : Probleem(uitkomst);
        });

        routes.MapGet("/dashboards/{gebiedcode}/prognose", async (
            string gebiedcode, string? startJaar, string? jaren, string? taakstelling, string? gehuisvest, string? achterstand,
            HttpContext http, CancellationToken ct) =>
        {
            var terug = Toezichtpagina.Pad(gebiedcode, "prognose");
            var (vraag, fout) = Prognosevraag.Lees(gebiedcode, startJaar, jaren, taakstelling, gehuisvest, achterstand);
            if (vraag is null) return Fout(await Boom(http, ct), "Ongeldige aanname", fout!, terug, "Opnieuw beginnen met de prognose");
            var (boom, uitkomst) = await MetBoom(http, Bron(http).Prognose(vraag, ct), ct);
            if (uitkomst.Waarde is not { } p) return Fout(boom, uitkomst);
            var invoer = new Prognoseinvoer(startJaar, jaren, taakstelling, gehuisvest, achterstand);
            return Html(PrognosePagina.Render(Kader(http, boom, inline: false), p, invoer));
        });
    }
}
