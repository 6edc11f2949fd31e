namespace Regiemonitor.Calculation.Core;

/// <summary>A bron that contributed to a figure, with the latest peildatum used.</summary>
public sealed record BronStand(Bron Bron, DateOnly Peildatum);

/// <summary>
/// One categorie card of a gebied. Opgave fields are null when no opgave record lies in the
/// gebied's subtree (a gemeente has no oekraine opgave); realisatie fields are null when no
/// bron delivered a count — "no data" is never shown as 0.
/// </summary>
public sealed record Kaart(
    Categorie Categorie,
    DateOnly? Startdatum,
    long? Startpunt,
    DateOnly? Einddatum,
    long? Eindpunt,
    Breuk? IndicatiefSchema,
    long? Realisatie,
    IReadOnlyDictionary<Onderdeel, long>? Onderdelen,
    IReadOnlyList<BronStand> Bronnen,
    IReadOnlyList<string>? Besluiten = null,
    IReadOnlyDictionary<Niveau, int>? Verdeling = null,
    IReadOnlyList<RealisatiePunt>? Reeks = null)
{
    /// <summary>The distinct besluiten (decisions) behind the opgave records, for the method notes.</summary>
    public IReadOnlyList<string> Besluiten { get; init; } = Besluiten ?? [];

    /// <summary>How many opgave records per niveau make up the opgave ("verdeeld over 25 veiligheidsregio's").</summary>
    public IReadOnlyDictionary<Niveau, int> Verdeling { get; init; } = Verdeling ?? new Dictionary<Niveau, int>();

    /// <summary>Realisatie over time (the dashboard's own cards only), for the chart.</summary>
    public IReadOnlyList<RealisatiePunt> Reeks { get; init; } = Reeks ?? [];

    /// <summary>Schema minus realisatie; negative is a voorsprong.</summary>
    public Breuk? Achterstand => IndicatiefSchema is { } s && Realisatie is { } r ? s - r : null;

    /// <summary>Realisatie as a percentage of the schema, exact; null when the schema is 0.</summary>
    public Breuk? Percentage => IndicatiefSchema is { } s && Realisatie is { } r && s != Breuk.Nul ? (Breuk)r * 100 / s : null;

    public Status? Status => IndicatiefSchema is { } s && Realisatie is { } r ? StatusRegel.Bepaal(s, r) : null;

    /// <summary>The opgave of the overview table: the eindwaarde of the applicable period.</summary>
    public long? Opgave => Eindpunt;

    /// <summary>Opgave minus realisatie (DOMAIN.md §3 step 6); null when either is missing.</summary>
    public long? Delta => Eindpunt is { } o && Realisatie is { } r ? checked(o - r) : null;
}

/// <summary>The realisatie of a card as known on one peildatum.</summary>
public sealed record RealisatiePunt(DateOnly Peildatum, long Aantal);

/// <summary>A row of the overview table: a child gebied with one card per categorie.</summary>
public sealed record TabelRij(Gebied Gebied, IReadOnlyList<Kaart> Kaarten);

/// <summary>The calculated dashboard of one gebied on one peildatum.</summary>
public sealed record Dashboard(
    Gebied Gebied,
    DateOnly Peildatum,
    DateOnly RealisatieTot,
    IReadOnlyList<Kaart> Kaarten,
    IReadOnlyList<TabelRij> Rijen,
    TabelRij Totaal,
    IReadOnlyList<TabelRij>? VeiligheidsregioRijen = null)
{
    /// <summary>
    /// The veiligheidsregio's within the gebied: the oekraine opgave is set per veiligheidsregio,
    /// so its map shows these instead of gemeenten (empty for NL and gemeenten).
    /// </summary>
    public IReadOnlyList<TabelRij> VeiligheidsregioRijen { get; } = VeiligheidsregioRijen ?? [];
}
