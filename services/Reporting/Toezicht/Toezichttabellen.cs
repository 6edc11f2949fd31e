using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Exports;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>The toezicht figures as export tables, for the shared CSV and XLSX writers.</summary>
public static class Toezichttabellen
{
    /// <summary>The scenario columns, exactly those of <c>POST /api/v1/imports/scenarios</c>, so an exported file can be edited and imported again.</summary>
    public static readonly string[] ScenarioKolommen = ["gemeentecode", "categorie", "opgave", "inbreng"];

    /// <summary>One row per gemeente and then the gebied's total; percentages whole (as published) and trede per kind of assessment.</summary>
    public static Tabel Voortgang(PeriodeResultaten r)
    {
        string[] kolommen =
        [
            "gebiedcode", "gebied", "periode", "taakstelling", "achterstand bij begin", "totaalopgave", "gehuisvest",
            "% taakstelling", "% totaalopgave", "achterstand na afloop", "koppelingen",
            "trede berekend", "grondslag", "trede bijgesteld", "bijstelling motivering", "trede vastgesteld", "correcties",
        ];
        var rijen = r.Rijen.Select(rij => Rij(rij.Gebied.Code, rij.Gebied.Naam, r.Periode, rij.Cijfers, rij)).ToList();
        rijen.Add(Rij(r.Gebied.Code, $"Totaal {r.Gebied.Naam}", r.Periode, r.Totaal, null));
        return new Tabel($"Voortgang {r.Gebied.Naam} {r.Periode}", kolommen, rijen);
    }

    private static IReadOnlyList<object?> Rij(string code, string naam, string periode, PeriodeCijfers? c, PeriodeRij? rij) =>
    [
        code, naam, periode, c?.Taakstelling,
        c is { HasAchterstandIn: true } ? c.AchterstandIn : null,
        c is { HasTotaalopgave: true } ? c.Totaalopgave : null,
        c is { HasGehuisvest: true } ? c.Gehuisvest : null,
        Toezichtopmaak.HeelPercentage(c?.PercentageTaakstelling),
        Toezichtopmaak.HeelPercentage(c?.PercentageTotaalopgave),
        c is { HasAchterstandUit: true } ? c.AchterstandUit : null,
        c is { HasKoppelingen: true } ? c.Koppelingen : null,
        rij?.Beoordeling?.Trede,
        rij?.Beoordeling?.Grondslag,
        rij?.Bijstelling?.Trede,
        rij?.Bijstelling?.Motivering,
        rij?.Vastgesteld?.Trede,
        rij is { Correcties.Count: > 0 }
            ? string.Join("; ", rij.Correcties.Select(k => $"{k.Veld} = {k.Waarde}: {k.Reden}"))
            : null,
    ];

    /// <summary>One row per gemeente and categorie of one scenario, in the import format.</summary>
    public static Tabel Scenario(ScenarioUitkomst s) => new(
        $"{s.Naam} {s.Versie}",
        ScenarioKolommen,
        [.. s.Gemeenten.SelectMany(g => g.Cellen.Select(c => (IReadOnlyList<object?>)[g.Gebied.Code, c.Categorie, c.Opgave, c.Inbreng]))]);
}
