using Grpc.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// Fixes (vaststellen) the assessments of a province for a half-year: the treden the calculation
/// service computes now are stored as they are, with who fixed them and when. Later changes to
/// figures or policy then no longer move what the province decided. Transport failures of the
/// calculation call propagate as <see cref="RpcException"/> for the endpoint to translate.
/// </summary>
public sealed class Vaststelling(ToezichtStore store, GebiedRegister register, ToezichtService.ToezichtServiceClient calculation, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["door"];

    private static readonly TimeSpan Limiet = TimeSpan.FromSeconds(30);

    public async Task<(ImportUitkomst Uitkomst, int Beoordelingen)> Stel(string provinciecode, string periodetekst, byte[] inhoud, CancellationToken ct)
    {
        var fouten = new List<ImportFout>();
        var provincie = ToezichtVelden.Provincie(provinciecode, "provincie", register.Boom, fouten);
        var periode = ToezichtVelden.Periode(periodetekst, 0, "periode", fouten);
        var verzoek = JsonVerzoek.Lees(inhoud, Kolommen, fouten);
        var door = verzoek is null ? null : ToezichtVelden.Tekst(verzoek, "door", fouten);
        if (fouten.Count > 0) return (ImportUitkomst.Afgewezen(fouten), 0);

        PeriodeResultaten resultaten;
        try
        {
            resultaten = await calculation.GetPeriodeResultatenAsync(
                new GetPeriodeResultatenRequest { Gebiedcode = provincie!.Code, Periode = periode!.Value.ToString() },
                deadline: tijd.GetUtcNow().UtcDateTime + Limiet, cancellationToken: ct);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            return (ImportUitkomst.Afgewezen([new ImportFout(0, "periode", $"De berekening weigert {provincie!.Code} {periode}: {e.Status.Detail}")]), 0);
        }

        var nu = tijd.GetUtcNow();
        var beoordelingen = resultaten.Rijen.Where(r => r.Beoordeling is not null)
            .Select(r => new VastgesteldeBeoordeling(periode!.Value, r.Gebied.Code, r.Beoordeling.Trede, r.Beoordeling.Kleur,
                r.Beoordeling.Grondslag, r.Beoordeling.Doel, r.Beoordeling.HasGehuisvest ? r.Beoordeling.Gehuisvest : null,
                [.. r.Beoordeling.Redenen], r.Beoordeling.Beleid, r.Beoordeling.Beleidsversie, door!, nu))
            .ToList();
        if (beoordelingen.Count == 0)
            return (ImportUitkomst.Afgewezen([new ImportFout(0, "periode",
                $"Geen enkele gemeente in {provincie!.Naam} kon voor {periode} worden beoordeeld ({resultaten.Rijen.Count} met een taakstelling); "
                + "daarvoor zijn de taakstelling, de achterstand en het aantal gehuisveste vergunninghouders nodig.")]), 0);

        var uitkomst = store.Schrijf("vaststelling", null, beoordelingen.Count, nu, _ => [],
            (_, vastlegging) =>
            {
                var regel = 0;
                foreach (var b in beoordelingen) vastlegging.Beoordeling(++regel, b);
            });
        return (uitkomst, beoordelingen.Count);
    }
}
