using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Regiemonitor.Calculation.Core;

namespace Regiemonitor.Ingestion;

/// <summary>
/// The content hash of a realisatie import: SHA-256 of its rows, each written as
/// <c>bron␟categorie␟onderdeel␟gebiedcode␟peildatum␟aantal</c> (U+001F between the fields), in
/// ordinal order, joined by <c>\n</c>. So it does not depend on line order, delimiter or quoting,
/// and a file imported again is recognised as already stored.
/// </summary>
/// <remarks>
/// Computed without building those lines: the rows are sorted on a compact key that orders them
/// as the lines sort ordinally, and each line is hashed as it is written into a small buffer. The
/// digest is the one of the joined lines, so batches stored earlier keep matching; a million rows
/// no longer cost a million strings plus their join twice over (some 250 MB).
/// The orders agree because no code contains a character below U+001F: a field that is a prefix of
/// another sorts first in both. Peildata sort as their day number, as JJJJ-MM-DD text does.
/// </remarks>
internal static class Inhoudshash
{
    private static readonly int[] BronRang = Rangen<Bron>(b => b.Code());
    private static readonly int[] CategorieRang = Rangen<Categorie>(c => c.Code());
    private static readonly int[] OnderdeelRang = Rangen<Onderdeel>(o => o.Code());
    private static readonly string[] BronCode = [.. Enum.GetValues<Bron>().Select(b => b.Code())];
    private static readonly string[] CategorieCode = [.. Enum.GetValues<Categorie>().Select(c => c.Code())];
    private static readonly string[] OnderdeelCode = [.. Enum.GetValues<Onderdeel>().Select(o => o.Code())];

    /// <summary>
    /// The hash, and the rows that repeat an earlier one's telling (same bron, categorie, onderdeel,
    /// gebiedcode and peildatum) with the first line that has it. Duplicates sort next to each
    /// other, so the one sort finds them too; a file with duplicates is refused and its hash unused.
    /// </summary>
    public static (string Hash, IReadOnlyList<(int Regel, int Eerder)> Dubbel) Bereken(IReadOnlyList<(int Regel, RealisatieTelling Telling)> rijen)
    {
        var sleutels = new Sleutel[rijen.Count];
        for (var i = 0; i < sleutels.Length; i++) sleutels[i] = new Sleutel(rijen[i].Telling, rijen[i].Regel);
        Array.Sort(sleutels);
        return (Hash(sleutels), Dubbelen(sleutels));
    }

    private static List<(int Regel, int Eerder)> Dubbelen(Sleutel[] sleutels)
    {
        var dubbel = new List<(int, int)>();
        for (var begin = 0; begin < sleutels.Length;)
        {
            var eind = begin + 1;
            while (eind < sleutels.Length && sleutels[eind].ZelfdeTelling(sleutels[begin])) eind++;
            if (eind - begin > 1)
            {
                var eerste = int.MaxValue;
                for (var i = begin; i < eind; i++) eerste = Math.Min(eerste, sleutels[i].Regel);
                for (var i = begin; i < eind; i++)
                    if (sleutels[i].Regel != eerste) dubbel.Add((sleutels[i].Regel, eerste));
            }
            begin = eind;
        }
        return dubbel;
    }

    private static string Hash(Sleutel[] sleutels)
    {
        var schrijver = new Schrijver();
        Span<char> getal = stackalloc char[20];
        for (var i = 0; i < sleutels.Length; i++)
        {
            var t = sleutels[i].Telling;
            if (i > 0) schrijver.Schrijf("\n");
            schrijver.Schrijf(BronCode[(int)t.Bron]);
            schrijver.Schrijf("\u001f");
            schrijver.Schrijf(CategorieCode[(int)t.Categorie]);
            schrijver.Schrijf("\u001f");
            schrijver.Schrijf(t.Onderdeel is { } o ? OnderdeelCode[(int)o] : "");
            schrijver.Schrijf("\u001f");
            schrijver.Schrijf(t.Gebiedcode);
            schrijver.Schrijf("\u001f");
            t.Peildatum.TryFormat(getal, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            schrijver.Schrijf(getal[..n]);
            schrijver.Schrijf("\u001f");
            t.Aantal.TryFormat(getal, out n, default, CultureInfo.InvariantCulture);
            schrijver.Schrijf(getal[..n]);
        }
        return schrijver.Hash();
    }

    /// <summary>Per enum value its rank among the codes of its kind in ordinal order.</summary>
    private static int[] Rangen<T>(Func<T, string> code) where T : struct, Enum
    {
        var waarden = Enum.GetValues<T>();
        var volgorde = waarden.OrderBy(code, StringComparer.Ordinal).ToList();
        return [.. waarden.Select(w => volgorde.IndexOf(w))];
    }

    private readonly struct Sleutel(RealisatieTelling telling, int regel) : IComparable<Sleutel>
    {
        public RealisatieTelling Telling { get; } = telling;
        public int Regel { get; } = regel;

        // No onderdeel is the empty code, which sorts before every other.
        private readonly int _reeks = BronRang[(int)telling.Bron] << 16 | CategorieRang[(int)telling.Categorie] << 8
            | (telling.Onderdeel is { } o ? OnderdeelRang[(int)o] + 1 : 0);
        private readonly int _dag = telling.Peildatum.DayNumber;

        public bool ZelfdeTelling(Sleutel ander) =>
            _reeks == ander._reeks && _dag == ander._dag && string.Equals(Telling.Gebiedcode, ander.Telling.Gebiedcode, StringComparison.Ordinal);

        public int CompareTo(Sleutel ander)
        {
            var c = _reeks.CompareTo(ander._reeks);
            if (c == 0) c = string.CompareOrdinal(Telling.Gebiedcode, ander.Telling.Gebiedcode);
            if (c == 0) c = _dag.CompareTo(ander._dag);
            // Only rows the import refuses as duplicates get here; the aantal sorts as its text.
            if (c == 0 && Telling.Aantal != ander.Telling.Aantal)
                c = string.CompareOrdinal(Telling.Aantal.ToString(CultureInfo.InvariantCulture), ander.Telling.Aantal.ToString(CultureInfo.InvariantCulture));
            return c;
        }
    }

    /// <summary>UTF-8 into a fixed buffer that is hashed whenever it fills up.</summary>
    private sealed class Schrijver
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private byte[] _buffer = new byte[64 * 1024];
        private int _lengte;

        public void Schrijf(ReadOnlySpan<char> tekst)
        {
            var max = Encoding.UTF8.GetMaxByteCount(tekst.Length);
            if (_lengte + max > _buffer.Length)
            {
                Leeg();
                if (max > _buffer.Length) _buffer = new byte[max];
            }
            _lengte += Encoding.UTF8.GetBytes(tekst, _buffer.AsSpan(_lengte));
        }

        public string Hash()
        {
            Leeg();
            using (_hash) return Convert.ToHexStringLower(_hash.GetHashAndReset());
        }

        private void Leeg()
        {
            _hash.AppendData(_buffer, 0, _lengte);
            _lengte = 0;
        }
    }
}
