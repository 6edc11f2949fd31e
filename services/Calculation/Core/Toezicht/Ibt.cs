namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>What a gemeente was assessed on (DOMAIN.md §4); every assessment records it.</summary>
public enum Grondslag { Totaalopgave, Koppelingstekort }

/// <summary>One step of the IBT-interventieladder.</summary>
public sealed record Trede(int Nummer, string Kleur, string Naam);

/// <summary>
/// The interventieladder. The steps are the same in every province; only the criteria for
/// moving between them differ, and those live in an <see cref="IIbtBeleid"/>.
/// </summary>
public static class Treden
{
    public static IReadOnlyList<Trede> Ladder { get; } =
    [
        new(1, "groen", "Op koers"),
        new(2, "geel", "Achterstand"),
        new(3, "oranje", "Actief toezicht"),
        new(4, "rood", "Aanschrijving"),
        new(5, "paars", "Indeplaatsstelling"),
    ];

    public static int Hoogste => Ladder.Count;

    public static Trede Van(int nummer) => nummer is >= 1 and <= 5 ? Ladder[nummer - 1]
        : throw new ArgumentOutOfRangeException(nameof(nummer), nummer, "Een trede van de interventieladder is 1 tot en met 5.");
}

/// <summary>
/// The computed assessment of one gemeente for one half-year: the trede with the numbers and
/// the Dutch reasons that led to it, and the policy (and its version) that was applied, so a
/// report can always explain itself, also after the province changes its policy.
/// </summary>
/// <remarks>
/// <para><c>Doel</c>: The number the gemeente had to house: the totaalopgave or, on a koppelingstekort, the koppelingen.</para>
/// </remarks>
public sealed record Beoordeling(
    string Gemeente,
    Halfjaar Periode,
    int Trede,
    string Kleur,
    Grondslag Grondslag,
    long Doel,
    long? Gehuisvest,
    IReadOnlyList<string> Redenen,
    string Beleid,
    int Beleidsversie);

/// <summary>
/// A toezichthouder's override of a trede. It is kept next to the computed
/// <see cref="Beoordeling"/>, never instead of it: the report shows both, and the difference is
/// itself information. The override does steer the next period (see <see cref="Ibtberekening"/>).
/// </summary>
public sealed record Bijstelling(string Gemeente, Halfjaar Periode, int Trede, string Motivering, string Toezichthouder, DateTimeOffset Tijdstip)
{
    public int Trede { get; } = Treden.Van(Trede).Nummer;

    public string Motivering { get; } = !string.IsNullOrWhiteSpace(Motivering) ? Motivering
        : throw new ArgumentException("Een bijstelling heeft een motivering.", nameof(Motivering));
}

/// <summary>
/// Which policy a province applies from which half-year on. <see cref="MaxTrede"/> is the
/// highest trede the policy itself reaches; higher steps are then only set by a
/// <see cref="Bijstelling"/> (a province may want indeplaatsstelling to be a human decision).
/// </summary>
/// <remarks>
/// <para><c>Beleid</c>: The <see cref="IIbtBeleid.Code"/>: "absoluut" or "trend".</para>
/// </remarks>
public sealed record IbtBeleidsinstelling(string Provincie, string Beleid, int Versie, Halfjaar Vanaf, int MaxTrede = 5)
{
    // At least 2: a policy must be able to say "not on track".
    public int MaxTrede { get; } = MaxTrede is >= 2 and <= 5 ? MaxTrede
        : throw new ArgumentOutOfRangeException(nameof(MaxTrede), MaxTrede, "De hoogste trede van een beleid ligt tussen 2 en 5.");
}

/// <summary>
/// A province's criteria for the ladder (DOMAIN.md §4: some judge the absolute achterstand,
/// Utrecht since 2024 the trend). Policies are data-selected by <see cref="Code"/>, so adding
/// one is a class here and a configuration change, not a change to callers.
/// </summary>
public interface IIbtBeleid
{
    /// <summary>The code in <see cref="IbtBeleidsinstelling.Beleid"/>.</summary>
    string Code { get; }

    string Naam { get; }

    /// <summary>The policy text, one Dutch sentence per rule, shown in the voortgangsrapportage.</summary>
    IReadOnlyList<string> Regels { get; }

    /// <summary>
    /// Assesses <paramref name="periode"/>. Returns null when its totaalopgave or gehuisvest is
    /// unknown: no trede can honestly be given then, and a guessed one would steer the next period.
    /// </summary>
    /// <param name="periode">The half-year to assess.</param>
    /// <param name="vorigePeriode">The directly preceding half-year of the same gemeente, if known.</param>
    /// <param name="vorigeTrede">The effective trede of that half-year (a bijstelling if any), null when there is none.</param>
    /// <param name="instelling">The province's setting: version and highest trede.</param>
    Beoordeling? Beoordeel(PeriodeResultaat periode, PeriodeResultaat? vorigePeriode, int? vorigeTrede, IbtBeleidsinstelling instelling);
}
