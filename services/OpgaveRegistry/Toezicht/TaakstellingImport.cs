using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// Taakstellingen per half-year and gemeente as the province or the Rijk published them:
/// <c>periode,gemeentecode,taakstelling</c>. A later import for the same (periode, gemeente) is
/// in force; the earlier one stays stored.
/// </summary>
public sealed class TaakstellingImport(ToezichtStore store, GebiedRegister register, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["periode", "gemeentecode", "taakstelling"];

    public ImportUitkomst Importeer(byte[] inhoud)
    {
        var boom = register.Boom;
        var (gelezen, fouten) = ToezichtTabel.Lees<(Halfjaar, string), (Halfjaar Periode, string Gemeente, long Aantal)>(inhoud, Kolommen, (regel, fouten) =>
        {
            var periode = ToezichtVelden.Periode(regel, "periode", fouten);
            var gemeente = ToezichtVelden.Gemeente(regel, "gemeentecode", boom, fouten);
            var aantal = Velden.Aantal(regel, "taakstelling", fouten);
            return periode is { } p && gemeente is not null && aantal is { } a ? ((p, gemeente.Code), (p, gemeente.Code, a)) : null;
        }, (regel, t, eerste) => new ImportFout(regel.Regel, "gemeentecode", $"Dubbele regel: {t.Gemeente} heeft voor {t.Periode} al een taakstelling op regel {eerste}."));
        var rijen = gelezen.Select(r => (r.Regel, r.Rij.Periode, r.Rij.Gemeente, r.Rij.Aantal)).ToList();
        if (fouten.Count > 0) return ImportUitkomst.Afgewezen(fouten);

        return store.Schrijf("taakstellingen", Inhoudshash.Van(rijen.Select(r => new object[] { r.Periode, r.Gemeente, r.Aantal })), rijen.Count, tijd.GetUtcNow(),
            stand => [.. rijen.GroupBy(r => r.Periode).SelectMany(p => Uitruiltoets.NaNieuweTaakstellingen(
                stand, p.Key, p.ToDictionary(r => r.Gemeente, r => r.Aantal, StringComparer.Ordinal), p.Min(r => r.Regel), "taakstelling"))],
            (_, vastlegging) =>
            {
                foreach (var r in rijen) vastlegging.Taakstelling(r.Regel, r.Periode, r.Gemeente, r.Aantal, "import");
            });
    }
}
