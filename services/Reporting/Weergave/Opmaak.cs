using System.Globalization;

namespace Regiemonitor.Reporting.Weergave;

/// <summary>
/// Dutch presentation of figures, the one place that decides how a number or date looks on a
/// page, chart, map or export: <c>5.138</c>, <c>-2.427</c>, <c>82,6 %</c>, <c>1 september 2024</c>.
/// </summary>
public static class Opmaak
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A whole number with a dot per thousand; negative numbers keep their minus sign.</summary>
    public static string Getal(long waarde) => waarde.ToString("#,0", Nl);

    /// <summary>An optional number; "–" (with a text alternative where it is shown) when absent.</summary>
    public static string Getal(long? waarde) => waarde is { } w ? Getal(w) : "–";

    /// <summary>A percentage with one decimal and a space before the sign: <c>82,6 %</c>.</summary>
    public static string Percentage(decimal waarde) => waarde.ToString("0.0", Nl) + " %";

    /// <summary><c>1 september 2024</c>.</summary>
    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    /// <summary><c>01-09-2024</c>, for narrow places such as chart axes.</summary>
    public static string KorteDatum(DateOnly datum) => datum.ToString("dd-MM-yyyy", Nl);

    public static DateOnly IsoDatum(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"15 juli 2024 om 10:30" (Dutch time) for a moment, "15 juli 2024" for a date, else the text itself.</summary>
    public static string Tijdstip(string tekst)
    {
        if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            return Datum(datum);
        if (DateTimeOffset.TryParse(tekst, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            var lokaal = TimeZoneInfo.ConvertTime(moment, Calculation.Core.Kalender.Amsterdam);
            return $"{Datum(DateOnly.FromDateTime(lokaal.DateTime))} om {lokaal.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        }
        return tekst;
    }
}
