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
    long Aantal);
