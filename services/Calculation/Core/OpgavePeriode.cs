namespace Regiemonitor.Calculation.Core;

/// <summary>
/// One opgave period of a (categorie, gebied) series: the value to reach by <see cref="Einddatum"/>
/// starting from <see cref="Startwaarde"/> on <see cref="Startdatum"/> (DOMAIN.md §3). The period
/// is half-open: it contains Startdatum and ends just before Einddatum.
/// </summary>
public sealed record OpgavePeriode(
    Categorie Categorie,
    string Gebiedcode,
    DateOnly Startdatum,
    long Startwaarde,
    DateOnly Einddatum,
    long Eindwaarde,
    string Besluit = "")
{
    // Guards at the edge: an empty or reversed period has no day fraction (imports refuse it first).
    public DateOnly Einddatum { get; } = Einddatum > Startdatum ? Einddatum
        : throw new ArgumentException($"Einddatum {Einddatum} ligt niet na startdatum {Startdatum}.", nameof(Einddatum));

    public int Dagen => Einddatum.DayNumber - Startdatum.DayNumber;

    public bool Bevat(DateOnly datum) => Startdatum <= datum && datum < Einddatum;

    public bool Overlapt(OpgavePeriode ander) => Startdatum < ander.Einddatum && ander.Startdatum < Einddatum;
}

/// <summary>One count of a bron for a gebied on a peildatum.</summary>
public sealed record RealisatieTelling(
    Bron Bron,
    Categorie Categorie,
    Onderdeel? Onderdeel,
    string Gebiedcode,
    DateOnly Peildatum,
    long Aantal)
{
    // Asiel realisatie is regulier + noodopvang + tgo: a count must say which part it is, and only asiel has parts.
    public Onderdeel? Onderdeel { get; } = (Categorie == Categorie.Asiel) == Onderdeel.HasValue ? Onderdeel
        : throw new ArgumentException(Categorie == Categorie.Asiel
            ? "Een asieltelling heeft een onderdeel (regulier, noodopvang of tgo)."
            : $"Een telling voor {Categorie} heeft geen onderdeel.", nameof(Onderdeel));
}
