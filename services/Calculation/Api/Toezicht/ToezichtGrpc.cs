using Grpc.Core;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.ServiceDefaults;
using CoreProject = Regiemonitor.Calculation.Core.Toezicht.Project;
using GrpcStatus = Grpc.Core.Status;

namespace Regiemonitor.Calculation.Api.Toezicht;

/// <summary>
/// gRPC adapter for toezicht and planning: gathers the tree, the registry's toezicht inputs and
/// the TVS counts, lets the core compute, and maps onto the contract.
/// </summary>
public sealed class ToezichtGrpc(
    GebiedBoomBron gebieden,
    Gegevens gegevens,
    Toezichtstand toezicht,
    Dashboardberekening dashboards,
    TimeProvider tijd) : ToezichtService.ToezichtServiceBase
{
    public override async Task<PeriodeResultaten> GetPeriodeResultaten(GetPeriodeResultatenRequest request, ServerCallContext context)
    {
        var periode = Periode(request.Periode);
        var (boom, invoer, _) = await Laad(request.Gebiedcode, context.CancellationToken);
        return Periodeoverzicht.Maak(boom, invoer, request.Gebiedcode, periode);
    }

    public override async Task<Prognose> GetPrognose(GetPrognoseRequest request, ServerCallContext context)
    {
        var (boom, invoer, _) = await Laad(request.Gebiedcode, context.CancellationToken);
        try
        {
            return Prognosemaker.Maak(boom, invoer, request, tijd.Vandaag());
        }
        catch (ArgumentException e)
        {
            throw new RpcException(new GrpcStatus(StatusCode.InvalidArgument, e.Message));
        }
    }

    public override async Task<Scenarios> GetScenarios(GetScenariosRequest request, ServerCallContext context)
    {
        var peildatum = tijd.Vandaag();
        if (request.Peildatum.Length > 0 && !Kalender.TryParseIso(request.Peildatum, out peildatum))
            throw new RpcException(new GrpcStatus(StatusCode.InvalidArgument, $"peildatum '{request.Peildatum}' is geen datum JJJJ-MM-DD."));
        var (boom, _, stand) = await Laad(request.Provincie, context.CancellationToken);
        if (boom.Get(request.Provincie).Niveau != Niveau.Provincie)
            throw new RpcException(new GrpcStatus(StatusCode.InvalidArgument, $"{request.Provincie} is geen provincie; scenario's horen bij een provincie."));
        var gegevensstand = await gegevens.Haal(context.CancellationToken);
        // The provincial opgave to compare with is the one the dashboard shows on the peildatum.
        var dashboard = dashboards.Bereken(boom, gegevensstand.Opgaven, gegevensstand.Tellingen, request.Provincie, peildatum, peildatum);
        return Scenariomaker.Maak(boom, stand, dashboard, request, peildatum);
    }

    private async Task<(GebiedBoom Boom, Toezichtinvoer Invoer, Contracts.OpgaveRegistry.V1.Toezichtgegevens Stand)> Laad(string gebiedcode, CancellationToken ct)
    {
        var boomTaak = gebieden.Boom(ct);
        var standTaak = toezicht.Haal(ct);
        var tellingenTaak = gegevens.Haal(ct);
        await Task.WhenAll(boomTaak, standTaak, tellingenTaak);
        var boom = boomTaak.Result;
        if (!boom.Bevat(gebiedcode))
            throw new RpcException(new GrpcStatus(StatusCode.NotFound, $"Onbekende gebiedcode '{gebiedcode}'."));
        return (boom, new Toezichtinvoer(boom, standTaak.Result, tellingenTaak.Result.Tellingen), standTaak.Result);
    }

    private static Halfjaar Periode(string tekst) => Halfjaar.TryParse(tekst, out var periode) ? periode
        : throw new RpcException(new GrpcStatus(StatusCode.InvalidArgument, $"periode '{tekst}' is geen halfjaar; verwacht JJJJ-1 of JJJJ-2."));

    internal static CoreProject NaarCore(Contracts.OpgaveRegistry.V1.Project p) => new(p.Naam, p.Gemeentecode, p.Eenheden, p.Jaar);
}
