using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.Reporting.Tests.Imports;

public sealed class VeldenTests
{
    private static CsvRegel Regel(string waarde) => new(7, new Dictionary<string, int> { ["veld"] = 0 }, [waarde]);

    private static (DateOnly? Datum, List<ImportFout> Fouten) Datum(string tekst)
    {
        var fouten = new List<ImportFout>();
        return (Velden.Datum(Regel(tekst), "veld", fouten), fouten);
    }

    private static (long? Aantal, List<ImportFout> Fouten) Aantal(string tekst)
    {
        var fouten = new List<ImportFout>();
        return (Velden.Aantal(Regel(tekst), "veld", fouten), fouten);
    }

    [Theory]
    [InlineData("2024-09-01")]
    [InlineData("01-09-2024")]
    [InlineData(" 01-09-2024 ")]
    public void Datum_IsoOrDayMonthYearWithDashes_IsAccepted(string tekst) =>
        Assert.Equal(new DateOnly(2024, 9, 1), Datum(tekst).Datum);

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("29-02-2024", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("31-12-2023", 2023, 12, 31)]
    public void Datum_EveryExistingDay_IsReadAsWritten(string tekst, int jaar, int maand, int dag) =>
        Assert.Equal(new DateOnly(jaar, maand, dag), Datum(tekst).Datum);

    [Fact]
    public void Datum_DayMonthYear_PutsTheDayFirst() =>
        Assert.Equal(new DateOnly(2024, 1, 9), Datum("09-01-2024").Datum);

    [Theory]
    [InlineData("01/09/2024", "dubbelzinnig: 1 september of 9 januari?")]
    [InlineData("01.09.2024", "dubbelzinnig: 1 september of 9 januari?")]
    [InlineData("1-9-24", "dubbelzinnig, het jaartal heeft twee cijfers")]
    [InlineData("01-09-24", "dubbelzinnig, het jaartal heeft twee cijfers")]
    [InlineData("2024/09/01", "een andere notatie (jaar voorop hoort met streepjes")]
    [InlineData("2024-9-1", "een andere notatie (jaar voorop hoort met streepjes")]
    [InlineData("1-9-2024", "een andere notatie (dag en maand met twee cijfers")]
    [InlineData("25/12/2024", "een andere notatie (dag en maand met twee cijfers")]
    [InlineData("2024-13-01", "die dag bestaat niet")]
    [InlineData("31-02-2024", "die dag bestaat niet")]
    [InlineData("2023-02-29", "die dag bestaat niet")]
    [InlineData("31-04-2024", "die dag bestaat niet")]
    [InlineData("0000-01-01", "die dag bestaat niet")]
    [InlineData("00-01-2024", "die dag bestaat niet")]
    [InlineData("2024-00-10", "die dag bestaat niet")]
    [InlineData("45536", "het is een getal")]
    [InlineData("2024-09-01 12:00", "er staat een tijd bij")]
    [InlineData("1 september 2024", "dit is geen datum")]
    public void Datum_OtherForms_AreRefusedWithTheReasonAndTheAcceptedForms(string tekst, string reden)
    {
        var (datum, fouten) = Datum(tekst);

        Assert.Null(datum);
        var fout = Assert.Single(fouten);
        Assert.Equal((7, "veld"), (fout.Regel, fout.Kolom));
        Assert.StartsWith($"'{tekst}' is geen geldige datum: {reden}", fout.Melding);
        Assert.EndsWith("schrijf JJJJ-MM-DD (2024-09-01) of DD-MM-JJJJ (01-09-2024).", fout.Melding);
    }

    [Fact]
    public void Datum_Empty_SaysItIsMissing() =>
        Assert.Equal("veld ontbreekt; verwacht een datum als JJJJ-MM-DD (2024-09-01) of DD-MM-JJJJ (01-09-2024).", Assert.Single(Datum("").Fouten).Melding);

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1234", 1234L)]
    [InlineData("007", 7L)]
    public void Aantal_Digits_AreAccepted(string tekst, long verwacht) => Assert.Equal(verwacht, Aantal(tekst).Aantal);

    [Theory]
    [InlineData("1.234", "'1.234' is geen geheel getal: de punt lijkt een scheidingsteken voor duizendtallen; schrijf 1234 (alleen cijfers).")]
    [InlineData("1,234", "'1,234' is geen geheel getal: de komma lijkt een scheidingsteken voor duizendtallen; schrijf 1234 (alleen cijfers).")]
    [InlineData("1 234", "'1 234' is geen geheel getal: de spatie lijkt een scheidingsteken voor duizendtallen; schrijf 1234 (alleen cijfers).")]
    [InlineData("1\u00A0234\u00A0567", "'1\u00A0234\u00A0567' is geen geheel getal: de spatie lijkt een scheidingsteken voor duizendtallen; schrijf 1234567 (alleen cijfers).")]
    [InlineData("12,5", "'12,5' is geen geheel getal: het getal heeft decimalen; verwacht een heel aantal, zonder komma of punt.")]
    [InlineData("12.5", "'12.5' is geen geheel getal: het getal heeft decimalen; verwacht een heel aantal, zonder komma of punt.")]
    [InlineData("1.234,5", "'1.234,5' is geen geheel getal: het getal heeft decimalen; verwacht een heel aantal, zonder komma of punt.")]
    [InlineData("-3", "veld is negatief (-3); verwacht een geheel getal van 0 of meer.")]
    [InlineData("-1.5", "veld is negatief (-1.5); verwacht een geheel getal van 0 of meer.")]
    [InlineData("twaalf", "'twaalf' is geen geheel getal: schrijf alleen cijfers, zonder decimalen of scheidingstekens voor duizendtallen.")]
    [InlineData("1.23.456", "'1.23.456' is geen geheel getal: schrijf alleen cijfers, zonder decimalen of scheidingstekens voor duizendtallen.")]
    [InlineData("99999999999999999999", "'99999999999999999999' is te groot.")]
    [InlineData("", "veld ontbreekt; verwacht een geheel getal van 0 of meer.")]
    public void Aantal_OtherNotations_GetTheirOwnMessageNamingTheValue(string tekst, string melding)
    {
        var (aantal, fouten) = Aantal(tekst);

        Assert.Null(aantal);
        Assert.Equal(new ImportFout(7, "veld", melding), Assert.Single(fouten));
    }
}
