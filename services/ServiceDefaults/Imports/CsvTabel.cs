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

        var regels = SplitsRegels(tekst);
        var eerste = regels.FindIndex(r => r.Velden.Any(v => v.Trim().Length > 0));
        if (eerste < 0) return ([], [new ImportFout(1, null, "Het bestand is leeg; verwacht een kopregel met " + string.Join(",", verplichteKolommen) + ".")]);

        var kop = regels[eerste];
        var kolommen = new Dictionary<string, int>(StringComparer.Ordinal);
        var fouten = new List<ImportFout>();
        for (var i = 0; i < kop.Velden.Length; i++)
        {
            var naam = kop.Velden[i].Trim().ToLowerInvariant();
            if (naam.Length == 0) continue;
            if (!kolommen.TryAdd(naam, i)) fouten.Add(new ImportFout(kop.Regel, naam, $"Kolom '{naam}' staat twee keer in de kopregel."));
        }
        foreach (var k in verplichteKolommen.Where(k => !kolommen.ContainsKey(k)))
            fouten.Add(new ImportFout(kop.Regel, k, $"Kolom '{k}' ontbreekt in de kopregel; verwacht: {string.Join(",", verplichteKolommen)}."));
        foreach (var k in kolommen.Keys.Where(k => !verplichteKolommen.Contains(k)))
            fouten.Add(new ImportFout(kop.Regel, k, $"Onbekende kolom '{k}'; verwacht: {string.Join(",", verplichteKolommen)}."));
        if (fouten.Count > 0) return ([], fouten);

        var data = new List<CsvRegel>();
        foreach (var r in regels.Skip(eerste + 1))
        {
            if (r.Velden.All(v => v.Trim().Length == 0)) continue;
            if (r.Velden.Length > kop.Velden.Length)
                fouten.Add(new ImportFout(r.Regel, null, $"De regel heeft {r.Velden.Length} velden, de kopregel {kop.Velden.Length}."));
            else if (r.OnafgeslotenAanhalingsteken)
                fouten.Add(new ImportFout(r.Regel, null, "Een aanhalingsteken (\") wordt niet gesloten."));
            else
                data.Add(new CsvRegel(r.Regel, kolommen, r.Velden));
        }
        if (data.Count == 0 && fouten.Count == 0)
            fouten.Add(new ImportFout(kop.Regel, null, "Het bestand bevat alleen een kopregel en geen gegevens."));
        return (data, fouten);
    }

    private sealed record RuweRegel(int Regel, string[] Velden, bool OnafgeslotenAanhalingsteken);

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
                resultaat.Add(new RuweRegel(beginRegel, [.. velden], false));
                velden.Clear();
                beginRegel = ++regel;
            }
            else veld.Append(c);
        }
        if (veld.Length > 0 || velden.Count > 0 || tussenAanhalingstekens)
        {
            velden.Add(veld.ToString());
            resultaat.Add(new RuweRegel(beginRegel, [.. velden], tussenAanhalingstekens));
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
