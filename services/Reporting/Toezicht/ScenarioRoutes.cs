using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Exports;
using static Regiemonitor.Reporting.Toezicht.ToezichtEndpoints;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// The verdeling scenarios of a province: JSON, the list with the comparison, one scenario, and
/// one scenario as a file in the import format (edit it, import it again).
/// </summary>
internal static class ScenarioRoutes
{
    // Side by side, more than a handful of proposals no longer fits a screen or a sheet of paper.
    private const int MaxVoorstellen = 6;

    internal static void Map(RouteGroupBuilder routes)
    {
        routes.MapGet("/api/v1/scenarios/{gebiedcode}", async (
            string gebiedcode, string[]? voorstel, string? peildatum, HttpContext http, CancellationToken ct) =>
        {
            if (await Controleer(http, gebiedcode, voorstel ?? [], peildatum, ct) is { } fout) return Verzoekfout("Ongeldig verzoek", fout);
            var uitkomst = await Bron(http).Scenarios(gebiedcode, voorstel ?? [], peildatum ?? "", ct);
            return uitkomst.Waarde is { } s ? Results.Json(ScenariosView.Van(s)) : Probleem(uitkomst);
        });

        routes.MapGet("/api/v1/scenarios/{gebiedcode}/{id}", (string gebiedcode, string id, string? format, HttpContext http, CancellationToken ct) =>
            Een(http, gebiedcode, id, format ?? "json", ct));

        routes.MapGet("/dashboards/{gebiedcode}/scenarios/{id}/export.{formaat}", (string gebiedcode, string id, string formaat, HttpContext http, CancellationToken ct) =>
            Een(http, gebiedcode, id, formaat, ct));

        routes.MapGet("/dashboards/{gebiedcode}/scenarios", async (
            string gebiedcode, string[]? voorstel, string? peildatum, HttpContext http, CancellationToken ct) =>
        {
            var gekozen = voorstel ?? [];
            if (await Controleer(http, gebiedcode, gekozen, peildatum, ct) is { } fout)
                return Fout(await Boom(http, ct), "Ongeldig verzoek", fout, Toezichtpagina.Pad(gebiedcode, "scenarios"), "Naar de scenario's");
            // The list and the chosen proposals (in the chosen order, checked by the service) are asked at once.
            var bron = Bron(http);
            async Task<Toezichtuitkomst<Scenarios>?> Vergelijk() => gekozen.Length == 0 ? null : await bron.Scenarios(gebiedcode, gekozen, peildatum ?? "", ct);
            var vergelijkTaak = Vergelijk();
            var (boom, alle) = await MetBoom(http, bron.Scenarios(gebiedcode, [], peildatum ?? "", ct), ct);
            var vergelijking = await vergelijkTaak;
            if (alle.Waarde is not { } lijst) return Fout(boom, alle);
            if (vergelijking is { Waarde: null }) return Fout(boom, vergelijking, Toezichtpagina.Pad(gebiedcode, "scenarios"), "Naar de scenario's");
            return Html(ScenarioPagina.Lijst(Kader(http, boom, inline: false), lijst, vergelijking?.Waarde, peildatum));
        });

        routes.MapGet("/dashboards/{gebiedcode}/scenarios/{id}", async (string gebiedcode, string id, HttpContext http, CancellationToken ct) =>
        {
            var (boom, uitkomst) = await MetBoom(http, Bron(http).Scenarios(gebiedcode, [id], "", ct), ct);
            if (uitkomst.Waarde is not { Scenarios_.Count: > 0 } s) return Fout(boom, Gevonden(uitkomst, id));
            return Html(ScenarioPagina.Een(Kader(http, boom, inline: false), s));
        });
    }

    private static async Task<IResult> Een(HttpContext http, string gebiedcode, string id, string formaat, CancellationToken ct)
    {
        if (formaat is not ("json" or "csv" or "xlsx")) return Exportbestand.OnbekendFormaat(formaat, "json, csv of xlsx");
        var uitkomst = await Bron(http).Scenarios(gebiedcode, [id], "", ct);
        if (uitkomst.Waarde is not { Scenarios_.Count: > 0 } s) return Probleem(Gevonden(uitkomst, id));
        if (formaat == "json") return Results.Json(ScenariosView.Van(s));
        var u = s.Scenarios_[0];
        return Exportbestand.Uitgifte(http, Exportbestand.Tabel(Toezichttabellen.Scenario(u), formaat, $"scenario-{gebiedcode}-{u.Naam}-{u.Versie}"));
    }

    // An answer without the asked scenario is a 404 too, whatever the service said.
    private static Toezichtuitkomst<Scenarios> Gevonden(Toezichtuitkomst<Scenarios> u, string id) => u.Waarde is null ? u
        : Toezichtuitkomst<Scenarios>.Fout(StatusCodes.Status404NotFound, "Niet gevonden", $"Er is geen scenario met id '{id}'.");

    /// <summary>Scenarios belong to a province; the peildatum is a date; a comparison has a bounded number of proposals.</summary>
    private static async Task<string?> Controleer(HttpContext http, string gebiedcode, string[] voorstellen, string? peildatum, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(peildatum) && !Kalender.TryParseIso(peildatum, out _))
            return $"peildatum '{peildatum}' is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2024-09-01.";
        if (voorstellen.Length > MaxVoorstellen)
            return $"Kies ten hoogste {MaxVoorstellen} voorstellen om te vergelijken; nu zijn het er {voorstellen.Length}.";
        var boom = await Boom(http, ct);
        if (boom.TryGet(gebiedcode, out var gebied) && gebied.Niveau != Niveau.Provincie)
            return $"Scenario's horen bij een provincie; {gebied.Naam} ({gebiedcode}) is geen provincie.";
        return null;
    }
}
