using System.IO.Compression;
using System.Text;
using Regiemonitor.Reporting.Exports;
using Regiemonitor.ServiceDefaults.Imports;
using static Regiemonitor.Reporting.Tests.Imports.Werkmap;

namespace Regiemonitor.Reporting.Tests.Imports;

public sealed class XlsxTabelTests
{
    private static readonly string[] Kolommen = ["gemeentecode", "categorie", "opgave", "inbreng"];
    private static readonly string Kop = Teksten(1, Kolommen);

    private static (IReadOnlyList<CsvRegel> Regels, IReadOnlyList<ImportFout> Fouten) Lees(byte[] xlsx, string? blad = null) =>
        XlsxTabel.Lees(xlsx, Kolommen, blad);

    private static ImportFout EnigeFout(byte[] xlsx, string? blad = null)
    {
        var (regels, fouten) = Lees(xlsx, blad);
        Assert.Empty(regels);
        return Assert.Single(fouten);
    }

    [Fact]
    public void Lees_WorkbookFromXlsxExport_ReadsRowsWithSpreadsheetRowNumbers()
    {
        var tabel = new Tabel("Scenario", Kolommen, [["GM0106", "asiel", 600L, 650L], ["GM0114", "amv", 20, 0]]);

        var (regels, fouten) = Lees(XlsxExport.Schrijf(tabel));

        Assert.Empty(fouten);
        Assert.Equal([(2, "GM0106", "asiel", "600", "650"), (3, "GM0114", "amv", "20", "0")],
            regels.Select(r => (r.Regel, r["gemeentecode"], r["categorie"], r["opgave"], r["inbreng"])));
    }

    [Fact]
    public void Lees_SharedAndInlineStrings_ReadsTheirText()
    {
        var xlsx = Blad(Kop + Rij(2,
            """<c r="A2" t="s"><v>0</v></c>""",
            """<c r="B2" t="s"><v>1</v></c>""",
            Tekst("C2", "7"),
            """<c r="D2" t="inlineStr"><is><r><t>1</t></r><r><t xml:space="preserve">2 </t></r></is></c>"""),
            ["GM0106", "<r><t>as</t></r><r><t>iel</t></r><rPh sb=\"0\" eb=\"1\"><t>ア</t></rPh>"]);

        var regel = Assert.Single(Lees(xlsx).Regels);

        Assert.Equal(("GM0106", "asiel", "7", "12"), (regel["gemeentecode"], regel["categorie"], regel["opgave"], regel["inbreng"]));
    }

    [Theory]
    [InlineData("600", "600")]
    [InlineData("600.0", "600")]
    [InlineData("6E2", "600")]
    [InlineData("-15", "-15")]
    [InlineData("12.5", "12.5")]
    public void Lees_NumericCell_IsWrittenAsInvariantText(string opgeslagen, string verwacht)
    {
        var xlsx = Blad(Kop + Rij(2, Tekst("A2", "GM0106"), Tekst("B2", "asiel"), Getal("C2", opgeslagen), Getal("D2", "0")));

        Assert.Equal(verwacht, Assert.Single(Lees(xlsx).Regels)["opgave"]);
    }

    [Fact]
    public void Lees_BooleanCell_IsTrueOrFalse()
    {
        var xlsx = Blad(Kop + Rij(2, Tekst("A2", "GM0106"), """<c r="B2" t="b"><v>1</v></c>""", """<c r="C2" t="b"><v>0</v></c>""", Getal("D2", "0")));

        var regel = Assert.Single(Lees(xlsx).Regels);

        Assert.Equal(("true", "false"), (regel["categorie"], regel["opgave"]));
    }

    [Fact]
    public void Lees_CellsSkippedInARow_ArePlacedByTheirReference()
    {
        var xlsx = Blad(Kop + Rij(5, Tekst("A5", "GM0106"), Getal("D5", "3")));

        var regel = Assert.Single(Lees(xlsx).Regels);

        Assert.Equal((5, "GM0106", "", "", "3"), (regel.Regel, regel["gemeentecode"], regel["categorie"], regel["opgave"], regel["inbreng"]));
    }

    [Fact]
    public void Lees_EmptyRowsAndEmptyFormattedCells_AreSkipped()
    {
        var xlsx = Blad(Rij(1) + Rij(2, """<c r="A2" s="1"/>""") + Teksten(3, Kolommen) + Teksten(4, "GM0106", "asiel", "1", "2", "") + Rij(6, """<c r="F6" s="1"/>"""));

        var (regels, fouten) = Lees(xlsx);

        Assert.Empty(fouten);
        Assert.Equal(4, Assert.Single(regels).Regel);
    }

