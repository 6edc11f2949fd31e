using Regiemonitor.Reporting.Weergave;

namespace Regiemonitor.Reporting.Grafieken;

/// <summary>The date labels under the x-axis, with where they sit and how they are anchored.</summary>
internal static class XLabels
{
    // Own abbreviations: nl-NL "MMM" writes "feb." and "mrt."; a chart axis wants them without dots.
    private static readonly string[] Maanden =
        ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    // Below two months the end labels would name the same or adjacent months and say nothing;
    // below four months a middle label would repeat one of them.
    private const int MinDagenVoorMaanden = 60;
    private const int MinDagenVoorMidden = 120;

    internal static string Maandlabel(DateOnly datum) => $"{Maanden[datum.Month - 1]} {datum.Year}";

    internal static IReadOnlyList<(DateOnly Datum, string Tekst, string Anker)> Voor(DateOnly van, DateOnly tot)
    {
        var dagen = tot.DayNumber - van.DayNumber;
        if (dagen < MinDagenVoorMaanden)
        {
            return [(van, Opmaak.KorteDatum(van), "start"), (tot, Opmaak.KorteDatum(tot), "end")];
        }

        var labels = new List<(DateOnly, string, string)> { (van, Maandlabel(van), "start") };
        if (dagen >= MinDagenVoorMidden)
        {
            var midden = van.AddDays(dagen / 2);
            labels.Add((midden, Maandlabel(midden), "middle"));
        }

        labels.Add((tot, Maandlabel(tot), "end"));
        return labels;
    }
}
