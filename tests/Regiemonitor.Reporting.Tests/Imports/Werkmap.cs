using System.IO.Compression;
using System.Security;
using System.Text;

namespace Regiemonitor.Reporting.Tests.Imports;

/// <summary>
/// Builds minimal .xlsx packages by hand, for what the project's own writer never produces:
/// shared strings, formulas, several named sheets, error and boolean cells.
/// </summary>
internal static class Werkmap
{
    private const string Hoofd = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relaties = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelaties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// A workbook with <paramref name="bladen"/> in this order. The parts are numbered in reverse
    /// (the first sheet is the last part), so a reader that takes "sheet1.xml" instead of the
    /// workbook's first sheet is caught.
    /// </summary>
    /// <param name="stijlen">The content of xl/styles.xml (inside &lt;styleSheet&gt;), for number formats.</param>
    /// <param name="werkmapEigenschappen">Attributes of &lt;workbookPr&gt;, such as date1904="1".</param>
    public static byte[] Maak(IReadOnlyList<(string Naam, string Rijen)> bladen, IReadOnlyList<string>? gedeeld = null,
        string? stijlen = null, string? werkmapEigenschappen = null)
    {
        using var uitvoer = new MemoryStream();
        using (var zip = new ZipArchive(uitvoer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Schrijf(zip, "_rels/.rels",
                $"""<Relationships xmlns="{Relaties}"><Relationship Id="rId1" Type="{DocumentRelaties}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            var sheets = new StringBuilder();
            var rels = new StringBuilder();
            for (var i = 0; i < bladen.Count; i++)
            {
                var deel = bladen.Count - i;
                sheets.Append($"""<sheet name="{SecurityElement.Escape(bladen[i].Naam)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
                rels.Append($"""<Relationship Id="rId{i + 1}" Type="{DocumentRelaties}/worksheet" Target="worksheets/sheet{deel}.xml"/>""");
                Schrijf(zip, $"xl/worksheets/sheet{deel}.xml", $"""<worksheet xmlns="{Hoofd}"><sheetData>{bladen[i].Rijen}</sheetData></worksheet>""");
            }
            if (gedeeld is not null)
            {
                // An absolute target, as some writers use, to exercise the path resolution.
                rels.Append($"""<Relationship Id="rIdS" Type="{DocumentRelaties}/sharedStrings" Target="/xl/sharedStrings.xml"/>""");
                Schrijf(zip, "xl/sharedStrings.xml",
                    $"""<sst xmlns="{Hoofd}">{string.Concat(gedeeld.Select(s => s.StartsWith('<') ? $"<si>{s}</si>" : $"<si><t>{SecurityElement.Escape(s)}</t></si>"))}</sst>""");
            }
            if (stijlen is not null)
            {
                rels.Append($"""<Relationship Id="rIdT" Type="{DocumentRelaties}/styles" Target="styles.xml"/>""");
                Schrijf(zip, "xl/styles.xml", $"""<styleSheet xmlns="{Hoofd}">{stijlen}</styleSheet>""");
            }
            var eigenschappen = werkmapEigenschappen is null ? "" : $"<workbookPr {werkmapEigenschappen}/>";
            Schrijf(zip, "xl/workbook.xml", $"""<workbook xmlns="{Hoofd}" xmlns:r="{DocumentRelaties}">{eigenschappen}<sheets>{sheets}</sheets></workbook>""");
            Schrijf(zip, "xl/_rels/workbook.xml.rels", $"""<Relationships xmlns="{Relaties}">{rels}</Relationships>""");
        }
        return uitvoer.ToArray();
    }

    public static byte[] Blad(string rijen, IReadOnlyList<string>? gedeeld = null) => Maak([("Blad1", rijen)], gedeeld);

    public static string Rij(int r, params string[] cellen) => $"""<row r="{r}">{string.Concat(cellen)}</row>""";

    public static string Tekst(string cel, string tekst) =>
        $"""<c r="{cel}" t="inlineStr"><is><t>{SecurityElement.Escape(tekst)}</t></is></c>""";

    public static string Getal(string cel, string waarde) => $"""<c r="{cel}"><v>{waarde}</v></c>""";

    /// <summary>A row of inline texts starting at column A.</summary>
    public static string Teksten(int r, params string[] teksten) =>
        Rij(r, [.. teksten.Select((t, i) => Tekst($"{(char)('A' + i)}{r}", t))]);

    public static void Schrijf(ZipArchive zip, string pad, string xml)
    {
        using var stroom = zip.CreateEntry(pad).Open();
        stroom.Write(Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + xml));
    }
}
