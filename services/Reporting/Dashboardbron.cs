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
    public Task<Dashboarduitkomst> Haal(string gebiedcode, string? peildatum, string? realisatieTot, CancellationToken ct) =>
        Haal(gebiedcode, peildatum, realisatieTot, null, ct);

    /// <param name="kennisstand">
    /// Compute from the imports as they were known then: an ISO 8601 instant, or a date meaning the
    /// end of that day in Europe/Amsterdam. Empty: everything known now.
    /// </param>
    public async Task<Dashboarduitkomst> Haal(string gebiedcode, string? peildatum, string? realisatieTot, string? kennisstand, CancellationToken ct)
    {
        foreach (var (waarde, naam) in new[] { (peildatum, "peildatum"), (realisatieTot, "realisatieTot") })
            if (!string.IsNullOrEmpty(waarde) && !Kalender.TryParseIso(waarde, out _))
                return new(null, StatusCodes.Status400BadRequest, "Ongeldige datum",
                    $"{naam} '{waarde}' is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2024-09-01.");
        var moment = default(DateTimeOffset);
        if (!string.IsNullOrEmpty(kennisstand) && !Kennisstand.TryParse(kennisstand, out moment))
            return new(null, StatusCodes.Status400BadRequest, "Ongeldige kennisstand",
                $"kennisstand '{kennisstand}' is geen tijdstip; gebruik een ISO 8601-tijdstip met tijdzone (2024-09-02T10:00:00Z) " +
                "of een datum JJJJ-MM-DD (het einde van die dag).");
        return await Haal(new GetDashboardRequest
        {
            Gebiedcode = gebiedcode, Peildatum = peildatum ?? "", RealisatieTot = realisatieTot ?? "",
            Kennisstand = string.IsNullOrEmpty(kennisstand) ? "" : moment.IsoUtc(),
        }, ct);
    }

    /// <summary>A request already checked by the caller (an edition asks with its frozen data versions).</summary>
    public async Task<Dashboarduitkomst> Haal(GetDashboardRequest verzoek, CancellationToken ct)
    {
        try
        {
            var dashboard = await calculation.GetDashboardAsync(verzoek, cancellationToken: ct);
            return new(dashboard, StatusCodes.Status200OK, "", "");
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return new(null, StatusCodes.Status404NotFound, "Gebied niet gevonden", $"Er is geen gebied met code '{verzoek.Gebiedcode}'.");
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.InvalidArgument)
        {
            return new(null, StatusCodes.Status400BadRequest, "Ongeldig verzoek", e.Status.Detail);
        }
    }
}
