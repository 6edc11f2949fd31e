using Microsoft.Extensions.Time.Testing;

namespace Regiemonitor.Calculation.Core.Tests;

public sealed class KalenderTests
{
    [Theory]
    [InlineData("2024-08-31T21:59:00Z", "2024-08-31")] // 23:59 CEST
    [InlineData("2024-08-31T22:00:00Z", "2024-09-01")] // 00:00 CEST: already the next day in Amsterdam
    [InlineData("2024-08-31T22:30:00Z", "2024-09-01")]
    [InlineData("2024-12-31T22:59:00Z", "2024-12-31")] // 23:59 CET (winter, UTC+1)
    [InlineData("2024-12-31T23:00:00Z", "2025-01-01")]
    public void Vandaag_UtcInstant_IsDateInAmsterdam(string utc, string verwacht)
    {
        var tijd = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(verwacht, tijd.Vandaag().Iso());
    }

    [Fact]
    public void Vandaag_LocalTimeZoneOfProviderElsewhere_StillAmsterdam()
    {
        // A server in UTC must not show yesterday's dashboard between midnight and 02:00 Dutch time.
        var tijd = new FakeTimeProvider(new DateTimeOffset(2024, 8, 31, 22, 30, 0, TimeSpan.Zero));
        tijd.SetLocalTimeZone(TimeZoneInfo.Utc);

        Assert.Equal(new DateOnly(2024, 9, 1), tijd.Vandaag());
    }

    [Theory]
    [InlineData("2024-09-01", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("01-09-2024", false)]
    [InlineData("2024-9-1", false)]
    [InlineData("2024-09-01T00:00", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParseIso_Text_AcceptsOnlyYyyyMmDd(string? tekst, bool geldig)
    {
        Assert.Equal(geldig, Kalender.TryParseIso(tekst, out var datum));
        if (geldig) Assert.Equal(tekst, datum.Iso());
    }

    [Fact]
    public void Iso_Date_IsZeroPadded()
    {
        Assert.Equal("2024-09-01", new DateOnly(2024, 9, 1).Iso());
    }
}
