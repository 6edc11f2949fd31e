using Regiemonitor.Calculation.Core;

namespace Regiemonitor.Ingestion;

/// <summary>
/// A series: what a telling counts apart from its peildatum (bron, categorie, onderdeel, gebied).
/// The store numbers each series once (<c>realisatie_reeks</c>), so a stored row is a few integers.
/// </summary>
public readonly record struct Reeks(Bron Bron, Categorie Categorie, Onderdeel? Onderdeel, string Gebiedcode)
{
    public static Reeks Van(RealisatieTelling t) => new(t.Bron, t.Categorie, t.Onderdeel, t.Gebiedcode);

    public string OnderdeelCode => Onderdeel is { } o ? o.Code() : "";

    /// <summary>Its codes as written in an import, for messages: <c>COA asiel regulier</c>.</summary>
    public string Omschrijving => $"{Bron.Code()} {Categorie.Code()}{(Onderdeel is { } o ? " " + o.Code() : "")}";

    /// <summary>The ordinal order of the codes (no onderdeel is the empty code, first), as the content hash and the migration order them.</summary>
    public static readonly IComparer<Reeks> Ordinaal = Comparer<Reeks>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Bron.Code(), b.Bron.Code());
        if (c == 0) c = string.CompareOrdinal(a.Categorie.Code(), b.Categorie.Code());
        if (c == 0) c = string.CompareOrdinal(a.OnderdeelCode, b.OnderdeelCode);
        return c != 0 ? c : string.CompareOrdinal(a.Gebiedcode, b.Gebiedcode);
    });
}
