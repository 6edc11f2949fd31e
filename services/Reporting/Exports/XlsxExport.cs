using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Regiemonitor.Reporting.Exports;

/// <summary>
/// A minimal Office Open XML workbook (.xlsx) with one sheet, written with the base library only.
/// The output is byte-for-byte deterministic, so an export can be cached per data version and
/// compared in tests.
/// </summary>
public static class XlsxExport
{
    /// <summary>The limit of a worksheet, header row included.</summary>
    public const int MaximumRijen = 1_048_576;

    // A ZIP entry carries a modification time; a fixed one keeps equal tables at equal bytes.
    private static readonly DateTimeOffset VasteTijd = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Encoding Utf8ZonderBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static readonly XmlWriterSettings XmlInstellingen = new()
    {
        Encoding = Utf8ZonderBom,
        Indent = false,
        // Entitize keeps a CR inside a cell text as it is, instead of the platform's line end.
        NewLineHandling = NewLineHandling.Entitize,
        NewLineChars = "\n",
        CloseOutput = false,
    };

    /// <summary>
    /// One sheet named after <see cref="Tabel.Titel"/> (at most 31 characters, <c>[]:*?/\</c>
    /// removed), the header row bold and frozen, numbers as numeric cells, texts as inline
    /// strings and <c>null</c> as no cell.
    /// </summary>
    public static byte[] Schrijf(Tabel tabel)
    {
        ArgumentNullException.ThrowIfNull(tabel);
        tabel.Valideer();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tabel.Kolommen.Count, Kolomletters.MaximumKolom, nameof(tabel));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tabel.Rijen.Count + 1, MaximumRijen, nameof(tabel));

        using var uitvoer = new MemoryStream();
        using (var zip = new ZipArchive(uitvoer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first: some readers only look at the start of the package.
            SchrijfTekst(zip, XlsxOnderdelen.ContentTypesPad, XlsxOnderdelen.ContentTypes);
            SchrijfTekst(zip, XlsxOnderdelen.PakketRelatiesPad, XlsxOnderdelen.PakketRelaties);
            SchrijfXml(zip, XlsxOnderdelen.WerkmapPad, xml => SchrijfWerkmap(xml, XlsxTekst.Bladnaam(tabel.Titel)));
            SchrijfTekst(zip, XlsxOnderdelen.WerkmapRelatiesPad, XlsxOnderdelen.WerkmapRelaties);
            SchrijfTekst(zip, XlsxOnderdelen.StijlenPad, XlsxOnderdelen.Stijlen);
            SchrijfXml(zip, XlsxOnderdelen.WerkbladPad, xml => XlsxWerkblad.Schrijf(xml, tabel));
        }

        return uitvoer.ToArray();
    }

    private static void SchrijfWerkmap(XmlWriter xml, string bladnaam)
    {
        const string relatieNaamruimte = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("workbook", XlsxWerkblad.Hoofdnaamruimte);
        xml.WriteAttributeString("xmlns", "r", null, relatieNaamruimte);
        xml.WriteStartElement("sheets");
        xml.WriteStartElement("sheet");
        xml.WriteAttributeString("name", bladnaam);
        xml.WriteAttributeString("sheetId", "1");
        xml.WriteAttributeString("id", relatieNaamruimte, "rId1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static ZipArchiveEntry NieuwOnderdeel(ZipArchive zip, string pad)
    {
        var onderdeel = zip.CreateEntry(pad, CompressionLevel.Optimal);
        onderdeel.LastWriteTime = VasteTijd;
        return onderdeel;
    }

    private static void SchrijfTekst(ZipArchive zip, string pad, string inhoud)
    {
        using var stroom = NieuwOnderdeel(zip, pad).Open();
        stroom.Write(Utf8ZonderBom.GetBytes(inhoud));
    }

    private static void SchrijfXml(ZipArchive zip, string pad, Action<XmlWriter> schrijf)
    {
        using var stroom = NieuwOnderdeel(zip, pad).Open();
        using var xml = XmlWriter.Create(stroom, XmlInstellingen);
        schrijf(xml);
    }
}
