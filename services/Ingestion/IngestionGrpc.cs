using Grpc.Core;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Ingestion.V1;
using RealisatieTelling = Regiemonitor.Contracts.Ingestion.V1.RealisatieTelling;

namespace Regiemonitor.Ingestion;

/// <summary>gRPC adapter over the realisatie store.</summary>
public sealed class IngestionGrpc(RealisatieStore store) : IngestionService.IngestionServiceBase
{
    public override Task<ListRealisatieResponse> ListRealisatie(ListRealisatieRequest request, ServerCallContext context)
    {
        if (!Kalender.TryParseIso(request.RealisatieTot, out var tot))
            throw new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument,
                $"realisatie_tot '{request.RealisatieTot}' is geen datum JJJJ-MM-DD."));
        var (tellingen, versie) = store.Laatste(tot);
        var antwoord = new ListRealisatieResponse { DataVersie = versie };
        antwoord.Tellingen.AddRange(tellingen.Select(o => new RealisatieTelling
        {
            Bron = o.Telling.Bron.Code(), Categorie = o.Telling.Categorie.Code(), Onderdeel = o.Telling.Onderdeel?.Code() ?? "",
            Gebiedcode = o.Telling.Gebiedcode, Peildatum = o.Telling.Peildatum.Iso(), Aantal = o.Telling.Aantal, BatchId = o.BatchId,
        }));
        return Task.FromResult(antwoord);
    }
}
