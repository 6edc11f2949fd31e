using Microsoft.Extensions.Options;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Ingestion.Verwerking;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Imports;
using Regiemonitor.ServiceDefaults.Telemetrie;

namespace Regiemonitor.Ingestion;

/// <summary>
/// HTTP adapter for <c>POST /api/v1/imports/realisatie?reden=&amp;door=</c> (reached through the
/// gateway). A new batch answers what it superseded, so a correction shows its effect at once.
/// </summary>
public static class ImportEndpoints
{
    private const int MaxDoor = 200, MaxReden = 2000;

    public static WebApplication MapRealisatieImport(this WebApplication app)
    {
        app.MapPost("/api/v1/imports/realisatie", async (string? reden, string? door, HttpContext http, CancellationToken ct) =>
        {
            door = string.IsNullOrWhiteSpace(door) ? Herkomst.StandaardDoor : door.Trim();
            reden = string.IsNullOrWhiteSpace(reden) ? null : reden.Trim();
            if (door.Length > MaxDoor || reden?.Length > MaxReden)
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldig verzoek",
                    detail: $"door mag hoogstens {MaxDoor} en reden hoogstens {MaxReden} tekens lang zijn; er is niets opgeslagen.");
            return await ImportAntwoord.MetBestand(http, ct, async bestand =>
                // A large file is answered at once (202) and imported by the Verwerker; see Verwerking/.
                bestand.Lengte > http.RequestServices.GetRequiredService<IOptions<VerwerkingOptions>>().Value.AsyncImportBytes
                    ? VerwerkingEndpoints.Aangenomen(await http.RequestServices.GetRequiredService<Verwerker>().Neem(bestand, new Herkomst(door, reden), ct))
                    : Antwoord(Geteld(http.RequestServices, await http.RequestServices.GetRequiredService<RealisatieImport>().Importeer(bestand, new Herkomst(door, reden), ct)), bestand));
        });
        return app;
    }

    /// <summary>Counts the outcome in the business metrics (the <see cref="Verwerker"/> counts its own).</summary>
    private static RealisatieUitkomst Geteld(IServiceProvider services, RealisatieUitkomst u)
    {
        services.GetRequiredService<Bedrijfsmetingen>().Import("realisatie", u.Uitkomst);
        return u;
    }

    /// <summary>The contract's answers; a new batch's 201 adds <c>vervangt</c> and <c>wijzigingen</c>.</summary>
    private static IResult Antwoord(RealisatieUitkomst u, Importbestand bestand)
    {
        if (u.Uitkomst is not { Nieuw: true, BatchId: { } batchId }) return ImportAntwoord.Van(u.Uitkomst, bestand);
        return Results.Created($"/api/v1/imports/realisatie/batches/{batchId}", NieuweBatch(u, batchId));
    }

    /// <summary>The body of the 201 for a new batch (also what a finished verwerking answers).</summary>
    internal static object NieuweBatch(RealisatieUitkomst u, string batchId) => new
    {
        batchId,
        rijen = u.Uitkomst.Rijen,
        nieuw = true,
        vervangt = u.Vervangt.Select(v => new { bron = v.Bron.Code(), peildatum = v.Peildatum.Iso(), batchId = v.BatchId }),
        wijzigingen = u.Wijzigingen.Select(w => new
        {
            bron = w.Bron.Code(), categorie = w.Categorie.Code(), onderdeel = w.Onderdeel?.Code(), gebiedcode = w.Gebiedcode,
            peildatum = w.Peildatum.Iso(), oud = w.Oud, nieuw = w.Nieuw,
        }),
    };
}
