namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>Which figure of a period a <see cref="PeriodeCorrectie"/> overrides.</summary>
public enum CorrectieVeld
{
    /// <summary>The achterstand carried INTO the period; negative is a voorsprong.</summary>
    Achterstand,

    /// <summary>The number housed in the period.</summary>
    Gehuisvest,
}

/// <summary>
/// An administrative correction of a published figure (DOMAIN.md §4): published numbers can
/// deviate from the arithmetic, and the deviation must be visible with its reason instead of
/// being a silent edit of the input.
/// </summary>
public sealed record PeriodeCorrectie(string Gemeente, Halfjaar Periode, CorrectieVeld Veld, long Waarde, string Reden);

/// <summary>
/// The raw figures of one gemeente in one half-year. <paramref name="Gehuisvest"/> and
/// <paramref name="Koppelingen"/> are null while unknown (the period is running or not yet
/// reported); unknown is never 0.
/// </summary>
public sealed record PeriodeInvoer(string Gemeente, Halfjaar Periode, long Taakstelling, long? Gehuisvest, long? Koppelingen);

/// <summary>
/// One period of one gemeente after the period arithmetic of <see cref="Periodeberekening"/>.
/// A null figure is unknown (missing input upstream), so everything computed from it is unknown too.
/// </summary>
/// <remarks>
/// <para><c>AchterstandIn</c>: Carried into the period; negative is a voorsprong.</para>
/// <para><c>Totaalopgave</c>: <c>Taakstelling + AchterstandIn</c>.</para>
/// <para><c>PercentageTaakstelling</c>: Gehuisvest * 100 / Taakstelling, exact.</para>
/// <para><c>PercentageTotaalopgave</c>: Gehuisvest * 100 / Totaalopgave, exact; null unless Totaalopgave &gt; 0.</para>
/// <para><c>AchterstandUit</c>: <c>Totaalopgave - Gehuisvest</c>, carried into the next half-year.</para>
/// <para><c>Correcties</c>: The corrections applied to this period, in input order (also the overridden ones).</para>
/// </remarks>
public sealed record PeriodeResultaat(
    string Gemeente,
    Halfjaar Periode,
    long Taakstelling,
    long? AchterstandIn,
    long? Totaalopgave,
    long? Gehuisvest,
    Breuk? PercentageTaakstelling,
    Breuk? PercentageTotaalopgave,
    long? AchterstandUit,
    long? Koppelingen,
    IReadOnlyList<PeriodeCorrectie> Correcties)
{
    /// <summary>
    /// What the gemeente is assessed on (DOMAIN.md §4): when fewer vergunninghouders were linked
    /// by the <see cref="Halfjaar.Koppelingsdatum"/> than the totaalopgave, it could not have
    /// housed more than those, so the koppelingen are the fair measure. Null while the
    /// totaalopgave is unknown.
    /// </summary>
    public Grondslag? Grondslag => Totaalopgave is { } totaal
        ? Koppelingen is { } k && k < totaal ? Toezicht.Grondslag.Koppelingstekort : Toezicht.Grondslag.Totaalopgave
        : null;

    /// <summary>The number to house under <see cref="Grondslag"/>: the koppelingen or the totaalopgave.</summary>
    public long? Doel => Grondslag switch
    {
        Toezicht.Grondslag.Koppelingstekort => Koppelingen,
        Toezicht.Grondslag.Totaalopgave => Totaalopgave,
        _ => null,
    };

    /// <summary><c>Doel - Gehuisvest</c>: positive is a shortfall, zero or negative means gehaald.</summary>
    public long? Tekort => Doel is { } doel && Gehuisvest is { } g ? checked(doel - g) : null;

    public bool IsGecorrigeerd => Correcties.Count > 0;
}

/// <summary>
/// The sum over the gemeenten of one half-year, as the provincial voortgangsrapportage shows it.
/// Percentages are recomputed from the sums (an average of percentages would weigh a small
/// gemeente like a large one).
/// </summary>
public sealed record PeriodeTotaal(
    Halfjaar Periode,
    long Taakstelling,
    long? AchterstandIn,
    long? Totaalopgave,
    long? Gehuisvest,
    Breuk? PercentageTaakstelling,
    Breuk? PercentageTotaalopgave,
    long? AchterstandUit,
    int Gemeenten);
