namespace Regiemonitor.Calculation.Core;

/// <summary>
/// "Today" as a Dutch official means it: the date in Europe/Amsterdam, from an injected clock so
/// tests and reproductions never depend on the wall clock.
/// </summary>
public static class Kalender
{
    /// <summary>The Netherlands' zone: dates and times are shown and interpreted in it.</summary>
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Vandaag(this TimeProvider tijd) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(tijd.GetUtcNow(), Amsterdam).DateTime);

    /// <summary>Parses the one date form of the contracts, <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParseIso(string? tekst, out DateOnly datum) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out datum);

    public static string Iso(this DateOnly datum) =>
        datum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
