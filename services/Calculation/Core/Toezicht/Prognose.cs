namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// A planned extra capacity (e.g. a flexwonen location) that houses <paramref name="Eenheden"/>
/// on top of the regular pace in <paramref name="Jaar"/>, so it lowers that year's achterstand.
/// </summary>
public sealed record Project(string Naam, string Gemeente, long Eenheden, int Jaar);

/// <summary>
/// The assumptions of a prognosis (DOMAIN.md §5). The per-year dictionaries override the flat
/// per-year numbers, for a known taakstelling or a year already (partly) realised.
/// </summary>
/// <remarks>
/// <para><c>StartAchterstand</c>: At 1 January of <paramref name="StartJaar"/>; negative is a voorsprong.</para>
/// <para><c>Projecten</c>: Counted in their year; projects outside the horizon do not count.</para>
/// </remarks>
public sealed record PrognoseInvoer(
    int StartJaar,
    long StartAchterstand,
    int Jaren,
    long TaakstellingPerJaar,
    long GehuisvestPerJaar,
    IReadOnlyDictionary<int, long>? TaakstellingInJaar = null,
    IReadOnlyDictionary<int, long>? GehuisvestInJaar = null,
    IReadOnlyList<Project>? Projecten = null);

/// <summary>One year of a prognosis.</summary>
/// <remarks>
/// <para><c>AchterstandBegin</c>: At 1 January of <paramref name="Jaar"/>.</para>
/// <para><c>AchterstandEind</c>: At 1 January of the next year: begin + taakstelling - gehuisvest - extra capaciteit.</para>
/// <para><c>TeHuisvestenVolgendJaar</c>: The next year's taakstelling plus <paramref name="AchterstandEind"/>.</para>
/// </remarks>
public sealed record PrognoseJaar(
    int Jaar,
    long AchterstandBegin,
    long Taakstelling,
    long Gehuisvest,
    long ExtraCapaciteit,
    long AchterstandEind,
    long TeHuisvestenVolgendJaar);
