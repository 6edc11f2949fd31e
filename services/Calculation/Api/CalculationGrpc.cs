using Grpc.Core;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Telemetrie;

namespace Regiemonitor.Calculation.Api;

/// <summary>
/// gRPC adapter: gathers the gebied tree, opgaven and realisatie from their owners, lets the
/// core compute, and maps the exact result onto the contract (rounding only here, at the edge).
/// </summary>
public sealed class CalculationGrpc(
    GebiedBoomBron gebieden,
    Gegevens gegevens,
    Dashboardberekening berekening,
    Uitkomsten uitkomsten,
    Bedrijfsmetingen metingen,
    TimeProvider tijd) : CalculationService.CalculationServiceBase
{
    public override async Task<Contracts.Calculation.V1.Dashboard> GetDashboard(GetDashboardRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var peildatum = Datum(request.Peildatum, "peildatum") ?? tijd.Vandaag();
        var realisatieTot = Datum(request.RealisatieTot, "realisatie_tot") ?? peildatum;
        var kennisstand = Moment(request.Kennisstand);

        // The tree and the figures come from different owners: ask both at once.
        var boomTaak = gebieden.MetVersie(ct);
        var standTaak = gegevens.Haal(new Standvraag(kennisstand, request.RealisatieVersie, request.OpgaveVersie), ct);
        await Task.WhenAll(boomTaak, standTaak);
        var ((boomVersie, boom), stand) = (boomTaak.Result, standTaak.Result);
        if (!boom.Bevat(request.Gebiedcode))
            throw new RpcException(new Grpc.Core.Status(StatusCode.NotFound, $"Onbekende gebiedcode '{request.Gebiedcode}'."));
        // Same question on the same data versions gives the same answer: computed once. A past
        // kennisstand resolves to the versions it names, so it shares this cache.
        var sleutel = (request.Gebiedcode, peildatum, realisatieTot, boomVersie, stand.OpgavenVersie, stand.RealisatieVersie);
        if (uitkomsten.TryGetValue(sleutel, out var dashboard)) metingen.Cache("dashboarduitkomsten", treffer: true);
        else
        {
            metingen.Cache("dashboarduitkomsten", treffer: false);
            var start = tijd.GetTimestamp();
            var berekend = berekening.Bereken(boom, stand.Opgaven, stand.Tellingen, request.Gebiedcode, peildatum, realisatieTot);
            dashboard = ContractMapping.NaarContract(berekend, new Bronbatches(boom, stand, berekend), stand);
            if (uitkomsten.Count >= 1000) uitkomsten.Clear();
            uitkomsten[sleutel] = dashboard;
            metingen.Dashboardberekening(tijd.GetElapsedTime(start));
        }
        if (kennisstand.Length == 0) return dashboard;
        // The cached answer is shared: the echo goes on a copy.
        var kopie = dashboard.Clone();
        kopie.Kennisstand = kennisstand;
        return kopie;
    }

    /// <summary>The kennisstand as the one UTC form the stores compare, or empty for "everything known now".</summary>
    private static string Moment(string tekst)
    {
        if (string.IsNullOrEmpty(tekst)) return "";
        return Kennisstand.TryParseMoment(tekst, out var moment) ? moment.IsoUtc()
            : throw new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument,
                $"kennisstand '{tekst}' is geen ISO 8601-tijdstip met tijdzone, zoals 2024-09-02T10:00:00Z."));
    }

    private static DateOnly? Datum(string tekst, string veld)
    {
        if (string.IsNullOrEmpty(tekst)) return null;
        return Kalender.TryParseIso(tekst, out var datum) ? datum
            : throw new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument, $"{veld} '{tekst}' is geen datum JJJJ-MM-DD."));
    }
}
