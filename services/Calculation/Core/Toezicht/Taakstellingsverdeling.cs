namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// The split of the national number of vergunninghouders over the gemeenten (DOMAIN.md §4,
/// Huisvestingswet art. 29): <c>ceil(landelijk * inwoners / inwonersNL)</c>.
/// </summary>
public static class Taakstellingsverdeling
{
    /// <summary>
    /// Splits <paramref name="landelijk"/> in proportion to <paramref name="inwoners"/>, each part
    /// rounded up. The law rounds up, so the parts add up to at least <paramref name="landelijk"/>
    /// and exceed it by less than the number of gemeenten; callers must not "fix" that difference.
    /// </summary>
    /// <remarks>
    /// inwonersNL is the sum of the given inwoners, so the caller passes all gemeenten of the
    /// country (of 1 January of the previous year, <see cref="Halfjaar.InwonersPeildatum"/>).
    /// The arithmetic is exact in <see cref="Int128"/>: landelijk * inwoners overflows a long
    /// long before it overflows Int128, and a double would misround near whole numbers.
    /// </remarks>
    public static IReadOnlyDictionary<string, long> Verdeel(long landelijk, IReadOnlyCollection<(string Gemeente, long Inwoners)> inwoners)
    {
        ArgumentNullException.ThrowIfNull(inwoners);
        if (landelijk < 0)
            throw new ArgumentException($"Het landelijke aantal mag niet negatief zijn ({landelijk}).", nameof(landelijk));
        if (inwoners.Count == 0)
            throw new ArgumentException("Er zijn geen gemeenten om over te verdelen.", nameof(inwoners));

        var gezien = new HashSet<string>(StringComparer.Ordinal);
        Int128 inwonersNl = 0;
        foreach (var (gemeente, aantal) in inwoners)
        {
            if (string.IsNullOrWhiteSpace(gemeente))
                throw new ArgumentException("Een gemeente zonder naam of code kan geen taakstelling krijgen.", nameof(inwoners));
            if (aantal < 0)
                throw new ArgumentException($"Het aantal inwoners van {gemeente} mag niet negatief zijn ({aantal}).", nameof(inwoners));
            if (!gezien.Add(gemeente))
                throw new ArgumentException($"Gemeente {gemeente} komt meer dan eens voor.", nameof(inwoners));
            inwonersNl += aantal;
        }
        if (inwonersNl == 0)
            throw new ArgumentException("Het totale aantal inwoners is 0; er valt niets naar rato te verdelen.", nameof(inwoners));

        var verdeling = new Dictionary<string, long>(inwoners.Count, StringComparer.Ordinal);
        foreach (var (gemeente, aantal) in inwoners)
        {
            // Ceiling of a non-negative quotient; each part is at most landelijk, so it fits a long.
            var teller = (Int128)landelijk * aantal;
            verdeling[gemeente] = (long)((teller + inwonersNl - 1) / inwonersNl);
        }
        return verdeling;
    }
}
