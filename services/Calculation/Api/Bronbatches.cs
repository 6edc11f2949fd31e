using Regiemonitor.Calculation.Core;

namespace Regiemonitor.Calculation.Api;

/// <summary>
/// The batches behind each bron's figure on a dashboard, per gebied and categorie: the counts the
/// core selects (DOMAIN.md §3 step 3) placed in their gebied, its ancestors and its regio's, as
/// the core sums them, so a card can name its sources down to the import.
/// </summary>
public sealed class Bronbatches
{
    private readonly Dictionary<(string, Categorie, Bron), SortedSet<string>> _batches = [];

    public Bronbatches(GebiedBoom boom, Gegevensstand stand, Dashboard dashboard)
    {
        var gevraagd = dashboard.Rijen.Concat(dashboard.VeiligheidsregioRijen).Select(r => r.Gebied.Code)
            .Append(dashboard.Gebied.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var t in RealisatieSelectie.Laatste(stand.Tellingen, dashboard.RealisatieTot))
        {
            if (!boom.Bevat(t.Gebiedcode) || !stand.BatchVan.TryGetValue(t, out var batch)) continue;
            foreach (var code in boom.Voorouders(t.Gebiedcode).Concat(boom.Regios(t.Gebiedcode)).Select(g => g.Code).Prepend(t.Gebiedcode))
            {
                if (!gevraagd.Contains(code)) continue;
                if (!_batches.TryGetValue((code, t.Categorie, t.Bron), out var set))
                    _batches[(code, t.Categorie, t.Bron)] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(batch);
            }
        }
    }

    /// <summary>The batch ids in ordinal order (ids start with their import time, so mostly oldest first).</summary>
    public IEnumerable<string> Van(string gebiedcode, Categorie categorie, Bron bron) =>
        _batches.TryGetValue((gebiedcode, categorie, bron), out var set) ? set : [];
}
