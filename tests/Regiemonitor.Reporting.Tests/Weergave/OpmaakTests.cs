using Regiemonitor.Reporting.Weergave;

namespace Regiemonitor.Reporting.Tests.Weergave;

public sealed class OpmaakTests
{
    [Theory]
    [InlineData(5138, "5.138")]
    [InlineData(-2427, "-2.427")]
    [InlineData(0, "0")]
    [InlineData(120000, "120.000")]
    [InlineData(1234567, "1.234.567")]
    public void Getal_DutchThousands_KeepsMinus(long waarde, string verwacht) => Assert.Equal(verwacht, Opmaak.Getal(waarde));

    [Fact]
    public void Percentage_OneDecimalCommaAndSpace() => Assert.Equal("82,6 %", Opmaak.Percentage(82.6m));

    [Fact]
    public void Datum_DutchMonthName() => Assert.Equal("1 september 2024", Opmaak.Datum(new DateOnly(2024, 9, 1)));

    [Fact]
    public void KorteDatum_DayMonthYear() => Assert.Equal("01-09-2024", Opmaak.KorteDatum(new DateOnly(2024, 9, 1)));

    [Theory]
    [InlineData("2024-07-15T08:05:00Z", "15 juli 2024 om 10:05")]      // summer time, UTC+2
    [InlineData("2024-01-15T08:05:00+00:00", "15 januari 2024 om 09:05")]
    [InlineData("2024-01-15", "15 januari 2024")]
    [InlineData("binnenkort", "binnenkort")]
    public void Tijdstip_Text_InDutchTime(string tekst, string verwacht) => Assert.Equal(verwacht, Opmaak.Tijdstip(tekst));
}
