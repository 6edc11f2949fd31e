using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// Whether the stored uitruilen of a periode still apply: the calculation applies them in order
/// on top of the taakstellingen in force (<see cref="Uitruil.Pas"/>), so a new taakstelling that
/// leaves a gemeente less than it already gave away would make the whole periode incalculable.
/// Such an input is refused here instead.
/// </summary>
public static class Uitruiltoets
{
    /// <summary>
    /// Applies <paramref name="uitruilen"/> in order to <paramref name="taakstellingen"/>, each
    /// checked with <see cref="Uitruil.Controleer"/> against the result of the ones before it.
    /// Returns the taakstellingen after the valid ones and the problems of the others.
    /// </summary>
    public static (Dictionary<string, long> Na, List<(UitruilRecord Uitruil, IReadOnlyList<string> Problemen)> Problemen) Pas(
        IReadOnlyDictionary<string, long> taakstellingen, IEnumerable<UitruilRecord> uitruilen)
    {
        var stand = new Dictionary<string, long>(taakstellingen, StringComparer.Ordinal);
        var problemen = new List<(UitruilRecord, IReadOnlyList<string>)>();
        foreach (var u in uitruilen)
        {
            var p = Uitruil.Controleer(u.Regels, stand);
            if (p.Count > 0) problemen.Add((u, p));
            else foreach (var r in u.Regels) stand[r.Gemeente] = checked(stand[r.Gemeente] + r.Aantal);
        }
        return (stand, problemen);
    }

    /// <summary>
    /// The problems, reported at <paramref name="regel"/>, when the stored uitruilen of
    /// <paramref name="periode"/> no longer apply once <paramref name="nieuw"/> is in force.
    /// </summary>
    public static IEnumerable<ImportFout> NaNieuweTaakstellingen(
        ToezichtStand stand, Halfjaar periode, IReadOnlyDictionary<string, long> nieuw, int regel, string? kolom)
    {
        var uitruilen = stand.Uitruilen.Where(u => u.Periode == periode).ToList();
        if (uitruilen.Count == 0) yield break;
        var taakstellingen = new Dictionary<string, long>(stand.TaakstellingenIn(periode), StringComparer.Ordinal);
        foreach (var (gemeente, aantal) in nieuw) taakstellingen[gemeente] = aantal;
        foreach (var (u, problemen) in Pas(taakstellingen, uitruilen).Problemen)
            yield return new ImportFout(regel, kolom,
                $"Met deze taakstellingen past de opgeslagen uitruil '{u.Naam}' voor {periode} niet meer: {string.Join(" ", problemen)}");
    }
}
