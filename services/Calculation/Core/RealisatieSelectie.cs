namespace Regiemonitor.Calculation.Core;

/// <summary>DOMAIN.md §3 step 3: per bron, its latest count with peildatum on or before the cut-off.</summary>
public static class RealisatieSelectie
{
    /// <summary>
    /// Keeps, for every (bron, categorie, onderdeel, gebied) series, the count with the latest
    /// peildatum &lt;= <paramref name="realisatieTot"/>. Two counts of one series on the same
    /// peildatum are resolved in favour of the later one in the sequence (ingestion yields
    /// corrections after what they correct).
    /// </summary>
    public static IReadOnlyList<RealisatieTelling> Laatste(IEnumerable<RealisatieTelling> tellingen, DateOnly realisatieTot)
    {
        var laatste = new Dictionary<(Bron, Categorie, Onderdeel?, string), RealisatieTelling>();
        foreach (var t in tellingen)
        {
            if (t.Peildatum > realisatieTot) continue;
            var sleutel = (t.Bron, t.Categorie, t.Onderdeel, t.Gebiedcode);
            if (!laatste.TryGetValue(sleutel, out var huidig) || t.Peildatum >= huidig.Peildatum) laatste[sleutel] = t;
        }
        return [.. laatste.Values];
    }
}
