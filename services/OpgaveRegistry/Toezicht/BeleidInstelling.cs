using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// A province's IBT policy (<c>{"beleid","vanaf","maxTrede"}</c>). Every setting is stored as
/// the province's next versie; assessments record the versie they used, so an old assessment
/// stays explainable after the policy changed.
/// </summary>
public sealed class BeleidInstelling(ToezichtStore store, GebiedRegister register, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["beleid", "vanaf", "maxTrede"];

    public (ImportUitkomst Uitkomst, IbtBeleidsinstelling? Instelling) Stel(string provinciecode, byte[] inhoud)
    {
        var fouten = new List<ImportFout>();
        var provincie = ToezichtVelden.Provincie(provinciecode, "provincie", register.Boom, fouten);
        var verzoek = JsonVerzoek.Lees(inhoud, Kolommen, fouten);
        if (verzoek is null) return (ImportUitkomst.Afgewezen(fouten), null);
        var beleid = Beleid(verzoek, fouten);
        var vanaf = ToezichtVelden.Periode(verzoek, "vanaf", fouten);
        var maxTrede = verzoek["maxTrede"].Length == 0 ? Treden.Hoogste : ToezichtVelden.Tussen(verzoek, "maxTrede", 2, Treden.Hoogste, fouten);
        if (fouten.Count > 0) return (ImportUitkomst.Afgewezen(fouten), null);

        IbtBeleidsinstelling? instelling = null;
        var uitkomst = store.Schrijf("beleid", null, 1, tijd.GetUtcNow(), _ => [],
            (stand, vastlegging) =>
            {
                // The next versie is taken inside the write transaction, so two settings never share one.
                instelling = new IbtBeleidsinstelling(provincie!.Code, beleid!.Code, stand.BeleidsversieVan(provincie.Code) + 1, vanaf!.Value, (int)maxTrede!.Value);
                vastlegging.Beleid(instelling);
            });
        return (uitkomst, instelling);
    }

    private static IIbtBeleid? Beleid(CsvRegel verzoek, List<ImportFout> fouten)
    {
        var code = verzoek["beleid"];
        try { return IbtBeleid.Van(code); }
        catch (ArgumentException)
        {
            fouten.Add(new ImportFout(1, "beleid", code.Length == 0
                ? $"beleid ontbreekt; verwacht een van: {string.Join(", ", IbtBeleid.Alle.Select(b => b.Code))}."
                : $"Onbekend IBT-beleid '{code}'; verwacht een van: {string.Join(", ", IbtBeleid.Alle.Select(b => b.Code))}."));
            return null;
        }
    }
}
