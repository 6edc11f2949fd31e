using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Calculation.V1;

namespace Regiemonitor.Reporting.Edities;

/// <summary>An edition, or why there is none (as an HTTP status and message).</summary>
public sealed record Editieuitkomst(Editie? Editie, int Status, string Titel, string Detail);

/// <summary>
/// Freezes editions and answers them: an edition keeps the data versions of the dashboard it
/// was made from, and every later view asks the calculation service with exactly those.
/// </summary>
public sealed class Editiebron(Dashboardbron dashboards, EditieStore store, TimeProvider tijd, ILogger<Editiebron> log)
{
    /// <summary>Asks the current dashboard of the gebied and freezes the versions it was computed from.</summary>
    public async Task<Editieuitkomst> Stel(Editieverzoek v, CancellationToken ct)
    {
        var uitkomst = await dashboards.Haal(new GetDashboardRequest
        {
            Gebiedcode = v.Gebiedcode, Peildatum = v.Peildatum.Iso(), RealisatieTot = v.RealisatieTot.Iso(),
        }, ct);
        if (uitkomst.Dashboard is not { } d) return new(null, uitkomst.Status, uitkomst.Titel, uitkomst.Detail);
        // Without the versions an edition would silently follow every later correction: refuse instead.
        if (d.RealisatieVersie.Length == 0 || d.OpgaveVersie.Length == 0)
            return new(null, StatusCodes.Status503ServiceUnavailable, "Editie niet mogelijk",
                "De rekendienst geeft de gegevensversies van het dashboard niet door; zonder die versies kunnen de cijfers niet worden bevroren.");

        // Whole seconds: what is stored, shown and compared is the same moment.
        var nu = tijd.GetUtcNow();
        nu = new DateTimeOffset(nu.UtcTicks - nu.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var editie = new Editie("editie-" + Guid.CreateVersion7(nu).ToString("N"), v.Gebiedcode, v.Peildatum, v.RealisatieTot,
            d.RealisatieVersie, d.OpgaveVersie, EditieBron.Van(d), v.Door, nu, v.Omschrijving);
        store.Voeg(editie);
        log.LogInformation("Editie {Id} vastgesteld voor {Gebiedcode} op {RealisatieVersie} en {OpgaveVersie}",
            editie.Id, editie.Gebiedcode, editie.RealisatieVersie, editie.OpgaveVersie);
        return new(editie, StatusCodes.Status201Created, "", "");
    }

    public Editie? Vind(string id) => store.Haal(id);

    /// <summary>Newest first: the editions whose gebied is <paramref name="gebiedcode"/> or lies above it; every edition when none is named.</summary>
    public IReadOnlyList<Editie> Voor(GebiedBoom boom, string? gebiedcode) =>
        [.. store.Alle().Where(e => gebiedcode is null || e.Dekt(boom, gebiedcode))];

    /// <summary>The edition's figures for a gebied within it, computed from its frozen data versions.</summary>
    public async Task<Dashboarduitkomst> Dashboard(Editie e, string gebiedcode, GebiedBoom boom, CancellationToken ct)
    {
        if (!boom.Bevat(gebiedcode))
            return new(null, StatusCodes.Status404NotFound, "Gebied niet gevonden", $"Er is geen gebied met code '{gebiedcode}'.");
        if (!e.Dekt(boom, gebiedcode))
            return new(null, StatusCodes.Status404NotFound, "Niet in deze editie",
                $"Editie '{e.Omschrijving}' gaat over {boom.Get(e.Gebiedcode).Naam} ({e.Gebiedcode}) en wat daaronder ligt; {boom.Get(gebiedcode).Naam} ({gebiedcode}) valt daarbuiten.");
        var uitkomst = await dashboards.Haal(e.Verzoek(gebiedcode), ct);
        if (uitkomst.Dashboard is { } d && (d.RealisatieVersie != e.RealisatieVersie || d.OpgaveVersie != e.OpgaveVersie))
        {
            // Showing other figures under an edition's name would be worse than showing none.
            log.LogError("Editie {Id}: de rekendienst rekende met {Realisatie}/{Opgave} in plaats van {Bevroren}/{BevrorenOpgave}",
                e.Id, d.RealisatieVersie, d.OpgaveVersie, e.RealisatieVersie, e.OpgaveVersie);
            return new(null, StatusCodes.Status500InternalServerError, "Editie niet reproduceerbaar",
                "De rekendienst kon de bevroren gegevensversies van deze editie niet gebruiken; er worden geen andere cijfers onder de naam van de editie getoond.");
        }
        return uitkomst;
    }
}