    [Fact]
    public void Lees_WorkbookThatUnpacksBeyondTheLimit_IsRefusedWithoutReadingIt()
    {
        // 300 MB of one repeated character compresses to well under a megabyte: a zip bomb.
        using var uitvoer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(uitvoer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var deel = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open())
        {
            var blok = new byte[1024 * 1024];
            Array.Fill(blok, (byte)' ');
            for (var i = 0; i < 300; i++) deel.Write(blok);
        }
        Assert.InRange(uitvoer.Length, 1, 2 * 1024 * 1024);

        var fout = Assert.Single(Lees(uitvoer.ToArray()).Fouten);

        Assert.Contains("pakt uit tot meer dan 256 MB", fout.Melding);
    }

    [Fact]
    public void Lees_FormulaCell_IsRefusedNamingTheCell()
    {
        var xlsx = Blad(Kop
            + Teksten(2, "GM0106", "asiel", "1", "2")
            + Teksten(3, "GM0114", "asiel", "1", "2")
            + Rij(4, Tekst("A4", "GM0109"), Tekst("B4", "asiel"), """<c r="C4"><f>C2+C3</f><v>2</v></c>""", Getal("D4", "0")));

        var (regels, fouten) = Lees(xlsx);

        Assert.Equal(new ImportFout(4, "opgave", "Cel C4 bevat een formule; sla de waarde op."), Assert.Single(fouten));
        Assert.Equal([2, 3], regels.Select(r => r.Regel));
    }

    [Fact]
    public void Lees_SharedFormulaWithoutCachedValue_IsRefused()
    {
        var xlsx = Blad(Kop + Rij(2, Tekst("A2", "GM0106"), Tekst("B2", "asiel"), Getal("C2", "1"), """<c r="D2"><f t="shared" si="0"/></c>"""));

        Assert.Equal("Cel D2 bevat een formule; sla de waarde op.", EnigeFout(xlsx).Melding);
    }

    [Fact]
    public void Lees_ErrorCell_IsRefusedNamingTheValue()
    {
        var xlsx = Blad(Kop + Rij(2, Tekst("A2", "GM0106"), Tekst("B2", "asiel"), """<c r="C2" t="e"><v>#N/A</v></c>""", Getal("D2", "0")));

        Assert.Equal(new ImportFout(2, "opgave", "Cel C2 bevat de foutwaarde #N/A; vul een waarde in."), EnigeFout(xlsx));
    }

    [Fact]
    public void Lees_WithoutSheetName_ReadsTheFirstSheetOfTheWorkbook()
    {
        var xlsx = Maak([("Toelichting", Teksten(1, Kolommen) + Teksten(2, "GM0001", "asiel", "1", "1")), ("Scenario", Kop + Teksten(3, "GM0106", "asiel", "1", "1"))]);

        Assert.Equal("GM0001", Assert.Single(Lees(xlsx).Regels)["gemeentecode"]);
    }

    [Fact]
    public void Lees_NamedSheet_ReadsThatSheet()
    {
        var xlsx = Maak([("Toelichting", Teksten(1, "uitleg")), ("Voorstel 2", Kop + Teksten(3, "GM0106", "amv", "4", "5"))]);

        var regel = Assert.Single(Lees(xlsx, "Voorstel 2").Regels);

        Assert.Equal((3, "GM0106", "amv"), (regel.Regel, regel["gemeentecode"], regel["categorie"]));
    }

    [Fact]
    public void Lees_UnknownSheet_NamesTheAvailableSheets()
    {
        var xlsx = Maak([("Toelichting", ""), ("Voorstel", Kop)]);

        var fout = EnigeFout(xlsx, "Blad3");

        Assert.Equal(new ImportFout(1, null, "Werkblad 'Blad3' bestaat niet; de werkmap bevat: 'Toelichting', 'Voorstel'."), fout);
    }

    [Fact]
    public void Lees_EmptySheet_IsRefusedNamingTheSheet() =>
        Assert.Equal("Werkblad 'Blad1' is leeg; verwacht een kopregel met gemeentecode,categorie,opgave,inbreng.",
            EnigeFout(Blad(Rij(1, """<c r="A1" s="2"/>"""))).Melding);

    [Fact]
    public void Lees_OnlyAHeader_SaysSoLikeCsv() =>
        Assert.Equal(new ImportFout(1, null, "Het bestand bevat alleen een kopregel en geen gegevens."), EnigeFout(Blad(Kop)));

    [Fact]
    public void Lees_HeaderProblems_AreTheSameAsForTheSameCsv()
    {
        var xlsx = Blad(Teksten(2, "gemeentecode", "Categorie", "opgave", "inbreng", "opgave", "toelichting") + Teksten(3, "GM0106", "asiel", "1", "1"));
        const string csv = "\ngemeentecode,Categorie,opgave,inbreng,opgave,toelichting\nGM0106,asiel,1,1\n";

        var uitXlsx = Lees(xlsx);
        var uitCsv = CsvTabel.Lees(Encoding.UTF8.GetBytes(csv), Kolommen);

        Assert.NotEmpty(uitXlsx.Fouten);
        Assert.Equal(uitCsv.Fouten, uitXlsx.Fouten);
        Assert.All(uitXlsx.Fouten, f => Assert.Equal(2, f.Regel));
    }

