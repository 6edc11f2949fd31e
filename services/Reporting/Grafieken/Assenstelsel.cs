namespace Regiemonitor.Reporting.Grafieken;

/// <summary>
/// Maps dates and values to SVG units in the fixed 320 × 180 viewBox. The margins leave room for
/// the legend above, value labels such as "125.000" on the left and month labels below.
/// </summary>
internal sealed class Assenstelsel(DateOnly van, DateOnly tot, YSchaal schaal)
{
    internal const string ViewBox = "0 0 320 180";
    internal const double Links = 46;
    internal const double Rechts = 312;
    internal const double Boven = 28;
    internal const double Onder = 160;

    internal DateOnly Van { get; } = van;

    // A range of zero days would divide by zero; one day is the smallest that still places a date.
    internal DateOnly Tot { get; } = tot > van ? tot : van.AddDays(1);

    internal YSchaal Schaal { get; } = schaal;

    internal double X(DateOnly datum)
    {
        double dagen = Tot.DayNumber - Van.DayNumber;
        return Links + (datum.DayNumber - Van.DayNumber) / dagen * (Rechts - Links);
    }

    internal double Y(decimal waarde)
    {
        var fractie = (double)((waarde - Schaal.Minimum) / (Schaal.Maximum - Schaal.Minimum));
        return Onder - fractie * (Onder - Boven);
    }
}
