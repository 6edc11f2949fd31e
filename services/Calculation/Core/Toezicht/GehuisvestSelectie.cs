namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// Which TVS count is a gemeente's <c>gehuisvest</c> in a half-year. TVS counts housings since
/// the period's start (DOMAIN.md §3), so the figure of a half-year is its latest count with a
/// peildatum after the start and at most the end: a count dated 1 January or 1 July closes the
/// half-year that ends that day (it is the state at the end of it), not the one that starts.
/// </summary>
public static class GehuisvestSelectie
{
    /// <summary>Per gemeente the TVS huisvesting counts, oldest first.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<RealisatieTelling>> PerGemeente(IEnumerable<RealisatieTelling> tellingen) =>
        tellingen.Where(t => t.Bron == Bron.Tvs && t.Categorie == Categorie.Huisvesting)
            .GroupBy(t => t.Gebiedcode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RealisatieTelling>)[.. g.OrderBy(t => t.Peildatum)], StringComparer.Ordinal);

    /// <summary>The gehuisvest of <paramref name="periode"/>, or null when TVS reported nothing in it.</summary>
    public static long? InPeriode(IReadOnlyList<RealisatieTelling> tellingenVanGemeente, Halfjaar periode)
    {
        long? laatste = null;
        foreach (var t in tellingenVanGemeente)
            if (t.Peildatum > periode.Start && t.Peildatum <= periode.Eind) laatste = t.Aantal;
        return laatste;
    }
}
