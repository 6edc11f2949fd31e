namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// The half-year arithmetic of DOMAIN.md §4: <c>totaalopgave = taakstelling + achterstand</c>,
/// <c>achterstand' = totaalopgave - gehuisvest</c>, carried from one half-year to the next, with
/// explicit <see cref="PeriodeCorrectie"/>s where the published figures deviate.
/// </summary>
public static class Periodeberekening
{
    /// <summary>
    /// Computes every period of every gemeente, ordered by gemeente (ordinal) then period.
    /// </summary>
    /// <remarks>
    /// The first period of a gemeente starts with achterstand 0: there is nothing known before
    /// it, and a known historic achterstand is entered as a correction with its reason. A later
    /// period carries the achterstand of the directly preceding half-year only; after a gap, or
    /// after a period whose result is unknown, the carried value is unknown rather than guessed.
    /// When several corrections hit the same field the last one in the input wins (a later
    /// correction supersedes an earlier one), but all stay listed so the history is visible.
    /// </remarks>
    /// <exception cref="ArgumentException">Duplicate or negative input, a correction without a
    /// reason, or a correction for a (gemeente, periode) that has no invoer.</exception>
    public static IReadOnlyList<PeriodeResultaat> Bereken(IEnumerable<PeriodeInvoer> invoer, IEnumerable<PeriodeCorrectie> correcties)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        ArgumentNullException.ThrowIfNull(correcties);

        var perSleutel = new Dictionary<(string, Halfjaar), PeriodeInvoer>();
        foreach (var i in invoer) ControleerInvoer(i, perSleutel);

        var correctiesPerSleutel = new Dictionary<(string, Halfjaar), List<PeriodeCorrectie>>();
        foreach (var c in correcties)
        {
            ControleerCorrectie(c, perSleutel);
            var sleutel = (c.Gemeente, c.Periode);
            if (!correctiesPerSleutel.TryGetValue(sleutel, out var lijst)) correctiesPerSleutel[sleutel] = lijst = [];
            lijst.Add(c);
        }

        var resultaten = new List<PeriodeResultaat>(perSleutel.Count);
        foreach (var gemeente in perSleutel.Values.GroupBy(i => i.Gemeente, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            PeriodeResultaat? vorige = null;
            foreach (var periode in gemeente.OrderBy(i => i.Periode))
            {
                var eigen = correctiesPerSleutel.GetValueOrDefault((periode.Gemeente, periode.Periode)) ?? [];
                var meegenomen = vorige is null ? 0 : vorige.Periode == periode.Periode.Vorige ? vorige.AchterstandUit : null;
                vorige = Reken(periode, meegenomen, eigen);
                resultaten.Add(vorige);
            }
        }
        return resultaten;
    }

    /// <summary>
    /// Sums the results of <paramref name="periode"/> over the gemeenten; results of other
    /// periods are ignored, so a caller can pass everything <see cref="Bereken"/> returned.
    /// A sum is unknown (null) as soon as one gemeente's figure is unknown: a partial sum
    /// would look like a provincial figure while it is not one.
    /// </summary>
    public static PeriodeTotaal Tel(Halfjaar periode, IEnumerable<PeriodeResultaat> resultaten)
    {
        ArgumentNullException.ThrowIfNull(resultaten);
        var deze = resultaten.Where(r => r.Periode == periode).ToList();

        long taakstelling = 0;
        foreach (var r in deze) taakstelling = checked(taakstelling + r.Taakstelling);
        var achterstandIn = Som(deze.Select(r => r.AchterstandIn));
        var totaalopgave = Som(deze.Select(r => r.Totaalopgave));
        var gehuisvest = Som(deze.Select(r => r.Gehuisvest));
        var achterstandUit = Som(deze.Select(r => r.AchterstandUit));

        return new PeriodeTotaal(periode, taakstelling, achterstandIn, totaalopgave, gehuisvest,
            PercentageVan(gehuisvest, taakstelling), PercentageVan(gehuisvest, totaalopgave),
            achterstandUit, deze.Count);
    }

    private static PeriodeResultaat Reken(PeriodeInvoer invoer, long? meegenomen, List<PeriodeCorrectie> correcties)
    {
        var achterstandIn = meegenomen;
        var gehuisvest = invoer.Gehuisvest;
        foreach (var c in correcties)
        {
            if (c.Veld == CorrectieVeld.Achterstand) achterstandIn = c.Waarde;
            else gehuisvest = c.Waarde;
        }

        long? totaalopgave = achterstandIn is { } a ? checked(invoer.Taakstelling + a) : null;
        long? achterstandUit = totaalopgave is { } t && gehuisvest is { } g ? checked(t - g) : null;

        return new PeriodeResultaat(invoer.Gemeente, invoer.Periode, invoer.Taakstelling, achterstandIn, totaalopgave,
            gehuisvest, PercentageVan(gehuisvest, invoer.Taakstelling), PercentageVan(gehuisvest, totaalopgave),
            achterstandUit, invoer.Koppelingen, correcties.ToArray());
    }

    /// <summary>
    /// gehuisvest * 100 / noemer, exact; null when unknown or when the noemer is not positive
    /// (a percentage of a voorsprong-swallowed totaalopgave means nothing).
    /// </summary>
    internal static Breuk? PercentageVan(long? gehuisvest, long? noemer) =>
        gehuisvest is { } g && noemer is > 0 ? new Breuk(checked(g * 100), noemer.Value) : null;

    private static long? Som(IEnumerable<long?> waarden)
    {
        long som = 0;
        foreach (var w in waarden)
        {
            if (w is not { } waarde) return null;
            som = checked(som + waarde);
        }
        return som;
    }

    private static void ControleerInvoer(PeriodeInvoer i, Dictionary<(string, Halfjaar), PeriodeInvoer> perSleutel)
    {
        ArgumentNullException.ThrowIfNull(i);
        if (string.IsNullOrWhiteSpace(i.Gemeente))
            throw new ArgumentException($"Invoer voor {i.Periode} zonder gemeente.", "invoer");
        if (i.Taakstelling < 0 || i.Gehuisvest < 0 || i.Koppelingen < 0)
            throw new ArgumentException($"Invoer van {i.Gemeente} voor {i.Periode} bevat een negatief aantal.", "invoer");
        if (!perSleutel.TryAdd((i.Gemeente, i.Periode), i))
            throw new ArgumentException($"{i.Gemeente} heeft meer dan één invoer voor {i.Periode}.", "invoer");
    }

    private static void ControleerCorrectie(PeriodeCorrectie c, Dictionary<(string, Halfjaar), PeriodeInvoer> perSleutel)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (!perSleutel.ContainsKey((c.Gemeente, c.Periode)))
            throw new ArgumentException($"Correctie voor {c.Gemeente} in {c.Periode}, maar daarvoor is geen invoer.", "correcties");
        if (string.IsNullOrWhiteSpace(c.Reden))
            throw new ArgumentException($"Correctie voor {c.Gemeente} in {c.Periode} zonder reden; elke correctie heeft een reden.", "correcties");
        if (!Enum.IsDefined(c.Veld))
            throw new ArgumentException($"Correctie voor {c.Gemeente} in {c.Periode} heeft een onbekend veld ({c.Veld}).", "correcties");
        if (c.Veld == CorrectieVeld.Gehuisvest && c.Waarde < 0)
            throw new ArgumentException($"Correctie voor {c.Gemeente} in {c.Periode}: gehuisvest kan niet negatief zijn ({c.Waarde}).", "correcties");
    }
}
