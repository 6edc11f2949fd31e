using System.Globalization;
using System.Xml.Linq;
using Regiemonitor.Reporting.Exports;

namespace Regiemonitor.Reporting.Tests.Exports;

public sealed class XlsxExportTests
{
    private static readonly string[] Onderdelen =
    [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/styles.xml",
    ];

    private static XlsxLezer Lees(Tabel tabel) => new(XlsxExport.Schrijf(tabel));

    [Fact]
    public void Schrijf_AnyTable_ContainsExactlyTheSixParts() =>
        Assert.Equal(Onderdelen.Order(StringComparer.Ordinal), Lees(Voorbeeld.Gebieden()).Paden.Order(StringComparer.Ordinal));

    [Fact]
    public void Schrijf_EveryPart_IsWellFormedXml()
    {
        var lezer = Lees(Voorbeeld.Gebieden());

        Assert.All(Onderdelen, pad => Assert.NotNull(lezer.Xml(pad).Root));
    }

    [Fact]
    public void Schrijf_EveryRelationship_PointsToAPartWithAContentType()
    {
        var lezer = Lees(Voorbeeld.Gebieden());
        XNamespace pakket = "http://schemas.openxmlformats.org/package/2006/relationships";
        var doelen = lezer.Xml("_rels/.rels").Descendants(pakket + "Relationship").Select(r => (string)r.Attribute("Target")!)
            .Concat(lezer.Xml("xl/_rels/workbook.xml.rels").Descendants(pakket + "Relationship").Select(r => "xl/" + (string)r.Attribute("Target")!))
            .ToList();
        var overrides = lezer.Tekst("[Content_Types].xml");

        Assert.Equal(3, doelen.Count);
        Assert.All(doelen, doel => Assert.Contains(doel, lezer.Paden));
        Assert.All(doelen, doel => Assert.Contains($"PartName=\"/{doel}\"", overrides, StringComparison.Ordinal));
    }

    [Fact]
    public void Schrijf_Sheet_HasHeaderRowPlusOneRowPerTableRow()
    {
        var rijen = Lees(Voorbeeld.Gebieden()).Rijen;

        Assert.Equal(["1", "2", "3", "4"], rijen.Select(r => (string)r.Attribute("r")!));
    }

    [Fact]
    public void Schrijf_HeaderRow_IsBoldTextInFrozenFirstRow()
    {
        var lezer = Lees(Voorbeeld.Gebieden());
        var kop = lezer.Cel("B1")!;
        var stijlen = lezer.Xml("xl/styles.xml");
        var stijl = stijlen.Descendants(XlsxLezer.Main + "cellXfs").Single().Elements().ElementAt(int.Parse((string)kop.Attribute("s")!, CultureInfo.InvariantCulture));
        var font = stijlen.Descendants(XlsxLezer.Main + "font").ElementAt(int.Parse((string)stijl.Attribute("fontId")!, CultureInfo.InvariantCulture));
        var pane = lezer.Werkblad.Descendants(XlsxLezer.Main + "pane").Single();

        Assert.Equal("Asiel opgave", kop.Value);
        Assert.NotNull(font.Element(XlsxLezer.Main + "b"));
        Assert.Equal("frozen", (string?)pane.Attribute("state"));
        Assert.Equal("1", (string?)pane.Attribute("ySplit"));
        Assert.Null(lezer.Cel("B2")!.Attribute("s"));
    }

    [Fact]
    public void Schrijf_WholeNumber_IsNumericCell()
    {
        var cel = Lees(Voorbeeld.Gebieden()).Cel("B2")!;

        Assert.Equal("n", (string?)cel.Attribute("t"));
        Assert.Equal("5138", cel.Element(XlsxLezer.Main + "v")!.Value);
    }

    [Fact]
    public void Schrijf_NegativeNumberAndDecimalUnderDutchCulture_InvariantNumericValues()
    {
        var vorige = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
            var lezer = Lees(Voorbeeld.Gebieden());

            Assert.Equal("-2427", lezer.Cel("C2")!.Value);
            Assert.Equal("82.6", lezer.Cel("D2")!.Value);
            Assert.Equal("120000", lezer.Cel("B3")!.Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = vorige;
        }
    }

