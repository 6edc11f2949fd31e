using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Dashboard = Regiemonitor.Contracts.Calculation.V1.Dashboard;
using Regiemonitor.Reporting.Weergave;

namespace Regiemonitor.Reporting.Edities;

/// <summary>
/// A published edition of a dashboard: the question (gebied, peildatum, realisatie cut-off) and
/// the data versions it was answered from. Batches are immutable and versions only grow, so the
/// two versions reproduce exactly the batches in force then; the batches per bron are kept
/// beside them for the reader. An edition is never changed, and it covers its gebied and
/// everything below it.
/// </summary>
public sealed record Editie(
    string Id,
    string Gebiedcode,
    DateOnly Peildatum,
    DateOnly RealisatieTot,
    string RealisatieVersie,
    string OpgaveVersie,
    IReadOnlyList<EditieBron> Bronnen,
    string Door,
    DateTimeOffset VastgesteldOp,
    string Omschrijving)
{
    /// <summary>True when <paramref name="gebiedcode"/> is the edition's gebied or lies below it: the edition can show it.</summary>
    public bool Dekt(GebiedBoom boom, string gebiedcode) => boom.InEenSubboom([Gebiedcode], gebiedcode);

    /// <summary>The question to the calculation service that gives this edition's figures for <paramref name="gebiedcode"/>.</summary>
    public GetDashboardRequest Verzoek(string gebiedcode) => new()
    {
        Gebiedcode = gebiedcode,
        Peildatum = Peildatum.Iso(),
        RealisatieTot = RealisatieTot.Iso(),
        RealisatieVersie = RealisatieVersie,
        OpgaveVersie = OpgaveVersie,
    };
}

/// <summary>One bron's counts in an edition: their peildatum and the batches they came from.</summary>
public sealed record EditieBron(string Bron, DateOnly Peildatum, IReadOnlyList<string> BatchIds)
{
    /// <summary>
    /// The bronnen of every card, one entry per bron and peildatum (a bron such as COA may count
    /// several categorieën on different dates), with the union of their batches.
    /// </summary>
    public static IReadOnlyList<EditieBron> Van(Dashboard dashboard) =>
    [
        .. dashboard.Kaarten.SelectMany(k => k.Bronnen)
            .GroupBy(b => (b.Bron, b.Peildatum))
            .OrderBy(g => g.Key.Bron, StringComparer.Ordinal).ThenBy(g => g.Key.Peildatum, StringComparer.Ordinal)
            .Select(g => new EditieBron(g.Key.Bron, Opmaak.IsoDatum(g.Key.Peildatum),
                [.. g.SelectMany(b => b.BatchIds).Distinct().Order(StringComparer.Ordinal)])),
    ];
}
