using System.IO.Compression;
using System.Xml.Linq;

namespace Regiemonitor.Reporting.Tests.Exports;

/// <summary>Reads an .xlsx back the way a spreadsheet program would start: as a ZIP of XML parts.</summary>
internal sealed class XlsxLezer
{
    internal static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    internal static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly Dictionary<string, byte[]> _onderdelen = [];

    internal XlsxLezer(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stroom = entry.Open();
            using var kopie = new MemoryStream();
            stroom.CopyTo(kopie);
            _onderdelen[entry.FullName] = kopie.ToArray();
            Tijden[entry.FullName] = entry.LastWriteTime;
        }
    }

    internal IReadOnlyCollection<string> Paden => _onderdelen.Keys;

    internal Dictionary<string, DateTimeOffset> Tijden { get; } = [];

    internal string Tekst(string pad) => System.Text.Encoding.UTF8.GetString(_onderdelen[pad]);

    internal XDocument Xml(string pad) => XDocument.Parse(Tekst(pad));

    internal XDocument Werkblad => Xml("xl/worksheets/sheet1.xml");

    internal IReadOnlyList<XElement> Rijen => [.. Werkblad.Descendants(Main + "row")];

    internal XElement? Cel(string referentie) =>
        Werkblad.Descendants(Main + "c").SingleOrDefault(c => (string?)c.Attribute("r") == referentie);

    internal string Bladnaam =>
        (string)Xml("xl/workbook.xml").Descendants(Main + "sheet").Single().Attribute("name")!;
}
