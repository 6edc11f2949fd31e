using Regiemonitor.ServiceDefaults.Imports;
using static Regiemonitor.Reporting.Tests.Imports.Werkmap;

namespace Regiemonitor.Reporting.Tests.Imports;

/// <summary>Numbers that Excel shows as dates arrive as the date, so they are checked like a date in a CSV.</summary>
public sealed class XlsxDatumsTests
{
    private static readonly string[] Kolommen = ["peildatum", "aantal"];

    // Styles: 0 general, 1 built-in date (14), 2 custom dd-mm-yyyy, 3 thousands (#,##0), 4 custom text with a quoted "d", 5 time (h:mm).
    private const string Stijlen = """
        <numFmts count="3"><numFmt numFmtId="164" formatCode="dd\-mm\-yyyy"/><numFmt numFmtId="165" formatCode="0&quot; dagen&quot;"/><numFmt numFmtId="166" formatCode="[$-413]h:mm"/></numFmts>
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
        <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="3"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>
        """;

    private static string Waarde(string cel, string? werkmapEigenschappen = null)
    {
        var xlsx = Maak([("Blad1", Teksten(1, Kolommen) + Rij(2, cel, Getal("B2", "5")))], stijlen: Stijlen, werkmapEigenschappen: werkmapEigenschappen);
        var (regels, fouten) = XlsxTabel.Lees(xlsx, Kolommen);
        Assert.Empty(fouten);
        return Assert.Single(regels)["peildatum"];
    }

    [Theory]
    [InlineData(1, "45536", "2024-09-01")]
    [InlineData(2, "45536", "2024-09-01")]
    [InlineData(1, "45536.0", "2024-09-01")]
    [InlineData(1, "61", "1900-03-01")]
    [InlineData(1, "45536.5", "2024-09-01 12:00")]
    [InlineData(0, "45536", "45536")]
    [InlineData(3, "45536", "45536")]
    [InlineData(4, "45536", "45536")]
    [InlineData(5, "45536", "45536")]
    public void Lees_NumberCell_IsADateOnlyWithADateFormat(int stijl, string opgeslagen, string verwacht) =>
        Assert.Equal(verwacht, Waarde($"""<c r="A2" s="{stijl}"><v>{opgeslagen}</v></c>"""));

    [Fact]
    public void Lees_WorkbookCountingFrom1904_ShiftsTheDate() =>
        Assert.Equal("2024-09-01", Waarde("""<c r="A2" s="1"><v>44074</v></c>""", "date1904=\"1\""));

    [Fact]
    public void Lees_DateTypedAsText_StaysText() =>
        Assert.Equal("01/09/2024", Waarde(Tekst("A2", "01/09/2024")));

    [Fact]
    public void Lees_IsoDateCell_IsTheDate() =>
        Assert.Equal("2024-09-01", Waarde("""<c r="A2" t="d"><v>2024-09-01T00:00:00</v></c>"""));

    [Fact]
    public void Lees_WorkbookWithoutStyles_ReadsNumbersAsNumbers()
    {
        var (regels, _) = XlsxTabel.Lees(Blad(Teksten(1, Kolommen) + Rij(2, """<c r="A2" s="1"><v>45536</v></c>""", Getal("B2", "5"))), Kolommen);

        Assert.Equal("45536", Assert.Single(regels)["peildatum"]);
    }
}
