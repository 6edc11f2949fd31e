using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>A taakstelling as stored, with where it came from (<c>import</c> or <c>afgeleid</c>).</summary>
public sealed record TaakstellingRecord(Halfjaar Periode, string Gemeentecode, long Aantal, string Herkomst, string BatchId);

/// <summary>One uitruil: the lines of one (periode, naam) in one import, in file order.</summary>
public sealed record UitruilRecord(Halfjaar Periode, string Naam, IReadOnlyList<UitruilRegel> Regels, string BatchId);

public sealed record KoppelingRecord(Halfjaar Periode, string Gemeentecode, long Aantal);

public sealed record CorrectieRecord(PeriodeCorrectie Correctie, DateTimeOffset VastgelegdOp);

public sealed record BeleidRecord(IbtBeleidsinstelling Instelling, DateTimeOffset VastgelegdOp);

/// <summary>
/// An assessment as the province fixed it. Kept as the calculation service reported it (texts,
/// not re-derived), because a fixed assessment must not change when the rules or figures do.
/// </summary>
public sealed record VastgesteldeBeoordeling(
    Halfjaar Periode, string Gemeentecode, int Trede, string Kleur, string Grondslag, long Doel, long? Gehuisvest,
    IReadOnlyList<string> Redenen, string Beleid, int Beleidsversie, string Door, DateTimeOffset Op);

public sealed record ScenarioRecord(Scenario Scenario, DateTimeOffset GeimporteerdOp);

/// <summary>
/// Everything the toezicht store holds, read in one transaction, with what is in force already
/// decided (DOMAIN.md §4; the proto comments of <c>Toezichtgegevens</c> say which list is what).
/// </summary>
public sealed record ToezichtStand(
    IReadOnlyList<TaakstellingRecord> Taakstellingen,
    IReadOnlyList<UitruilRecord> Uitruilen,
    IReadOnlyList<KoppelingRecord> Koppelingen,
    IReadOnlyList<CorrectieRecord> Correcties,
    IReadOnlyList<BeleidRecord> Beleid,
    IReadOnlyList<VastgesteldeBeoordeling> Beoordelingen,
    IReadOnlyList<Bijstelling> Bijstellingen,
    IReadOnlyList<Project> Projecten,
    IReadOnlyList<ScenarioRecord> Scenarios,
    string DataVersie)
{
    /// <summary>The taakstellingen in force in one periode, per gemeente, before any uitruil.</summary>
    public IReadOnlyDictionary<string, long> TaakstellingenIn(Halfjaar periode) =>
        Taakstellingen.Where(t => t.Periode == periode).ToDictionary(t => t.Gemeentecode, t => t.Aantal, StringComparer.Ordinal);

    /// <summary>The highest policy version of a province; 0 when it has none yet.</summary>
    public int BeleidsversieVan(string provincie) =>
        Beleid.Where(b => b.Instelling.Provincie == provincie).Select(b => b.Instelling.Versie).DefaultIfEmpty(0).Max();
}
