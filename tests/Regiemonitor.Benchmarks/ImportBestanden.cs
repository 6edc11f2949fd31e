using System.Globalization;
using System.IO.Compression;
using System.Text;
using Regiemonitor.Calculation.Core;

namespace Regiemonitor.Benchmarks;

/// <summary>
/// The realisatie files of the import benchmark (tests/bench-import.sh): every series a gemeente
/// can have (each bron with its categorieën, asiel per onderdeel) counted daily, for the 342
/// gemeenten of the reference data, until there are <see cref="Rijen"/> rows. Written as CSV and
/// as a workbook with the same rows.
/// </summary>
public static class ImportBestanden
{
    public const int Rijen = 1_000_000;
    private static readonly DateOnly Eerste = new(2024, 1, 1);

    public static void Schrijf(string gemeentenCsv, string map)
    {
        var gemeenten = File.ReadLines(gemeentenCsv).Skip(1).Select(r => r.Split(',')[0]).Where(c => c.StartsWith("GM", StringComparison.Ordinal)).ToArray();
        Directory.CreateDirectory(map);
        using (var csv = new StreamWriter(Path.Combine(map, "realisatie-1m.csv"), false, new UTF8Encoding(false), 1 << 16))
        {
            csv.Write("bron,categorie,onderdeel,gebiedcode,peildatum,aantal\n");
            foreach (var r in Regels(gemeenten))
                csv.Write($"{r.Bron},{r.Categorie},{r.Onderdeel},{r.Gebied},{r.Peildatum},{r.Aantal}\n");
        }
        SchrijfWerkmap(Path.Combine(map, "realisatie-1m.xlsx"), gemeenten);
        Console.WriteLine($"{Rijen:N0} rows for {gemeenten.Length} gemeenten written to {map}");
    }

    private readonly record struct Regel(string Bron, string Categorie, string Onderdeel, string Gebied, string Peildatum, long Aantal);

    private static IEnumerable<Regel> Regels(string[] gemeenten)
    {
        var reeksen = new List<(string Bron, string Categorie, string Onderdeel)>();
        foreach (var bron in Enum.GetValues<Bron>())
            foreach (var c in bron.Categorieen())
                if (c == Categorie.Asiel)
                    reeksen.AddRange(Enum.GetValues<Onderdeel>().Select(o => (bron.Code(), c.Code(), o.Code())));
                else reeksen.Add((bron.Code(), c.Code(), ""));
        var random = new Random(20240101);
        var n = 0;
        for (var dag = 0; ; dag++)
        {
            var peildatum = Eerste.AddDays(dag).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var g in gemeenten)
                foreach (var (bron, categorie, onderdeel) in reeksen)
                {
                    if (n++ == Rijen) yield break;
                    yield return new Regel(bron, categorie, onderdeel, g, peildatum, random.Next(0, 5000));
                }
        }
    }

    /// <summary>
    /// A minimal workbook as Excel writes it: texts in the shared strings, numbers as values.
    /// Written part by part straight into the ZIP, so a million rows never sit in memory.
    /// </summary>
    private static void SchrijfWerkmap(string pad, string[] gemeenten)
    {
        const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var teksten = new Dictionary<string, int>(StringComparer.Ordinal);
        int Index(string t) { if (!teksten.TryGetValue(t, out var i)) teksten[t] = i = teksten.Count; return i; }

        using var zip = new ZipArchive(File.Create(pad), ZipArchiveMode.Create);
        void Deel(string naam, string xml)
        {
            using var w = new StreamWriter(zip.CreateEntry(naam, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            w.Write(xml);
        }
        Deel("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
        Deel("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Deel("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="realisatie" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Deel("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");

        using (var w = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16))
        {
            w.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Ns}"><sheetData>""");
            var rij = 1;
            void Rij(params object[] cellen)
            {
                w.Write($"<row r=\"{rij++}\">");
                foreach (var c in cellen)
                    if (c is string s) w.Write($"<c t=\"s\"><v>{Index(s)}</v></c>");
                    else w.Write($"<c><v>{c}</v></c>");
                w.Write("</row>");
            }
            Rij("bron", "categorie", "onderdeel", "gebiedcode", "peildatum", "aantal");
            foreach (var r in Regels(gemeenten)) Rij(r.Bron, r.Categorie, r.Onderdeel, r.Gebied, r.Peildatum, r.Aantal);
            w.Write("</sheetData></worksheet>");
        }
        using (var w = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false)))
        {
            w.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Ns}" uniqueCount="{teksten.Count}">""");
            foreach (var t in teksten.OrderBy(t => t.Value)) w.Write($"<si><t>{t.Key}</t></si>");
            w.Write("</sst>");
        }
    }
}
