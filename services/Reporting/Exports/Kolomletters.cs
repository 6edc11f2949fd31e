namespace Regiemonitor.Reporting.Exports;

/// <summary>
/// Spreadsheet column letters (1 → A, 26 → Z, 27 → AA). It is bijective base 26 — there is no
/// zero digit — which is why a plain base conversion gets Z, AZ and ZZ wrong.
/// </summary>
public static class Kolomletters
{
    /// <summary>The largest column a workbook may have (XFD).</summary>
    public const int MaximumKolom = 16384;

    public static string Van(int kolomnummer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(kolomnummer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(kolomnummer, MaximumKolom);

        Span<char> letters = stackalloc char[3];
        var begin = letters.Length;
        for (var rest = kolomnummer; rest > 0; rest = (rest - 1) / 26)
        {
            letters[--begin] = (char)('A' + ((rest - 1) % 26));
        }

        return new string(letters[begin..]);
    }

    /// <summary>A cell reference such as <c>AD1</c>; rows count from 1 like in the sheet.</summary>
    public static string Cel(int kolomnummer, int rijnummer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rijnummer, 1);
        return Van(kolomnummer) + rijnummer.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
