namespace Regiemonitor.Calculation.Core;

/// <summary>
/// The realisatie of a gebied over time: on every peildatum on which a count in its subtree
/// changed, the sum of each series' latest count (DOMAIN.md §3 step 3 applied on that date).
/// </summary>
public static class Realisatiereeks
{
    /// <param name="tellingen">Counts of one categorie, any order.</param>
    /// <param name="inGebied">Whether a gebiedcode lies in the gebied's subtree.</param>
    /// <param name="van">First peildatum shown (the period's start).</param>
    /// <param name="tot">Last peildatum shown (realisatieTot).</param>
    public static IReadOnlyList<RealisatiePunt> Bereken(
        IEnumerable<RealisatieTelling> tellingen, Func<string, bool> inGebied, DateOnly van, DateOnly tot)
    {
        var laatste = new Dictionary<(Bron, Onderdeel?, string), long>();
        var punten = new List<RealisatiePunt>();
        long totaal = 0;
        foreach (var dag in tellingen.Where(t => t.Peildatum <= tot && inGebied(t.Gebiedcode))
                     .GroupBy(t => t.Peildatum).OrderBy(g => g.Key))
        {
            foreach (var t in dag)
            {
                var sleutel = (t.Bron, t.Onderdeel, t.Gebiedcode);
                totaal = checked(totaal - laatste.GetValueOrDefault(sleutel) + t.Aantal);
                laatste[sleutel] = t.Aantal;
            }
            if (dag.Key >= van) punten.Add(new RealisatiePunt(dag.Key, totaal));
        }
        return punten;
    }
}
