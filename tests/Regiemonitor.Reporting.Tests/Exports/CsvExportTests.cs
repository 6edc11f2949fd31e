using System.Globalization;
using System.Text;
using Regiemonitor.Reporting.Exports;

namespace Regiemonitor.Reporting.Tests.Exports;

public sealed class CsvExportTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static string Tekst(byte[] csv) => new UTF8Encoding(false).GetString(csv, Bom.Length, csv.Length - Bom.Length);

    private static string[] Regels(Tabel tabel) =>
        Tekst(CsvExport.Schrijf(tabel)).Split("\r\n");

    [Fact]
    public void Schrijf_AnyTable_StartsWithUtf8Bom()
    {
        var csv = CsvExport.Schrijf(Voorbeeld.Gebieden());

        Assert.Equal(Bom, csv[..3]);
        Assert.Equal((byte)'G', csv[3]);
    }

    [Fact]
    public void Schrijf_Header_IsFirstLineSeparatedBySemicolons() =>
        Assert.Equal("Gebied;Asiel opgave;Asiel delta;Percentage", Regels(Voorbeeld.Gebieden())[0]);

    [Fact]
    public void Schrijf_NameWithSemicolonAndQuote_IsQuotedWithDoubledQuotes() =>
        Assert.Equal("\"Noord; \"\"Oost\"\"\";120000;0;100", Regels(Voorbeeld.Gebieden())[2]);

    [Fact]
    public void Schrijf_NegativeNumberAndDecimal_MinusKeptAndCommaAsDecimalSeparator() =>
        Assert.Equal("Drenthe;5138;-2427;82,6", Regels(Voorbeeld.Gebieden())[1]);

    [Fact]
    public void Schrijf_Null_WritesEmptyField() =>
        Assert.Equal("'s-Gravenhage & Rijswijk;;558;", Regels(Voorbeeld.Gebieden())[3]);

    [Fact]
    public void Schrijf_EveryLine_EndsWithCrlf()
    {
        var tekst = Tekst(CsvExport.Schrijf(Voorbeeld.Gebieden()));

        Assert.EndsWith("\r\n", tekst, StringComparison.Ordinal);
        Assert.Equal(4, tekst.Split("\r\n").Length - 1);
        Assert.DoesNotContain("\n", tekst.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("regel\neen", "\"regel\neen\"")]
    [InlineData("regel\reen", "\"regel\reen\"")]
    [InlineData("82,6", "82,6")]
    [InlineData("", "")]
    public void Schrijf_Text_QuotedOnlyWhenItContainsSpecialCharacters(string waarde, string verwacht) =>
        Assert.Equal("Waarde\r\n" + verwacht + "\r\n", Tekst(CsvExport.Schrijf(Voorbeeld.EenCel(waarde))));

    [Fact]
    public void Schrijf_DutchCurrentCulture_NoThousandSeparatorsAndSameOutput()
    {
        var vorige = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = CsvExport.Schrijf(Voorbeeld.Gebieden());
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
            var nederlands = CsvExport.Schrijf(Voorbeeld.Gebieden());

            Assert.Equal(invariant, nederlands);
            Assert.Contains(";120000;", Tekst(nederlands), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = vorige;
        }
    }

    [Fact]
    public void Schrijf_IntCell_WrittenAsWholeNumber() =>
        Assert.Equal("Waarde\r\n-5\r\n", Tekst(CsvExport.Schrijf(Voorbeeld.EenCel(-5))));

    [Fact]
    public void Schrijf_RowShorterThanHeader_Throws()
    {
        var tabel = new Tabel("Test", ["A", "B"], [Voorbeeld.Rij("alleen één")]);

        var fout = Assert.Throws<ArgumentException>(() => CsvExport.Schrijf(tabel));
        Assert.Contains("Row 1", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schrijf_DoubleCell_ThrowsBecauseTypeIsNotSupported() =>
        Assert.Throws<ArgumentException>(() => CsvExport.Schrijf(Voorbeeld.EenCel(82.6d)));

    [Fact]
    public void Schrijf_NoColumns_Throws() =>
        Assert.Throws<ArgumentException>(() => CsvExport.Schrijf(new Tabel("Leeg", [], [])));
}