    [Fact]
    public void Lees_ValueBeyondTheHeader_IsAnExtraField()
    {
        var xlsx = Blad(Kop + Rij(2, Tekst("A2", "GM0106"), Tekst("B2", "asiel"), Getal("C2", "1"), Getal("D2", "1"), Tekst("F2", "x")));

        Assert.Equal(new ImportFout(2, null, "De regel heeft 6 velden, de kopregel 4."), EnigeFout(xlsx));
    }

    [Fact]
    public void Lees_EveryProblem_IsReportedAtOnce()
    {
        var xlsx = Blad(Kop
            + Rij(2, Tekst("A2", "GM0106"), Tekst("B2", "asiel"), """<c r="C2"><f>1+1</f><v>2</v></c>""", """<c r="D2"><f>1+1</f><v>2</v></c>""")
            + Teksten(3, "GM0114", "asiel", "1", "1")
            + Rij(7, Tekst("A7", "GM0109"), Tekst("B7", "asiel"), """<c r="C7" t="e"><v>#DIV/0!</v></c>""", Getal("D7", "0")));

        var (_, fouten) = Lees(xlsx);

        Assert.Equal([(2, "opgave"), (2, "inbreng"), (7, "opgave")], fouten.Select(f => (f.Regel, f.Kolom)));
    }

    [Fact]
    public void Lees_NotAZipFile_IsRefused()
    {
        var fout = EnigeFout(Encoding.UTF8.GetBytes("gemeentecode,categorie,opgave,inbreng\nGM0106,asiel,1,1\n"));

        Assert.Equal(1, fout.Regel);
        Assert.StartsWith("Het bestand is geen leesbare Excel-werkmap (.xlsx)", fout.Melding);
    }

    [Fact]
    public void Lees_TruncatedPackage_IsRefused()
    {
        var xlsx = Blad(Kop + Teksten(2, "GM0106", "asiel", "1", "1"));

        Assert.StartsWith("Het bestand is geen leesbare Excel-werkmap", EnigeFout(xlsx[..(xlsx.Length / 2)]).Melding);
    }

    [Fact]
    public void Lees_ZipWithoutWorkbook_IsRefusedNamingTheMissingPart()
    {
        using var uitvoer = new MemoryStream();
        using (var zip = new ZipArchive(uitvoer, ZipArchiveMode.Create, leaveOpen: true)) Schrijf(zip, "leesmij.xml", "<a/>");

        Assert.Contains("xl/workbook.xml ontbreekt", EnigeFout(uitvoer.ToArray()).Melding);
    }

    [Fact]
    public void Lees_SheetWithMalformedXml_IsRefused()
    {
        var xlsx = Blad(Kop + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>GM0106</t></is></row>");

        Assert.StartsWith("Het bestand is geen leesbare Excel-werkmap", EnigeFout(xlsx).Melding);
    }

    [Fact]
    public void Lees_SheetWithADocumentTypeDefinition_IsRefused()
    {
        // Entity expansion ("billion laughs") must never run: DTDs are refused outright.
        var vervalst = Vervang(Blad(Kop), "xl/worksheets/sheet1.xml",
            """<!DOCTYPE worksheet [<!ENTITY a "GM0106">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>""");

        Assert.StartsWith("Het bestand is geen leesbare Excel-werkmap", EnigeFout(vervalst).Melding);
    }

    [Fact]
    public void Lees_ManyRows_ReadsEveryRow()
    {
        var rijen = new StringBuilder(Kop);
        for (var r = 2; r <= 20_001; r++) rijen.Append(Rij(r, Tekst($"A{r}", "GM0106"), Tekst($"B{r}", "asiel"), Getal($"C{r}", r.ToString(System.Globalization.CultureInfo.InvariantCulture)), Getal($"D{r}", "0")));

        var (regels, fouten) = Lees(Blad(rijen.ToString()));

        Assert.Empty(fouten);
        Assert.Equal(20_000, regels.Count);
        Assert.Equal((20_001, "20001"), (regels[^1].Regel, regels[^1]["opgave"]));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, true)]
    [InlineData(new byte[] { 0x67, 0x65, 0x6D }, false)]
    [InlineData(new byte[] { 0x50, 0x4B }, false)]
    public void IsWerkmap_FirstBytes_DecideTheFormat(byte[] begin, bool verwacht) =>
        Assert.Equal(verwacht, XlsxTabel.IsWerkmap(begin));

    private static byte[] Vervang(byte[] xlsx, string pad, string xml)
    {
        using var stroom = new MemoryStream();
        stroom.Write(xlsx);
        using (var zip = new ZipArchive(stroom, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(pad)!.Delete();
            Schrijf(zip, pad, xml);
        }
        return stroom.ToArray();
    }
}
