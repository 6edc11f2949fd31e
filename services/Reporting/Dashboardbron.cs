using Grpc.Core;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Dashboard = Regiemonitor.Contracts.Calculation.V1.Dashboard;

namespace Regiemonitor.Reporting;

/// <summary>A dashboard from the calculation service, or why there is none (as an HTTP status and message).</summary>
public sealed record Dashboarduitkomst(Dashboard? Dashboard, int Status, string Titel, string Detail);

/// <summary>Asks the calculation service for a dashboard and translates its refusals, for every view alike.</summary>
public sealed class Dashboardbron(CalculationService.CalculationServiceClient calculation)
{
    public async Task<Dashboarduitkomst> Haal(string gebiedcode, string? peildatum, string? realisatieTot, CancellationToken ct)
    {
        foreach (var (waarde, naam) in new[] { (peildatum, "peildatum"), (realisatieTot, "realisatieTot") })
            if (!string.IsNullOrEmpty(waarde) && !Kalender.TryParseIso(waarde, out _))
                return new(null, StatusCodes.Status400BadRequest, "Ongeldige datum",
                    $"{naam} '{waarde}' is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2024-09-01.");
        try
        {
            var dashboard = await calculation.GetDashboardAsync(new GetDashboardRequest
            {
                Gebiedcode = gebiedcode, Peildatum = peildatum ?? "", RealisatieTot = realisatieTot ?? "",
            }, cancellationToken: ct);
            return new(dashboard, StatusCodes.Status200OK, "", "");
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return new(null, StatusCodes.Status404NotFound, "Gebied niet gevonden", $"Er is geen gebied met code '{gebiedcode}'.");
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.InvalidArgument)
        {
            return new(null, StatusCodes.Status400BadRequest, "Ongeldig verzoek", e.Status.Detail);
        }
    }
}
