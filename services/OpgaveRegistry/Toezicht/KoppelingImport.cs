using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// COA's koppelingen per half-year and gemeente (<c>periode,gemeentecode,koppelingen</c>): the
/// permit holders linked by the koppelingsdatum, which decide a koppelingstekort. A later count
/// for the same (periode, gemeente) is in force.
/// </summary>
public sealed class KoppelingImport(ToezichtStore store, GebiedRegister register, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["periode", "gemeentecode", "koppelingen"];

    public ImportUitkomst Importeer(byte[] inhoud)
    {
        var boom = register.Boom;
        var (regels, leesfouten) = CsvTabel.Lees(inhoud, Kolommen);
        var fouten = new List<ImportFout>(leesfouten);
        var rijen = new List<(int Regel, KoppelingRecord Koppeling)>();
        var eerder = new Dictionary<(Halfjaar, string), int>();
        foreach (var regel in regels)
        {
            var aantalFouten = fouten.Count;
            var periode = ToezichtVelden.Periode(regel, "periode", fouten);
            var gemeente = ToezichtVelden.Gemeente(regel, "gemeentecode", boom, fouten);
            var aantal = Velden.Aantal(regel, "koppelingen", fouten);
            if (fouten.Count > aantalFouten) continue;
            if (eerder.TryGetValue((periode!.Value, gemeente!.Code), out var eerste))
                fouten.Add(new ImportFout(regel.Regel, "gemeentecode", $"Dubbele regel: {gemeente.Code} heeft voor {periode} al koppelingen op regel {eerste}."));
            else
            {
                eerder[(periode.Value, gemeente.Code)] = regel.Regel;
                rijen.Add((regel.Regel, new KoppelingRecord(periode.Value, gemeente.Code, aantal!.Value)));
            }
        }
        if (fouten.Count > 0) return ImportUitkomst.Afgewezen(fouten);

        return store.Schrijf("koppelingen", Inhoudshash.Van(rijen.Select(r => new object[] { r.Koppeling.Periode, r.Koppeling.Gemeentecode, r.Koppeling.Aantal })),
            rijen.Count, tijd.GetUtcNow(), _ => [],
            (_, vastlegging) =>
            {
                foreach (var (regel, k) in rijen) vastlegging.Koppeling(regel, k);
            });
    }
}
