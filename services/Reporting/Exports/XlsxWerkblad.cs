using System.Globalization;
using System.Xml;

namespace Regiemonitor.Reporting.Exports;

/// <summary>
/// Writes <c>xl/worksheets/sheet1.xml</c>: the header row in bold and frozen, numbers as numeric
/// cells so they can be summed and charted, texts as inline strings so no shared-string table
/// is needed, and no cell at all where a value is absent (an empty text would count as data).
/// </summary>
internal static class XlsxWerkblad
{
    internal const string Hoofdnaamruimte = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    // Style index 1 in styles.xml is the bold font; 0 is the default.
    private const string VetStijl = "1";
    private const string BreedteEersteKolom = "32";
    private const string BreedteOverigeKolommen = "14";

    internal static void Schrijf(XmlWriter xml, Tabel tabel)
    {
        var laatsteCel = Kolomletters.Cel(tabel.Kolommen.Count, tabel.Rijen.Count + 1);

        // Element order is fixed by the schema (CT_Worksheet); Excel repairs a file that deviates.
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", Hoofdnaamruimte);

        xml.WriteStartElement("dimension");
        xml.WriteAttributeString("ref", "A1:" + laatsteCel);
        xml.WriteEndElement();

        SchrijfBevrorenKoprij(xml);
        SchrijfKolombreedtes(xml, tabel.Kolommen.Count);

        xml.WriteStartElement("sheetData");
        SchrijfRij(xml, 1, tabel.Kolommen, VetStijl);
        for (var r = 0; r < tabel.Rijen.Count; r++)
        {
            SchrijfRij(xml, r + 2, tabel.Rijen[r], stijl: null);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Keeps the column headers in view while scrolling through hundreds of gemeenten.</summary>
    private static void SchrijfBevrorenKoprij(XmlWriter xml)
    {
        xml.WriteStartElement("sheetViews");
        xml.WriteStartElement("sheetView");
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane");
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteStartElement("selection");
        xml.WriteAttributeString("pane", "bottomLeft");
        xml.WriteAttributeString("activeCell", "A2");
        xml.WriteAttributeString("sqref", "A2");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The first column holds gebiedsnamen such as "Súdwest-Fryslân", too wide for the default.</summary>
    private static void SchrijfKolombreedtes(XmlWriter xml, int aantalKolommen)
    {
        xml.WriteStartElement("cols");
        SchrijfKolom(xml, 1, 1, BreedteEersteKolom);
        if (aantalKolommen > 1)
        {
            SchrijfKolom(xml, 2, aantalKolommen, BreedteOverigeKolommen);
        }

        xml.WriteEndElement();
    }

    private static void SchrijfKolom(XmlWriter xml, int van, int tot, string breedte)
    {
        xml.WriteStartElement("col");
        xml.WriteAttributeString("min", van.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("max", tot.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("width", breedte);
        xml.WriteAttributeString("customWidth", "1");
        xml.WriteEndElement();
    }

    private static void SchrijfRij<T>(XmlWriter xml, int rijnummer, IReadOnlyList<T> cellen, string? stijl)
    {
        xml.WriteStartElement("row");
        xml.WriteAttributeString("r", rijnummer.ToString(CultureInfo.InvariantCulture));
        for (var k = 0; k < cellen.Count; k++)
        {
            if (cellen[k] is { } waarde)
            {
                SchrijfCel(xml, Kolomletters.Cel(k + 1, rijnummer), waarde, stijl);
            }
        }

        xml.WriteEndElement();
    }

    private static void SchrijfCel(XmlWriter xml, string referentie, object waarde, string? stijl)
    {
        xml.WriteStartElement("c");
        xml.WriteAttributeString("r", referentie);
        if (stijl is not null)
        {
            xml.WriteAttributeString("s", stijl);
        }

        switch (waarde)
        {
            case string tekst:
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is");
                xml.WriteStartElement("t");
                if (XlsxTekst.MoetWitruimteBewaren(tekst))
                {
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                }

                xml.WriteString(XlsxTekst.Codeer(tekst));
                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
            default:
                xml.WriteAttributeString("t", "n");
                xml.WriteElementString("v", Getal(waarde));
                break;
        }

        xml.WriteEndElement();
    }

    private static string Getal(object waarde) => waarde switch
    {
        long getal => getal.ToString(CultureInfo.InvariantCulture),
        int getal => getal.ToString(CultureInfo.InvariantCulture),
        decimal getal => getal.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Unsupported cell type {waarde.GetType().Name}."),
    };
}
