namespace Regiemonitor.Calculation.Core.Tests;

public sealed class KennisstandTests
{
    [Theory]
    [InlineData("2024-09-02T10:00:00Z", "2024-09-02T10:00:00.0000000Z")]
    [InlineData("2024-09-02T12:00:00+02:00", "2024-09-02T10:00:00.0000000Z")]
    [InlineData("2024-09-02T10:00:00.1234567Z", "2024-09-02T10:00:00.1234567Z")]
    [InlineData("2024-09-02T10:00Z", "2024-09-02T10:00:00.0000000Z")]
    public void TryParseMoment_IsoMetTijdzone_GeeftHetzelfdeTijdstipInUtc(string tekst, string verwacht)
    {
        Assert.True(Kennisstand.TryParseMoment(tekst, out var moment));
        Assert.Equal(verwacht, moment.IsoUtc());
    }

    [Theory]
    [InlineData("2024-09-02T10:00:00")] // no zone: the moment would depend on the reader
    [InlineData("2024-09-02")]
    [InlineData("02-09-2024T10:00:00Z")]
    [InlineData("2024-02-30T10:00:00Z")]
    [InlineData("gisteren")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseMoment_GeenTijdstipMetTijdzone_Faalt(string? tekst) =>
        Assert.False(Kennisstand.TryParseMoment(tekst, out _));

    [Theory]
    [InlineData("2024-09-02", "2024-09-02T21:59:59.9999999Z")] // summer: CEST, UTC+2
    [InlineData("2024-12-31", "2024-12-31T22:59:59.9999999Z")] // winter: CET, UTC+1
    [InlineData("2024-10-27", "2024-10-27T22:59:59.9999999Z")] // the day the clocks go back
    public void TryParse_Datum_IsEindeVanDieDagInAmsterdam(string tekst, string verwacht)
    {
        Assert.True(Kennisstand.TryParse(tekst, out var moment));
        Assert.Equal(verwacht, moment.IsoUtc());
    }

    [Fact]
    public void TryParse_Tijdstip_BlijftTijdstip()
    {
        Assert.True(Kennisstand.TryParse("2024-09-02T10:00:00Z", out var moment));
        Assert.Equal(new DateTimeOffset(2024, 9, 2, 10, 0, 0, TimeSpan.Zero), moment);
    }

    [Fact]
    public void EindeVanDag_LaatsteDagVanDeKalender_IsAlles() =>
        Assert.Equal(DateTimeOffset.MaxValue, Kennisstand.EindeVanDag(DateOnly.MaxValue));

    [Fact]
    public void IsoUtc_LeestTerugTotHetzelfdeTick()
    {
        var moment = new DateTimeOffset(2024, 9, 2, 10, 0, 0, TimeSpan.FromHours(2)).AddTicks(1234567);

        Assert.True(Kennisstand.TryParseMoment(moment.IsoUtc(), out var terug));
        Assert.Equal(moment, terug);
    }
}
