namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// One line of an uitruil: <paramref name="Aantal"/> is added to the gemeente's taakstelling
/// (negative when the gemeente hands part of it to another).
/// </summary>
public sealed record UitruilRegel(string Gemeente, long Aantal);

/// <summary>
/// Gemeenten may swap parts of their taakstelling as long as the sum stays equal (DOMAIN.md §4):
/// the province's total is fixed by law, only its distribution is negotiable.
/// </summary>
public static class Uitruil
{
    /// <summary>
    /// The problems of one uitruil against the current <paramref name="taakstellingen"/>, as Dutch
    /// sentences for the user; empty when it may be applied. All problems are reported at once so
    /// a user can fix a proposal in one go.
    /// </summary>
    public static IReadOnlyList<string> Controleer(IReadOnlyList<UitruilRegel> regels, IReadOnlyDictionary<string, long> taakstellingen)
    {
        ArgumentNullException.ThrowIfNull(regels);
        ArgumentNullException.ThrowIfNull(taakstellingen);
        var problemen = new List<string>();

        if (regels.Any(r => r is null || string.IsNullOrWhiteSpace(r.Gemeente)))
        {
            problemen.Add("Een regel van de uitruil noemt geen gemeente.");
            return problemen;
        }

        long som = 0;
        foreach (var r in regels) som = checked(som + r.Aantal);
        if (som != 0)
            problemen.Add($"De uitruil telt op tot {Opmaak.MetTeken(som)}; een uitruil moet de som gelijk laten.");

        // A gemeente may appear on several lines; what matters is its net change.
        var perGemeente = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var r in regels)
            perGemeente[r.Gemeente] = checked(perGemeente.GetValueOrDefault(r.Gemeente) + r.Aantal);

        if (perGemeente.Count < 2)
            problemen.Add("Een uitruil moet ten minste twee verschillende gemeenten betreffen.");

        foreach (var (gemeente, verschil) in perGemeente)
        {
            if (!taakstellingen.TryGetValue(gemeente, out var taakstelling))
                problemen.Add($"Gemeente {gemeente} heeft geen taakstelling om uit te ruilen.");
            else if (checked(taakstelling + verschil) < 0)
                problemen.Add($"Na de uitruil zou {gemeente} een taakstelling van {Opmaak.Getal(taakstelling + verschil)} hebben; "
                    + "een taakstelling kan niet negatief worden.");
        }
        return problemen;
    }

    /// <summary>
    /// Applies the uitruilen in order, each checked against the result of the ones before it (a
    /// gemeente can only give away what it has at that moment). Throws
    /// <see cref="InvalidOperationException"/> with the Dutch problems when one is not valid;
    /// the input dictionary is never changed.
    /// </summary>
    public static IReadOnlyDictionary<string, long> Pas(IReadOnlyDictionary<string, long> taakstellingen, IEnumerable<IReadOnlyList<UitruilRegel>> uitruilen)
    {
        ArgumentNullException.ThrowIfNull(taakstellingen);
        ArgumentNullException.ThrowIfNull(uitruilen);
        var resultaat = new Dictionary<string, long>(taakstellingen, StringComparer.Ordinal);
        var nummer = 0;
        foreach (var uitruil in uitruilen)
        {
            nummer++;
            var problemen = Controleer(uitruil, resultaat);
            if (problemen.Count > 0)
                throw new InvalidOperationException($"Uitruil {nummer} is niet toegestaan: {string.Join(" ", problemen)}");
            foreach (var r in uitruil) resultaat[r.Gemeente] = checked(resultaat[r.Gemeente] + r.Aantal);
        }
        return resultaat;
    }
}
