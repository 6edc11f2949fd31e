using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// A toezichthouder's override of a gemeente's trede, with motivering. Stored beside the
/// computed and the fixed assessment, never instead of them: the difference is information.
/// </summary>
public sealed class BijstellingInvoer(ToezichtStore store, GebiedRegister register, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["periode", "gemeentecode", "trede", "motivering", "toezichthouder"];

    public (ImportUitkomst Uitkomst, Bijstelling? Bijstelling) Leg(byte[] inhoud)
    {
        var fouten = new List<ImportFout>();
        var verzoek = JsonVerzoek.Lees(inhoud, Kolommen, fouten);
        if (verzoek is null) return (ImportUitkomst.Afgewezen(fouten), null);
        var periode = ToezichtVelden.Periode(verzoek, "periode", fouten);
        var gemeente = ToezichtVelden.Gemeente(verzoek, "gemeentecode", register.Boom, fouten);
        var trede = ToezichtVelden.Tussen(verzoek, "trede", Treden.Ladder[0].Nummer, Treden.Ladder[^1].Nummer, fouten);
        var motivering = ToezichtVelden.Tekst(verzoek, "motivering", fouten);
        var toezichthouder = ToezichtVelden.Tekst(verzoek, "toezichthouder", fouten);
        if (fouten.Count > 0) return (ImportUitkomst.Afgewezen(fouten), null);

        var bijstelling = new Bijstelling(gemeente!.Code, periode!.Value, (int)trede!.Value, motivering!, toezichthouder!, tijd.GetUtcNow());
        var uitkomst = store.Schrijf("bijstelling", null, 1, bijstelling.Tijdstip,
            stand => stand.Taakstellingen.Any(t => t.Periode == bijstelling.Periode && t.Gemeentecode == bijstelling.Gemeente) ? []
                : [new ImportFout(1, "gemeentecode", $"{bijstelling.Gemeente} heeft geen taakstelling voor {bijstelling.Periode}; er is dan niets om bij te stellen.")],
            (_, vastlegging) => vastlegging.Bijstelling(bijstelling));
        return (uitkomst, bijstelling);
    }
}
