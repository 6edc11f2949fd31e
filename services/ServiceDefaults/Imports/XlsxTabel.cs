using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>
/// Reads one sheet of an Excel workbook (.xlsx) into the same lines as <see cref="CsvTabel"/>,
/// with the spreadsheet row number as <see cref="CsvRegel.Regel"/>, so an import validates a
/// workbook exactly like a CSV file. Users keep their figures in Excel; saving as CSV first
/// loses the sheet choice and, with a Dutch locale, turns the delimiter into <c>;</c>.
/// </summary>
/// <remarks>
/// The sheet is read with an <see cref="XmlReader"/>, one cell at a time: a sheet's XML is many
/// times the size of the compressed upload, and loading it whole would let one upload take the
/// service's memory. Only the shared strings (needed for random access) are kept in memory.
/// </remarks>
public static class XlsxTabel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string Hoofd = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relaties = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelaties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// The most a workbook may unpack to. A few kilobytes of ZIP can inflate to gigabytes (a "zip
    /// bomb"); the declared sizes are checked up front and every XML part is also capped while it
    /// is read, since declared sizes can lie.
    /// </summary>
    public const long MaxUitgepakt = 256L * 1024 * 1024;

    // No DTDs: a workbook never needs one, and entity expansion is the classic XML bomb.
    private static readonly XmlReaderSettings Instellingen = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true, MaxCharactersInDocument = MaxUitgepakt,
    };

    /// <summary>True when the body is a ZIP package (how every .xlsx starts), whatever the Content-Type says.</summary>
    public static bool IsWerkmap(ReadOnlySpan<byte> inhoud) => inhoud.StartsWith("PK\u0003\u0004"u8);

    /// <param name="blad">The sheet name; null or empty for the first sheet.</param>
    public static (IReadOnlyList<CsvRegel> Regels, IReadOnlyList<ImportFout> Fouten) Lees(byte[] inhoud, IReadOnlyList<string> verplichteKolommen, string? blad = null)
    {
        var (regels, fouten, _) = LeesBlad(new MemoryStream(inhoud, writable: false), verplichteKolommen, blad);
        return (regels, fouten);
    }

    /// <summary>
    /// Reads the sheet from a seekable stream (the spooled upload) and says which sheet it read
    /// (null when none could be opened), for <see cref="Importbestand"/> to put on the problems.
    /// </summary>
    internal static (IReadOnlyList<CsvRegel> Regels, IReadOnlyList<ImportFout> Fouten, string? Blad) LeesBlad(
        Stream inhoud, IReadOnlyList<string> verplichteKolommen, string? blad)
    {
        var data = new List<CsvRegel>();
        var (uitkomst, gelezen) = LeesBlad(inhoud, verplichteKolommen, blad, data.Add);
        return (uitkomst.Afgebroken ? [] : data, uitkomst.Fouten, gelezen);
    }

    /// <summary>As above, handing each row to <paramref name="perRegel"/> as it is read (see <see cref="CsvTabel"/>).</summary>
    internal static (Leesuitkomst Uitkomst, string? Blad) LeesBlad(
        Stream inhoud, IReadOnlyList<string> verplichteKolommen, string? blad, Action<CsvRegel> perRegel)
    {
        // Said as for an empty CSV: "not a readable workbook" would send the user looking for damage.
        if (inhoud.Length == 0) return Fout($"Het bestand is leeg; verwacht een kopregel met {string.Join(",", verplichteKolommen)}.");
        try
        {
            using var zip = new ZipArchive(inhoud, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Sum(e => e.Length) > MaxUitgepakt)
                return Fout($"De werkmap pakt uit tot meer dan {MaxUitgepakt / (1024 * 1024)} MB; splits het bestand of lever het als CSV.");
            var werkmap = Doel(zip, "_rels/.rels", "/officeDocument") ?? "xl/workbook.xml";
            var (bladen, sinds1904) = Bladen(zip, werkmap);
            if (bladen.Count == 0) return Fout("De werkmap bevat geen werkbladen.");
            var gekozen = string.IsNullOrEmpty(blad) ? bladen[0] : bladen.FirstOrDefault(b => b.Naam == blad);
            if (gekozen is null)
                return Fout($"Werkblad '{blad}' bestaat niet; de werkmap bevat: {string.Join(", ", bladen.Select(b => $"'{b.Naam}'"))}.");
            var deel = zip.GetEntry(gekozen.Pad) ?? throw new Beschadigd($"het werkblad {gekozen.Pad} ontbreekt.");

            var teksten = GedeeldeTeksten(zip, werkmap);
            var datums = Datums(zip, werkmap, sinds1904);
            // Tabel consumes the rows while the entry is open, so the sheet is streamed, not buffered.
            using var xml = XmlReader.Create(deel.Open(), Instellingen);
            return (CsvTabel.Tabel(Vooruitlezen.Van(Rijen(xml, teksten, datums)), verplichteKolommen, $"Werkblad '{gekozen.Naam}' is leeg", perRegel), gekozen.Naam);
        }
        catch (Beschadigd e)
        {
            return Fout($"Het bestand is geen leesbare Excel-werkmap (.xlsx): {e.Message} Sla het opnieuw op als Excel-werkmap of als CSV UTF-8.");
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            // The framework's own messages are English and technical; the user needs to know what to do.
            return Fout("Het bestand is geen leesbare Excel-werkmap (.xlsx): het is geen ZIP-pakket of het is beschadigd. "
                + "Sla het opnieuw op als Excel-werkmap of als CSV UTF-8.");
        }
    }

    /// <summary>A package that opens but lacks a part or holds a wrong reference; the message is Dutch.</summary>
    private sealed class Beschadigd(string melding) : Exception(melding);

    private static (Leesuitkomst, string?) Fout(string melding) => (new([new ImportFout(1, null, melding)], Afgebroken: true), null);

    private sealed record Blad(string Naam, string Pad);

    /// <summary>
    /// The sheets in workbook order, each with its part found through the workbook's relationships,
    /// and whether the workbook counts dates from 1904.
    /// </summary>
    private static (List<Blad> Bladen, bool Sinds1904) Bladen(ZipArchive zip, string werkmap)
    {
        var doelen = Relatiedoelen(zip, werkmap).ToDictionary(r => r.Id, r => r.Pad, StringComparer.Ordinal);
        var bladen = new List<Blad>();
        var sinds1904 = false;
        using var xml = Open(zip, werkmap) ?? throw new Beschadigd($"het onderdeel {werkmap} ontbreekt.");
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "workbookPr" && xml.NamespaceURI == Hoofd)
                sinds1904 = xml.GetAttribute("date1904") is "1" or "true";
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheet" || xml.NamespaceURI != Hoofd) continue;
            var naam = xml.GetAttribute("name") ?? "";
            var id = xml.GetAttribute("id", DocumentRelaties);
            if (id is not null && doelen.TryGetValue(id, out var pad)) bladen.Add(new Blad(naam, pad));
        }
        return (bladen, sinds1904);
    }

    private static XlsxDatums Datums(ZipArchive zip, string werkmap, bool sinds1904)
    {
        var pad = Relatiedoelen(zip, werkmap).FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal))?.Pad;
        using var xml = pad is null ? null : Open(zip, pad);
        return XlsxDatums.Lees(xml, sinds1904);
    }

    private static List<string> GedeeldeTeksten(ZipArchive zip, string werkmap)
    {
        var teksten = new List<string>();
        var pad = Relatiedoelen(zip, werkmap).FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal))?.Pad;
        using var xml = pad is null ? null : Open(zip, pad);
        if (xml is null) return teksten;
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si" && xml.NamespaceURI == Hoofd)
                teksten.Add(Tekst((XElement)XNode.ReadFrom(xml)));
            else xml.Read();
        }
        return teksten;
    }

    /// <summary>
    /// The rows of a sheet, each with its cells placed by their reference (a row may skip empty
    /// cells). Trailing empty cells are dropped: Excel writes formatted but empty cells, which are
    /// not extra fields.
    /// </summary>
    private static IEnumerable<CsvTabel.RuweRegel> Rijen(XmlReader xml, List<string> teksten, XlsxDatums datums)
    {
        var rij = 0;
        List<string>? cellen = null;
        List<CsvTabel.Celfout> fouten = [];
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Hoofd && xml.LocalName == "row")
            {
                rij = Getal(xml.GetAttribute("r")) ?? rij + 1;
                cellen = [];
                fouten = [];
                if (xml.IsEmptyElement) { yield return Maak(rij, cellen, fouten); cellen = null; }
                xml.Read();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Hoofd && xml.LocalName == "c" && cellen is not null)
            {
                var cel = (XElement)XNode.ReadFrom(xml);
                var kolom = Kolom((string?)cel.Attribute("r"), rij) ?? cellen.Count;
                while (cellen.Count <= kolom) cellen.Add("");
                var (waarde, fout) = Waarde(cel, teksten, datums, kolom, rij);
                cellen[kolom] = waarde;
                if (fout is not null) fouten.Add(new CsvTabel.Celfout(kolom, fout));
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.NamespaceURI == Hoofd && xml.LocalName == "row" && cellen is not null)
            {
                yield return Maak(rij, cellen, fouten);
                cellen = null;
                xml.Read();
            }
            else xml.Read();
        }
    }

    private static CsvTabel.RuweRegel Maak(int rij, List<string> cellen, List<CsvTabel.Celfout> fouten)
    {
        var lengte = cellen.Count;
        while (lengte > 0 && cellen[lengte - 1].Trim().Length == 0) lengte--;
        return new CsvTabel.RuweRegel(rij, [.. cellen.Take(lengte)], fouten);
    }

    /// <summary>
    /// A cell's value as the text a CSV would hold. A formula is refused rather than its cached
    /// result taken: that result is whatever the last program to save the file computed (or
    /// nothing), and an import must store the figures the user sees and means. A number shown as a
    /// date becomes that date, so it is checked like a date typed in a CSV.
    /// </summary>
    private static (string Waarde, string? Fout) Waarde(XElement cel, List<string> teksten, XlsxDatums datums, int kolom, int rij)
    {
        // Only a problem names the cell; most cells have none, so the name is not made up front.
        string naam() => Celnaam(kolom, rij);
        if (cel.Element(XName.Get("f", Hoofd)) is not null) return ("", $"Cel {naam()} bevat een formule; sla de waarde op.");
        var v = (string?)cel.Element(XName.Get("v", Hoofd));
        switch ((string?)cel.Attribute("t") ?? "n")
        {
            case "s":
                return int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < teksten.Count
                    ? (teksten[i], null)
                    : ("", $"Cel {naam()} verwijst naar een gedeelde tekst die niet in de werkmap staat.");
            case "inlineStr":
                return (cel.Element(XName.Get("is", Hoofd)) is { } tekst ? Tekst(tekst) : "", null);
            case "b":
                return (v == "1" ? "true" : "false", null);
            case "e":
                return ("", $"Cel {naam()} bevat de foutwaarde {v}; vul een waarde in.");
            case "n":
                return (datums.AlsDatum(Stijl((string?)cel.Attribute("s")), v ?? "") ?? Getalwaarde(v ?? ""), null);
            case "d": // an ISO 8601 moment; a date without time of day is the date
                return (v is { Length: > 10 } && v[10..] is "T00:00:00" or "T00:00:00Z" or "T00:00:00.000" ? v[..10] : v ?? "", null);
            default: // "str" holds its value as text
                return (v ?? "", null);
        }
    }

    /// <summary>Excel stores every number as a double; a whole one is written without decimals or exponent.</summary>
    private static string Getalwaarde(string v) =>
        decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? (d == decimal.Truncate(d) ? d.ToString("0", CultureInfo.InvariantCulture) : d.ToString(CultureInfo.InvariantCulture))
            : v;

    /// <summary>The text of a shared or inline string: plain, or rich text runs; phonetic hints (rPh) are not part of it.</summary>
    private static string Tekst(XElement element) =>
        string.Concat(element.Descendants(XName.Get("t", Hoofd))
            .Where(t => t.Parent?.Name != XName.Get("rPh", Hoofd))
            .Select(t => t.Value));

    /// <summary>The 0-based column of a reference such as <c>C4</c>; null when there is no reference.</summary>
    private static int? Kolom(string? referentie, int rij)
    {
        if (string.IsNullOrEmpty(referentie)) return null;
        var kolom = 0;
        var i = 0;
        for (; i < referentie.Length && char.IsAsciiLetterUpper(referentie[i]); i++)
            kolom = kolom * 26 + (referentie[i] - 'A' + 1);
        // XFD is the last column Excel has; anything beyond is a damaged file, not a wide table.
        if (i == 0 || kolom > 16384 || Getal(referentie[i..]) != rij)
            throw new Beschadigd($"celverwijzing '{referentie}' in rij {rij} is ongeldig.");
        return kolom - 1;
    }

    private static string Celnaam(int kolom, int rij)
    {
        var letters = "";
        for (var rest = kolom + 1; rest > 0; rest = (rest - 1) / 26) letters = (char)('A' + (rest - 1) % 26) + letters;
        return letters + rij.ToString(CultureInfo.InvariantCulture);
    }

    private static int? Stijl(string? tekst) =>
        int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int? Getal(string? tekst) =>
        int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private sealed record Relatie(string Id, string Type, string Pad);

    /// <summary>The relationships of a part (its <c>_rels/&lt;naam&gt;.rels</c>), with targets resolved to package paths.</summary>
    private static List<Relatie> Relatiedoelen(ZipArchive zip, string deel)
    {
        var map = deel.Contains('/') ? deel[..deel.LastIndexOf('/')] : "";
        var relaties = new List<Relatie>();
        using var xml = Open(zip, (map.Length > 0 ? map + "/" : "") + "_rels/" + deel[(deel.LastIndexOf('/') + 1)..] + ".rels");
        while (xml is not null && xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship" || xml.NamespaceURI != Relaties) continue;
            if (xml.GetAttribute("TargetMode") == "External") continue;
            var doel = xml.GetAttribute("Target") ?? "";
            relaties.Add(new Relatie(xml.GetAttribute("Id") ?? "", xml.GetAttribute("Type") ?? "", Pad(map, doel)));
        }
        return relaties;
    }

    private static string? Doel(ZipArchive zip, string rels, string typeEinde)
    {
        using var xml = Open(zip, rels);
        while (xml is not null && xml.Read())
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && (xml.GetAttribute("Type") ?? "").EndsWith(typeEinde, StringComparison.Ordinal))
                return Pad("", xml.GetAttribute("Target") ?? "");
        return null;
    }

    /// <summary>A relationship target relative to <paramref name="map"/>, or absolute from the package root.</summary>
    private static string Pad(string map, string doel)
    {
        var delen = new List<string>(doel.StartsWith('/') || map.Length == 0 ? [] : map.Split('/'));
        foreach (var stap in doel.TrimStart('/').Split('/'))
        {
            if (stap == "..") { if (delen.Count > 0) delen.RemoveAt(delen.Count - 1); }
            else if (stap is not ("." or "")) delen.Add(stap);
        }
        return string.Join('/', delen);
    }

    private static XmlReader? Open(ZipArchive zip, string pad) =>
        zip.GetEntry(pad) is { } deel ? XmlReader.Create(deel.Open(), Instellingen) : null;
}
