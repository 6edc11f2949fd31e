namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>A data line of a CSV import, with its line number for error messages.</summary>
public sealed class CsvRegel(int regel, IReadOnlyDictionary<string, int> kolommen, string[] velden)
{
    public int Regel { get; } = regel;

    /// <summary>The trimmed value of a contract column (empty when the line is short).</summary>
    public string this[string kolom] => kolommen[kolom] < velden.Length ? velden[kolommen[kolom]].Trim() : "";
}

/// <summary>
/// Reads the canonical CSV of the import contracts: UTF-8 (BOM optional), a header row, <c>,</c>
/// or <c>;</c> (taken from the header), RFC 4180 quoting. The stream is read block by block
/// (<see cref="CsvLezer"/>); only the lines found are kept. Problems with the file as a whole are
/// returned as <see cref="ImportFout"/>s rather than thrown, so a user gets every problem at once.
/// </summary>
public static class CsvTabel
{
    public static (IReadOnlyList<CsvRegel> Regels, IReadOnlyList<ImportFout> Fouten) Lees(Stream inhoud, IReadOnlyList<string> verplichteKolommen) =>
        Tabel(CsvLezer.Regels(inhoud), verplichteKolommen, Leeg);

    /// <summary>Streams the rows to <paramref name="perRegel"/> (see <see cref="Tabel(IEnumerable{RuweRegel}, IReadOnlyList{string}, string, Action{CsvRegel})"/>).</summary>
    internal static Leesuitkomst Lees(Stream inhoud, IReadOnlyList<string> verplichteKolommen, Action<CsvRegel> perRegel) =>
        Tabel(Vooruitlezen.Van(CsvLezer.Regels(inhoud)), verplichteKolommen, Leeg, perRegel);

    private const string Leeg = "Het bestand is leeg";

    /// <summary>For small files already in memory: reference data and the imports still handed a byte array.</summary>
    public static (IReadOnlyList<CsvRegel> Regels, IReadOnlyList<ImportFout> Fouten) Lees(byte[] inhoud, IReadOnlyList<string> verplichteKolommen) =>
        Lees(new MemoryStream(inhoud, writable: false), verplichteKolommen);

    /// <summary>
    /// What the CSV and XLSX readers share: the first non-empty line is the header, checked
    /// against the contract columns, and every later non-empty line becomes a <see cref="CsvRegel"/>
    /// unless it is longer than the header or its reader found a problem in it.
    /// </summary>
    /// <param name="leeg">The start of the message when there is no header at all.</param>
    internal static (IReadOnlyList<CsvRegel> Regels, IReadOnlyList<ImportFout> Fouten) Tabel(
        IEnumerable<RuweRegel> regels, IReadOnlyList<string> verplichteKolommen, string leeg)
    {
        var data = new List<CsvRegel>();
        var uitkomst = Tabel(regels, verplichteKolommen, leeg, data.Add);
        return (uitkomst.Afgebroken ? [] : data, uitkomst.Fouten);
    }

