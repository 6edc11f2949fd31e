using Regiemonitor.ServiceDefaults.Opslag;
using Grpc.Core;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Ingestion.V1;
using RealisatieTelling = Regiemonitor.Contracts.Ingestion.V1.RealisatieTelling;

namespace Regiemonitor.Ingestion;

/// <summary>gRPC adapter over the realisatie store.</summary>
public sealed class IngestionGrpc(RealisatieStore store) : IngestionService.IngestionServiceBase
{
    public override Task<ListTellingenResponse> ListTellingen(ListTellingenRequest request, ServerCallContext context)
    {
        // A past stand (kennisstand or tot_versie) is one data version too, so "unchanged" works for it alike.
        var tot = Grens(request);
        var huidig = tot is { } t ? RealisatieStore.VersieVan(t) : store.DataVersie();
        if (request.BekendeVersie.Length > 0 && request.BekendeVersie == huidig)
            return Task.FromResult(new ListTellingenResponse { DataVersie = request.BekendeVersie, Ongewijzigd = true });
        var (tellingen, versie) = store.Geldend(tot);
        var antwoord = new ListTellingenResponse { DataVersie = versie };
        antwoord.Tellingen.AddRange(tellingen.Select(o => new RealisatieTelling
        {
            Bron = o.Telling.Bron.Code(), Categorie = o.Telling.Categorie.Code(), Onderdeel = o.Telling.Onderdeel?.Code() ?? "",
            Gebiedcode = o.Telling.Gebiedcode, Peildatum = o.Telling.Peildatum.Iso(), Aantal = o.Telling.Aantal, BatchId = o.BatchId,
        }));
        return Task.FromResult(antwoord);
    }

    /// <summary>The last batch of the stand asked for; null for all batches.</summary>
    private long? Grens(ListTellingenRequest request) =>
        Batchversies.Grens(request.TotVersie, request.Kennisstand, store.VolgnummerVan, store.VolgnummerOp, "de realisatie");
}
