using System.Globalization;
using System.Text.RegularExpressions;

namespace Regiemonitor.Calculation.Core;

/// <summary>
/// A kennisstand: the moment up to which imports count, so a past dashboard can be computed from
/// the batches as they were known then, later corrections left out. It travels between services
/// as one ISO 8601 instant in UTC, so every store compares the very same moment.
/// </summary>
public static partial class Kennisstand
{

    /// <summary>
    /// Parses an ISO 8601 instant. An offset (or <c>Z</c>) is required: without one the moment
    /// would depend on the reader's time zone, and a reproduction must not.
    /// </summary>
    public static bool TryParseMoment(string? tekst, out DateTimeOffset moment)
    {
        moment = default;
        return tekst is not null && Tijdstip().IsMatch(tekst)
            && DateTimeOffset.TryParse(tekst, CultureInfo.InvariantCulture, DateTimeStyles.None, out moment);
    }

    /// <summary>
    /// An instant, or a date <c>YYYY-MM-DD</c> meaning the end of that day in Europe/Amsterdam:
    /// "as known on 2 September" includes everything imported that Dutch day.
    /// </summary>
    public static bool TryParse(string? tekst, out DateTimeOffset moment)
    {
        if (Kalender.TryParseIso(tekst, out var dag))
        {
            moment = EindeVanDag(dag);
            return true;
        }
        return TryParseMoment(tekst, out moment);
    }

    /// <summary>The last instant (to the tick) of <paramref name="dag"/> in Europe/Amsterdam.</summary>
    public static DateTimeOffset EindeVanDag(DateOnly dag)
    {
        // The last days of the calendar have no next midnight to count back from: "everything".
        if (dag >= DateOnly.MaxValue.AddDays(-1)) return DateTimeOffset.MaxValue;
        // Midnight is never skipped or repeated in Amsterdam (clocks change at 02:00/03:00).
        var middernacht = TimeZoneInfo.ConvertTimeToUtc(dag.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Kalender.Amsterdam);
        return new DateTimeOffset(middernacht).AddTicks(-1);
    }

    /// <summary>The one written form: UTC, seven fractional digits, so it reads back to the same tick.</summary>
    public static string IsoUtc(this DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Tijdstip();
}
