using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// What the toezicht CSV imports share: the table is read, each line checked by the import's own
/// <c>lees</c> (which adds the line's problems and returns null, or its key and row), and a line
/// whose key an earlier line already has is refused with the import's <c>dubbel</c> message.
/// Every problem of the file comes back at once.
/// </summary>
internal static class ToezichtTabel
{
    public static (List<(int Regel, T Rij)> Rijen, List<ImportFout> Fouten) Lees<TSleutel, T>(
        byte[] inhoud, IReadOnlyList<string> kolommen,
        Func<CsvRegel, List<ImportFout>, (TSleutel Sleutel, T Rij)?> lees,
        Func<CsvRegel, T, int, ImportFout> dubbel) where TSleutel : notnull
    {
        var (regels, leesfouten) = CsvTabel.Lees(inhoud, kolommen);
        var fouten = new List<ImportFout>(leesfouten);
        var rijen = new List<(int, T)>();
        var eerder = new Dictionary<TSleutel, int>();
        foreach (var regel in regels)
        {
            var aantalFouten = fouten.Count;
            if (lees(regel, fouten) is not { } gelezen || fouten.Count > aantalFouten) continue;
            if (eerder.TryGetValue(gelezen.Sleutel, out var eerste))
                fouten.Add(dubbel(regel, gelezen.Rij, eerste));
            else
            {
                eerder[gelezen.Sleutel] = regel.Regel;
                rijen.Add((regel.Regel, gelezen.Rij));
            }
        }
        return (rijen, fouten);
    }
}
