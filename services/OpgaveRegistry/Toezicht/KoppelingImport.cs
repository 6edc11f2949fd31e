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
        var (gelezen, fouten) = ToezichtTabel.Lees<(Halfjaar, string), KoppelingRecord>(inhoud, Kolommen, (regel, fouten) =>
        {
            var periode = ToezichtVelden.Periode(regel, "periode", fouten);
            var gemeente = ToezichtVelden.Gemeente(regel, "gemeentecode", boom, fouten);
            var aantal = Velden.Aantal(regel, "koppelingen", fouten);
            return periode is { } p && gemeente is not null && aantal is { } a ? ((p, gemeente.Code), new KoppelingRecord(p, gemeente.Code, a)) : null;
        }, (regel, k, eerste) => new ImportFout(regel.Regel, "gemeentecode", $"Dubbele regel: {k.Gemeentecode} heeft voor {k.Periode} al koppelingen op regel {eerste}."));
        List<(int Regel, KoppelingRecord Koppeling)> rijen = gelezen;
        if (fouten.Count > 0) return ImportUitkomst.Afgewezen(fouten);

        return store.Schrijf("koppelingen", Inhoudshash.Van(rijen.Select(r => new object[] { r.Koppeling.Periode, r.Koppeling.Gemeentecode, r.Koppeling.Aantal })),
            rijen.Count, tijd.GetUtcNow(), _ => [],
            (_, vastlegging) =>
            {
                foreach (var (regel, k) in rijen) vastlegging.Koppeling(regel, k);
            });
    }
}
