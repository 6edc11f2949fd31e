using Regiemonitor.ServiceDefaults.Opslag;
using Grpc.Core;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Gebied = Regiemonitor.Contracts.OpgaveRegistry.V1.Gebied;
using OpgavePeriode = Regiemonitor.Contracts.OpgaveRegistry.V1.OpgavePeriode;

namespace Regiemonitor.OpgaveRegistry;

/// <summary>gRPC adapter: maps the registry's gebieden and opgaven onto the contract.</summary>
public sealed class OpgaveRegistryGrpc(GebiedRegister register, OpgaveStore store) : OpgaveRegistryService.OpgaveRegistryServiceBase
{
    public override Task<ListGebiedenResponse> ListGebieden(ListGebiedenRequest request, ServerCallContext context)
    {
        var stand = register.Huidig;
        if (request.BekendeVersie.Length > 0 && request.BekendeVersie == stand.DataVersie)
            return Task.FromResult(new ListGebiedenResponse { DataVersie = stand.DataVersie, Ongewijzigd = true });
        var antwoord = new ListGebiedenResponse { DataVersie = stand.DataVersie };
        antwoord.Gebieden.AddRange(stand.Gebieden.Select(g => new Gebied
        {
            Code = g.Gebied.Code, Naam = g.Gebied.Naam, Niveau = g.Gebied.Niveau.Code(),
            OuderCode = g.Gebied.OuderCode ?? "", Inwoners = g.Inwoners, Leden = { g.Gebied.Leden ?? [] },
        }));
        return Task.FromResult(antwoord);
    }

    public override Task<ListOpgavenResponse> ListOpgaven(ListOpgavenRequest request, ServerCallContext context)
    {
        // A past stand (kennisstand or tot_versie) is one data version too, so "unchanged" works for it alike.
        var tot = Grens(request);
        var huidig = tot is { } t ? OpgaveStore.VersieVan(t) : store.DataVersie();
        if (request.BekendeVersie.Length > 0 && request.BekendeVersie == huidig)
            return Task.FromResult(new ListOpgavenResponse { DataVersie = request.BekendeVersie, Ongewijzigd = true });
        var (opgaven, versie) = store.Opgaven(tot);
        var antwoord = new ListOpgavenResponse { DataVersie = versie };
        antwoord.Opgaven.AddRange(opgaven.Select(o => new OpgavePeriode
        {
            Categorie = o.Periode.Categorie.Code(), Gebiedcode = o.Periode.Gebiedcode,
            Startdatum = o.Periode.Startdatum.Iso(), Startwaarde = o.Periode.Startwaarde,
            Einddatum = o.Periode.Einddatum.Iso(), Eindwaarde = o.Periode.Eindwaarde,
            Besluit = o.Periode.Besluit, BatchId = o.BatchId,
        }));
        return Task.FromResult(antwoord);
    }

    /// <summary>The last batch of the stand asked for; null for all batches.</summary>
    private long? Grens(ListOpgavenRequest request) =>
        Batchversies.Grens(request.TotVersie, request.Kennisstand, store.VolgnummerVan, store.VolgnummerOp, "de opgaven");
}
