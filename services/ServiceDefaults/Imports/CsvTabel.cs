using System.Text;

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
/// or <c>;</c> (taken from the header), RFC 4180 quoting. Problems with the file as a whole are
/// returned as <see cref="ImportFout"/>s rather than thrown, so a user gets every problem at once.
/// </summary>
public static class CsvTabel
{
    private static readonly UTF8Encoding StrikteUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (IReadOnlyList<CsvRegel> Regels, IReadOnlyList<ImportFout> Fouten) Lees(byte[] inhoud, IReadOnlyList<string> verplichteKolommen)
    {
        string tekst;
        try
        {
            var start = inhoud.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            tekst = StrikteUtf8.GetString(inhoud, start, inhoud.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return ([], [new ImportFout(1, null, "Het bestand is geen geldige UTF-8-tekst; sla het op als CSV UTF-8.")]);
        }

        return Tabel(SplitsRegels(tekst), verplichteKolommen, "Het bestand is leeg");
    }

    /// <summary>
    /// What the CSV and XLSX readers share: the first non-empty line is the header, checked
    /// against the contract columns, and every later non-empty line becomes a <see cref="CsvRegel"/>
    /// unless it is longer than the header or its reader found a problem in it.
    /// </summary>
    /// <param name="leeg">The start of the message when there is no header at all.</param>
    internal static (IReadOnlyList<CsvRegel> Regels, IReadOnlyList<ImportFout> Fouten) Tabel(
        IEnumerable<RuweRegel> regels, IReadOnlyList<string> verplichteKolommen, string leeg)
    {
        RuweRegel? kop = null;
        var kolommen = new Dictionary<string, int>(StringComparer.Ordinal);
        var namen = new List<string>();
        var fouten = new List<ImportFout>();
        var data = new List<CsvRegel>();
        foreach (var r in regels)
        {
            if (r.Fouten.Count == 0 && r.Velden.All(v => v.Trim().Length == 0)) continue;
            if (kop is null)
            {
                kop = r;
                fouten.AddRange(r.Fouten.Select(f => new ImportFout(r.Regel, null, f.Melding)));
                KopFouten(kop, verplichteKolommen, kolommen, namen, fouten);
                if (fouten.Count > 0) return ([], fouten);
            }
            else if (r.Velden.Length > kop.Velden.Length)
                fouten.Add(new ImportFout(r.Regel, null, $"De regel heeft {r.Velden.Length} velden, de kopregel {kop.Velden.Length}."));
            else if (r.Fouten.Count > 0)
                fouten.AddRange(r.Fouten.Select(f => new ImportFout(r.Regel, f.Kolomindex is { } i && i < namen.Count && namen[i].Length > 0 ? namen[i] : null, f.Melding)));
            else
                data.Add(new CsvRegel(r.Regel, kolommen, r.Velden));
        }
        if (kop is null) return ([], [new ImportFout(1, null, $"{leeg}; verwacht een kopregel met {string.Join(",", verplichteKolommen)}.")]);
        if (data.Count == 0 && fouten.Count == 0)
            fouten.Add(new ImportFout(kop.Regel, null, "Het bestand bevat alleen een kopregel en geen gegevens."));
        return (data, fouten);
    }

    private static void KopFouten(RuweRegel kop, IReadOnlyList<string> verplichteKolommen, Dictionary<string, int> kolommen, List<string> namen, List<ImportFout> fouten)
    {
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

    /// <summary>A line as a reader found it: the 1-based line (or spreadsheet row) and its cells.</summary>
    internal sealed record RuweRegel(int Regel, string[] Velden, IReadOnlyList<Celfout> Fouten);

    private static readonly IReadOnlyList<Celfout> OnafgeslotenAanhalingsteken = [new(null, "Een aanhalingsteken (\") wordt niet gesloten.")];

    private static List<RuweRegel> SplitsRegels(string tekst)
    {
        var scheiding = KiesScheidingsteken(tekst);
        var resultaat = new List<RuweRegel>();
        var velden = new List<string>();
        var veld = new StringBuilder();
        int regel = 1, beginRegel = 1;
        var tussenAanhalingstekens = false;

        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (tussenAanhalingstekens)
            {
                if (c == '"' && i + 1 < tekst.Length && tekst[i + 1] == '"') { veld.Append('"'); i++; }
                else if (c == '"') tussenAanhalingstekens = false;
                else { if (c == '\n') regel++; veld.Append(c); }
            }
            else if (c == '"' && veld.Length == 0) tussenAanhalingstekens = true;
            else if (c == scheiding) { velden.Add(veld.ToString()); veld.Clear(); }
            else if (c == '\r' && i + 1 < tekst.Length && tekst[i + 1] == '\n') { }
            else if (c == '\n' || c == '\r')
            {
                velden.Add(veld.ToString()); veld.Clear();
                resultaat.Add(new RuweRegel(beginRegel, [.. velden], []));
                velden.Clear();
                beginRegel = ++regel;
            }
            else veld.Append(c);
        }
        if (veld.Length > 0 || velden.Count > 0 || tussenAanhalingstekens)
        {
            velden.Add(veld.ToString());
            resultaat.Add(new RuweRegel(beginRegel, [.. velden], tussenAanhalingstekens ? OnafgeslotenAanhalingsteken : []));
        }
        return resultaat;
    }

    /// <summary>The delimiter is whichever of <c>;</c> and <c>,</c> the header line uses.</summary>
    private static char KiesScheidingsteken(string tekst)
    {
        var einde = tekst.IndexOfAny(['\r', '\n']);
        var kop = einde < 0 ? tekst : tekst[..einde];
        return kop.Count(c => c == ';') > kop.Count(c => c == ',') ? ';' : ',';
    }
}
