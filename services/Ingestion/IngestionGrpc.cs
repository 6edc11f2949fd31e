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
        if (request.BekendeVersie.Length > 0 && request.BekendeVersie == store.DataVersie())
            return Task.FromResult(new ListTellingenResponse { DataVersie = request.BekendeVersie, Ongewijzigd = true });
        var (tellingen, versie) = store.Geldend();
        var antwoord = new ListTellingenResponse { DataVersie = versie };
        antwoord.Tellingen.AddRange(tellingen.Select(o => new RealisatieTelling
        {
            Bron = o.Telling.Bron.Code(), Categorie = o.Telling.Categorie.Code(), Onderdeel = o.Telling.Onderdeel?.Code() ?? "",
            Gebiedcode = o.Telling.Gebiedcode, Peildatum = o.Telling.Peildatum.Iso(), Aantal = o.Telling.Aantal, BatchId = o.BatchId,
        }));
        return Task.FromResult(antwoord);
    }
}