    [Fact]
    public void Schrijf_TextWithAmpersand_IsEscapedInlineString()
    {
        var lezer = Lees(Voorbeeld.Gebieden());
        var cel = lezer.Cel("A4")!;

        Assert.Equal("inlineStr", (string?)cel.Attribute("t"));
        Assert.Equal("'s-Gravenhage & Rijswijk", cel.Element(XlsxLezer.Main + "is")!.Element(XlsxLezer.Main + "t")!.Value);
        Assert.Contains("<t>'s-Gravenhage &amp; Rijswijk</t>", lezer.Tekst("xl/worksheets/sheet1.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Schrijf_Null_ProducesNoCellForThatColumn()
    {
        var lezer = Lees(Voorbeeld.Gebieden());
        var rij = lezer.Rijen[3];

        Assert.Equal(["A4", "C4"], rij.Elements(XlsxLezer.Main + "c").Select(c => (string)c.Attribute("r")!));
        Assert.Null(lezer.Cel("B4"));
    }

    [Theory]
    [InlineData(" Assen", true)]
    [InlineData("Assen ", true)]
    [InlineData("Assen", false)]
    public void Schrijf_TextWithOuterSpace_PreservesSpace(string tekst, bool bewaard)
    {
        var t = Lees(Voorbeeld.EenCel(tekst)).Cel("A2")!.Descendants(XlsxLezer.Main + "t").Single();

        Assert.Equal(tekst, t.Value);
        Assert.Equal(bewaard ? "preserve" : null, (string?)t.Attribute(XNamespace.Xml + "space"));
    }

    [Theory]
    [InlineData("a_x0041_b", "a_x005F_x0041_b")]
    [InlineData("a\u0001b", "a_x0001_b")]
    [InlineData("regel\r\ntwee", "regel\r\ntwee")]
    [InlineData("gebied_x", "gebied_x")]
    public void Schrijf_SpecialText_EncodedSoExcelReadsTheOriginalBack(string tekst, string opgeslagen) =>
        Assert.Equal(opgeslagen, Lees(Voorbeeld.EenCel(tekst)).Cel("A2")!.Value);

    [Theory]
    [InlineData("Provincies", "Provincies")]
    [InlineData("Gemeenten [Drenthe]: opgave/realisatie * ? \\ per 1 september 2024", "Gemeenten Drenthe opgaverealisa")]
    [InlineData("'Noord'", "Noord")]
    [InlineData("[]:*?/\\", "Blad1")]
    [InlineData("", "Blad1")]
    [InlineData("history", "Blad1")]
    public void Schrijf_Title_BecomesSanitisedSheetNameOfAtMost31Characters(string titel, string verwacht)
    {
        var naam = Lees(new Tabel(titel, ["A"], [])).Bladnaam;

        Assert.Equal(verwacht, naam);
        Assert.InRange(naam.Length, 1, 31);
        Assert.DoesNotContain(naam, c => "[]:*?/\\".Contains(c, StringComparison.Ordinal));
    }

    [Fact]
    public void Schrijf_SameTableTwice_IdenticalBytes() =>
        Assert.Equal(XlsxExport.Schrijf(Voorbeeld.Gebieden()), XlsxExport.Schrijf(Voorbeeld.Gebieden()));

    [Fact]
    public void Schrijf_AnyTable_ZipEntriesHaveFixedTimestamp()
    {
        var verwacht = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

        Assert.All(Lees(Voorbeeld.Gebieden()).Tijden.Values, tijd => Assert.Equal(verwacht, tijd.DateTime));
    }

    [Fact]
    public void Schrijf_ThirtyColumns_CellReferencesRunFromAToAD()
    {
        var kolommen = Enumerable.Range(1, 30).Select(k => $"K{k}").ToList();
        var waarden = Enumerable.Range(1, 30).Select(k => (object?)(long)k).ToArray();
        var lezer = Lees(new Tabel("Breed", kolommen, [waarden]));

        var referenties = lezer.Rijen[1].Elements(XlsxLezer.Main + "c").Select(c => (string)c.Attribute("r")!).ToList();

        Assert.Equal(30, referenties.Count);
        Assert.Equal(["A2", "Z2", "AA2", "AD2"], [referenties[0], referenties[25], referenties[26], referenties[29]]);
        Assert.Equal("K30", lezer.Cel("AD1")!.Value);
        Assert.Equal("30", lezer.Cel("AD2")!.Value);
        Assert.Equal("A1:AD2", (string?)lezer.Werkblad.Descendants(XlsxLezer.Main + "dimension").Single().Attribute("ref"));
    }

    [Fact]
    public void Schrijf_FirstColumn_IsWiderThanTheOthers()
    {
        var kolommen = Lees(Voorbeeld.Gebieden()).Werkblad.Descendants(XlsxLezer.Main + "col").ToList();
        var eerste = kolommen.Single(c => (string?)c.Attribute("min") == "1");
        var overige = kolommen.Single(c => (string?)c.Attribute("min") == "2");

        Assert.Equal("1", (string?)eerste.Attribute("max"));
        Assert.Equal("4", (string?)overige.Attribute("max"));
        Assert.True((double)eerste.Attribute("width")! > (double)overige.Attribute("width")!);
    }

    [Fact]
    public void Schrijf_RowLongerThanHeader_Throws() =>
        Assert.Throws<ArgumentException>(() => XlsxExport.Schrijf(new Tabel("T", ["A"], [Voorbeeld.Rij(1L, 2L)])));
}
