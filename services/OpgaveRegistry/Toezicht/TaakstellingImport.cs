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
        var (regels, leesfouten) = CsvTabel.Lees(inhoud, Kolommen);
        var fouten = new List<ImportFout>(leesfouten);
        var rijen = new List<(int Regel, Halfjaar Periode, string Gemeente, long Aantal)>();
        var eerder = new Dictionary<(Halfjaar, string), int>();
        foreach (var regel in regels)
        {
            var aantalFouten = fouten.Count;
            var periode = ToezichtVelden.Periode(regel, "periode", fouten);
            var gemeente = ToezichtVelden.Gemeente(regel, "gemeentecode", boom, fouten);
            var aantal = Velden.Aantal(regel, "taakstelling", fouten);
            if (fouten.Count > aantalFouten) continue;
            if (eerder.TryGetValue((periode!.Value, gemeente!.Code), out var eerste))
                fouten.Add(new ImportFout(regel.Regel, "gemeentecode", $"Dubbele regel: {gemeente.Code} heeft voor {periode} al een taakstelling op regel {eerste}."));
            else
            {
                eerder[(periode.Value, gemeente.Code)] = regel.Regel;
                rijen.Add((regel.Regel, periode.Value, gemeente.Code, aantal!.Value));
            }
        }
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
