using System.Text.Json.Nodes;
using Regiemonitor.Contracts.Calculation.V1;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// The voortgangsrapportage as JSON (camelCase, absent values null). Percentages come twice: as
/// the whole number the published reports print, and exactly as a fraction, so a consumer can
/// reproduce the rounding or round differently.
/// </summary>
public static class VoortgangView
{
    public static JsonObject Van(PeriodeResultaten r) => new()
    {
        ["gebied"] = DashboardView.Gebied(r.Gebied),
        ["periode"] = r.Periode,
        ["periodeOmschrijving"] = Toezichtopmaak.Periode(r.Periode),
        ["vorigePeriode"] = r.VorigePeriode,
        ["totaal"] = Cijfers(r.Totaal),
        ["vorigTotaal"] = Cijfers(r.VorigTotaal),
        ["rijen"] = new JsonArray([.. r.Rijen.Select(Rij)]),
        ["treden"] = new JsonArray([.. r.Treden.Select(t => new JsonObject
        {
            ["trede"] = t.Trede, ["kleur"] = t.Kleur, ["naam"] = t.Naam,
            ["aantal"] = t.Aantal, ["vorigAantal"] = t.VorigAantal, ["verschil"] = t.Aantal - t.VorigAantal,
        })]),
        ["beleid"] = new JsonArray([.. r.Beleid.Select(b => new JsonObject
        {
            ["provincie"] = b.Provincie, ["code"] = b.Code, ["naam"] = b.Naam, ["versie"] = b.Versie,
            ["vanaf"] = b.Vanaf, ["maxTrede"] = b.MaxTrede, ["regels"] = new JsonArray([.. b.Regels.Select(x => (JsonNode?)x)]),
        })]),
    };

    public static JsonObject? Cijfers(PeriodeCijfers? c) => c is null ? null : new JsonObject
    {
        ["taakstelling"] = c.Taakstelling,
        ["achterstandIn"] = c.HasAchterstandIn ? c.AchterstandIn : null,
        ["totaalopgave"] = c.HasTotaalopgave ? c.Totaalopgave : null,
        ["gehuisvest"] = c.HasGehuisvest ? c.Gehuisvest : null,
        ["percentageTaakstelling"] = Toezichtopmaak.HeelPercentage(c.PercentageTaakstelling),
        ["percentageTaakstellingExact"] = Exact(c.PercentageTaakstelling),
        ["percentageTotaalopgave"] = Toezichtopmaak.HeelPercentage(c.PercentageTotaalopgave),
        ["percentageTotaalopgaveExact"] = Exact(c.PercentageTotaalopgave),
        ["achterstandUit"] = c.HasAchterstandUit ? c.AchterstandUit : null,
        ["koppelingen"] = c.HasKoppelingen ? c.Koppelingen : null,
        ["gemeenten"] = c.Gemeenten,
    };

    public static JsonObject? Exact(Breuk? b) => b is null ? null : new JsonObject { ["teller"] = b.Teller, ["noemer"] = b.Noemer };

    private static JsonObject Rij(PeriodeRij rij) => new()
    {
        ["gebied"] = DashboardView.Gebied(rij.Gebied),
        ["cijfers"] = Cijfers(rij.Cijfers),
        ["correcties"] = new JsonArray([.. rij.Correcties.Select(c => new JsonObject { ["veld"] = c.Veld, ["waarde"] = c.Waarde, ["reden"] = c.Reden })]),
        ["beoordeling"] = rij.Beoordeling is { } b ? Beoordeling(b, vastgesteld: false) : null,
        ["vastgesteld"] = rij.Vastgesteld is { } v ? Beoordeling(v, vastgesteld: true) : null,
        ["bijstelling"] = rij.Bijstelling is { } s ? new JsonObject
        {
            ["trede"] = s.Trede, ["kleur"] = s.Kleur, ["naam"] = s.Naam,
            ["motivering"] = s.Motivering, ["toezichthouder"] = s.Toezichthouder, ["tijdstip"] = s.Tijdstip,
        } : null,
        ["vorige"] = Cijfers(rij.Vorige),
        ["vorigeTrede"] = rij.HasVorigeTrede ? rij.VorigeTrede : null,
    };

    private static JsonObject Beoordeling(Beoordeling b, bool vastgesteld)
    {
        var json = new JsonObject
        {
            ["trede"] = b.Trede, ["kleur"] = b.Kleur, ["naam"] = b.Naam, ["grondslag"] = b.Grondslag,
            ["doel"] = b.Doel, ["gehuisvest"] = b.HasGehuisvest ? b.Gehuisvest : null,
            ["redenen"] = new JsonArray([.. b.Redenen.Select(x => (JsonNode?)x)]),
            ["beleid"] = b.Beleid, ["beleidsversie"] = b.Beleidsversie,
        };
        if (vastgesteld)
        {
            json["vastgesteldDoor"] = b.VastgesteldDoor;
            json["vastgesteldOp"] = b.VastgesteldOp;
        }
        return json;
    }
}
