using System.Security.Cryptography;
using System.Text;
using Regiemonitor.Calculation.Core;

namespace Regiemonitor.Ingestion;

/// <summary>
/// The rows of a realisatie import in one canonical order, compact: per series (<see cref="Reeksen"/>,
/// in the codes' ordinal order) its counts by peildatum. <see cref="Sleutels"/> holds per row its
/// series' index there (high 32 bits) and its peildatum's day number (low 32 bits), sorted;
/// <see cref="Waarden"/> the row's line and count at the same index. The content hash, the
/// duplicate check and the store's writing all read these arrays front to back.
/// </summary>
public sealed record Inhoud(string Hash, IReadOnlyList<(int Regel, int Eerder)> Dubbel, IReadOnlyList<Reeks> Reeksen,
    long[] Sleutels, (int Regel, long Aantal)[] Waarden)
{
    public static int Reeksindex(long sleutel) => (int)(sleutel >> 32);

    public static int Dagnummer(long sleutel) => unchecked((int)sleutel);

    public static DateOnly Peildatum(long sleutel) => DateOnly.FromDayNumber(Dagnummer(sleutel));
}

/// <summary>
/// The content hash of a realisatie import: SHA-256 of its rows, each written as
/// <c>bron␟categorie␟onderdeel␟gebiedcode␟peildatum␟aantal</c> (U+001F between the fields), in
/// ordinal order, joined by <c>\n</c>. So it does not depend on line order, delimiter or quoting,
/// and a file imported again is recognised as already stored.
/// </summary>
/// <remarks>
/// Computed without building those lines: the rows are sorted on their <see cref="Inhoud.Sleutels"/>,
/// numbers that order them as the lines sort ordinally, and each line is hashed as it is written
/// into a small buffer (each series' first four fields encoded once). The digest is the one of the
/// joined lines, so batches stored earlier keep matching; a million rows cost no million strings
/// and no string comparisons.
/// The orders agree because no code contains a character below U+001F: a field that is a prefix of
/// another sorts first in both. Peildata sort as their day number, as JJJJ-MM-DD text does.
/// </remarks>
internal static class Inhoudshash
{
    /// <summary>
    /// The rows in canonical order with their hash, and the rows that repeat an earlier one's
    /// telling (same bron, categorie, onderdeel, gebiedcode and peildatum) with the first line
    /// that has it. Duplicates sort next to each other, so the one sort finds them too; a file
    /// with duplicates is refused and its hash unused.
    /// </summary>
    public static Inhoud Bereken(IReadOnlyList<(int Regel, RealisatieTelling Telling)> rijen)
    {
        // Rows of one series mostly follow each other or come back in the same cycle: the series
        // of the previous row is tried before the dictionary.
        var reeksen = new Dictionary<Reeks, int>();
        var reeksVan = new int[rijen.Count];
        var (vorige, index) = (default(Reeks), -1);
        for (var i = 0; i < reeksVan.Length; i++)
        {
            var reeks = Reeks.Van(rijen[i].Telling);
            if (index < 0 || reeks != vorige)
            {
                if (!reeksen.TryGetValue(reeks, out index)) reeksen[reeks] = index = reeksen.Count;
                vorige = reeks;
            }
            reeksVan[i] = index;
        }
        var volgorde = reeksen.Keys.Order(Reeks.Ordinaal).ToList();
        var rang = new int[reeksen.Count];
        for (var r = 0; r < volgorde.Count; r++) rang[reeksen[volgorde[r]]] = r;

        var sleutels = new long[rijen.Count];
        var waarden = new (int Regel, long Aantal)[rijen.Count];
        for (var i = 0; i < sleutels.Length; i++)
        {
            var (regel, t) = rijen[i];
            sleutels[i] = (long)rang[reeksVan[i]] << 32 | (uint)t.Peildatum.DayNumber;
            waarden[i] = (regel, t.Aantal);
        }
        Array.Sort(sleutels, waarden);
        return new Inhoud(Hash(volgorde, sleutels, waarden), Dubbelen(sleutels, waarden), volgorde, sleutels, waarden);
    }

    private static List<(int Regel, int Eerder)> Dubbelen(long[] sleutels, (int Regel, long Aantal)[] waarden)
    {
        var dubbel = new List<(int, int)>();
        for (var begin = 0; begin < sleutels.Length;)
        {
            var eind = begin + 1;
            while (eind < sleutels.Length && sleutels[eind] == sleutels[begin]) eind++;
            if (eind - begin > 1)
            {
                var eerste = int.MaxValue;
                for (var i = begin; i < eind; i++) eerste = Math.Min(eerste, waarden[i].Regel);
                for (var i = begin; i < eind; i++)
                    if (waarden[i].Regel != eerste) dubbel.Add((waarden[i].Regel, eerste));
            }
            begin = eind;
        }
        return dubbel;
    }

    private static string Hash(List<Reeks> reeksen, long[] sleutels, (int Regel, long Aantal)[] waarden)
    {
        // Per series "bron␟categorie␟onderdeel␟gebiedcode␟" as UTF-8, written before each of its lines.
        var begin = reeksen.Select(r => Encoding.UTF8.GetBytes($"{r.Bron.Code()}\u001f{r.Categorie.Code()}\u001f{r.OnderdeelCode}\u001f{r.Gebiedcode}\u001f")).ToArray();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        var lengte = 0;
        for (var i = 0; i < sleutels.Length; i++)
        {
            var reeks = begin[Inhoud.Reeksindex(sleutels[i])];
            // A line: "\n", its series' fields, peildatum (10), U+001F and the count (at most 20).
            if (lengte + reeks.Length + 32 > buffer.Length)
            {
                hash.AppendData(buffer, 0, lengte);
                lengte = 0;
                if (reeks.Length + 32 > buffer.Length) buffer = new byte[reeks.Length + 32];
            }
            if (i > 0) buffer[lengte++] = (byte)'\n';
            reeks.CopyTo(buffer, lengte);
            lengte += reeks.Length;
            Inhoud.Peildatum(sleutels[i]).TryFormat(buffer.AsSpan(lengte), out var n, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            lengte += n;
            buffer[lengte++] = 0x1f;
            waarden[i].Aantal.TryFormat(buffer.AsSpan(lengte), out n, default, System.Globalization.CultureInfo.InvariantCulture);
            lengte += n;
        }
        hash.AppendData(buffer, 0, lengte);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