    /// <summary>
    /// As above, handing each row to <paramref name="perRegel"/> as soon as it is read instead of
    /// keeping it: a large import then holds only what its validation keeps per row.
    /// </summary>
    internal static Leesuitkomst Tabel(
        IEnumerable<RuweRegel> regels, IReadOnlyList<string> verplichteKolommen, string leeg, Action<CsvRegel> perRegel)
    {
        RuweRegel? kop = null;
        var kolommen = new Dictionary<string, int>(StringComparer.Ordinal);
        var namen = new List<string>();
        var fouten = new List<ImportFout>();
        var aantal = 0;
        foreach (var r in regels)
        {
            if (r.Fataal)
            {
                // The reader cannot go on (wrong encoding): what it read so far is not trustworthy either.
                fouten.AddRange(r.Fouten.Select(f => new ImportFout(r.Regel, kop is null ? null : Naam(namen, f), f.Melding)));
                return new(fouten, Afgebroken: true);
            }
            if (r.Fouten.Count == 0 && r.Velden.All(v => v.Trim().Length == 0)) continue;
            if (kop is null)
            {
                kop = r;
                fouten.AddRange(r.Fouten.Select(f => new ImportFout(r.Regel, null, f.Melding)));
                KopFouten(kop, verplichteKolommen, kolommen, namen, fouten);
                if (fouten.Count > 0) return new(fouten, Afgebroken: true);
            }
            else if (r.Velden.Length > kop.Velden.Length)
                fouten.Add(new ImportFout(r.Regel, null, $"De regel heeft {r.Velden.Length} velden, de kopregel {kop.Velden.Length}."));
            else if (r.Fouten.Count > 0)
                fouten.AddRange(r.Fouten.Select(f => new ImportFout(r.Regel, Naam(namen, f), f.Melding)));
            else
            {
                perRegel(new CsvRegel(r.Regel, kolommen, r.Velden));
                aantal++;
            }
        }
        if (kop is null) return new([new ImportFout(1, null, $"{leeg}; verwacht een kopregel met {string.Join(",", verplichteKolommen)}.")], Afgebroken: true);
        if (aantal == 0 && fouten.Count == 0)
            fouten.Add(new ImportFout(kop.Regel, null, "Het bestand bevat alleen een kopregel en geen gegevens."));
        return new(fouten, Afgebroken: false);
    }

    private static string? Naam(List<string> namen, Celfout f) =>
        f.Kolomindex is { } i && i < namen.Count && namen[i].Length > 0 ? namen[i] : null;

    private static void KopFouten(RuweRegel kop, IReadOnlyList<string> verplichteKolommen, Dictionary<string, int> kolommen, List<string> namen, List<ImportFout> fouten)
    {
        // A tab-separated export ("Tekst (tabgescheiden)") reads as one long unknown column; say what is wrong instead.
        if (kop.Velden is [var enige] && enige.Contains('\t'))
        {
            fouten.Add(new ImportFout(kop.Regel, null, "De kopregel is gescheiden door tabs; sla het bestand op als CSV UTF-8 (scheidingsteken , of ;)."));
            return;
        }
        for (var i = 0; i < kop.Velden.Length; i++)
        {
            var naam = kop.Velden[i].Trim().ToLowerInvariant();
            namen.Add(naam);
            if (naam.Length == 0) continue;
            if (!kolommen.TryAdd(naam, i)) fouten.Add(new ImportFout(kop.Regel, naam, $"Kolom '{naam}' staat twee keer in de kopregel."));
        }
        foreach (var k in verplichteKolommen.Where(k => !kolommen.ContainsKey(k)))
            fouten.Add(new ImportFout(kop.Regel, k, $"Kolom '{k}' ontbreekt in de kopregel; verwacht: {string.Join(",", verplichteKolommen)}."));
        foreach (var k in kolommen.Keys.Where(k => !verplichteKolommen.Contains(k)))
            fouten.Add(new ImportFout(kop.Regel, k, $"Onbekende kolom '{k}'; verwacht: {string.Join(",", verplichteKolommen)}."));
    }

    /// <summary>A problem a reader found in one cell (<see cref="Kolomindex"/>, 0-based) or in the whole line (null).</summary>
    internal sealed record Celfout(int? Kolomindex, string Melding);

    /// <summary>
    /// A line as a reader found it: the 1-based line (or spreadsheet row) and its cells.
    /// <see cref="Fataal"/>: the reader stopped here, and the file is refused with only its problems.
    /// </summary>
    internal sealed record RuweRegel(int Regel, string[] Velden, IReadOnlyList<Celfout> Fouten, bool Fataal = false);
}

/// <summary>
/// The problems found reading a table row by row. <see cref="Afgebroken"/>: the file as a whole is
/// wrong (no header, wrong encoding, not a workbook), so these are its only problems and the rows
/// handed out before, if any, are not to be judged.
/// </summary>
public sealed record Leesuitkomst(IReadOnlyList<ImportFout> Fouten, bool Afgebroken);
