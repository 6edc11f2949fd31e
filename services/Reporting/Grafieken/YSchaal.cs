namespace Regiemonitor.Reporting.Grafieken;

/// <summary>
/// The value axis: from a round minimum (0 unless a value is negative, such as a voorsprong carried
/// into a huisvesting period) to a round maximum in at most 5 equal steps of 1, 2, 2.5 or 5 × 10^k,
/// so gridline labels are whole numbers a reader takes in at a glance, like 25.000.
/// </summary>
internal sealed record YSchaal(decimal Minimum, decimal Maximum, decimal Stap)
{
    // Only zeros (a fresh opgave without realisatie) still needs a visible range; 0 to 10 is the
    // smallest one that keeps every gridline label a whole number.
    private const decimal KleinsteBereik = 10m;
    private const int MaxStappen = 5;

    internal static YSchaal Voor(IEnumerable<decimal> waarden)
    {
        decimal laag = 0m, hoog = 0m;
        foreach (var waarde in waarden)
        {
            laag = Math.Min(laag, waarde);
            hoog = Math.Max(hoog, waarde);
        }

        if (hoog - laag < KleinsteBereik)
        {
            hoog = laag + KleinsteBereik;
        }

        // The first step that needs at most 5 intervals: the step before it needed more than 5 and
        // steps grow by at most 2.5×, so for counts from 0 up at least 3 intervals remain.
        foreach (var stap in Stappen())
        {
            var onder = Math.Floor(laag / stap);
            var boven = Math.Ceiling(hoog / stap);
            if (boven - onder <= MaxStappen)
            {
                return new YSchaal(onder * stap, boven * stap, stap);
            }
        }

        throw new InvalidOperationException("The step sequence is unbounded, so a step always fits.");
    }

    /// <summary>The tick values from <see cref="Minimum"/> to <see cref="Maximum"/>, both included.</summary>
    internal IEnumerable<decimal> Ticks()
    {
        for (var waarde = Minimum; waarde <= Maximum; waarde += Stap)
        {
            yield return waarde;
        }
    }

    // 1, 2, 5, 10, 20, 25, 50, 100, ...: 2.5 × 10^k only from 25 on, because 2.5 is no whole count.
    private static IEnumerable<decimal> Stappen()
    {
        for (var macht = 1m; ; macht *= 10m)
        {
            yield return macht;
            yield return 2m * macht;
            if (macht >= 10m)
            {
                yield return 2.5m * macht;
            }

            yield return 5m * macht;
        }
    }
}
