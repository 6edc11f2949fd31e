using System.Collections.Concurrent;
using Grpc.Core;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Dashboard = Regiemonitor.Contracts.Calculation.V1.Dashboard;

namespace Regiemonitor.Reporting;

/// <summary>A dashboard from the calculation service, or why there is none (as an HTTP status and message).</summary>
/// <param name="BerekendOp">Set only on a last good view served while the calculation service is unreachable: when it was computed.</param>
public sealed record Dashboarduitkomst(Dashboard? Dashboard, int Status, string Titel, string Detail, DateTimeOffset? BerekendOp = null)
{
    /// <summary>The figures are a last good view, possibly out of date: pages and JSON say so, exports refuse.</summary>
    public bool Verouderd => BerekendOp is not null;
}

/// <summary>
/// Asks the calculation service for a dashboard and translates its refusals, for every view alike.
/// While the service is unreachable (down, deadline passed, circuit open) a reader gets the last
/// good view of the same question, marked as such, instead of an error; only without one is it 503.
/// </summary>
public sealed class Dashboardbron(CalculationService.CalculationServiceClient calculation, TimeProvider tijd)
{
    /// <summary>Distinct questions remembered; beyond this new ones are not kept (memory stays bounded).</summary>
    private const int MaxBewaard = 2000;
    private readonly ConcurrentDictionary<GetDashboardRequest, (Dashboard Dashboard, DateTimeOffset BerekendOp)> _laatsteGoede = new();

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
        var verzoek = new GetDashboardRequest
        {
            Gebiedcode = gebiedcode, Peildatum = peildatum ?? "", RealisatieTot = realisatieTot ?? "",
            Kennisstand = string.IsNullOrEmpty(kennisstand) ? "" : moment.IsoUtc(),
        };
        var uitkomst = await Haal(verzoek, ct);
        if (uitkomst.Dashboard is { } dashboard)
        {
            if (_laatsteGoede.Count < MaxBewaard || _laatsteGoede.ContainsKey(verzoek))
                _laatsteGoede[verzoek] = (dashboard, tijd.GetUtcNow());
        }
        else if (uitkomst.Status == StatusCodes.Status503ServiceUnavailable && _laatsteGoede.TryGetValue(verzoek, out var laatste))
            return new(laatste.Dashboard, StatusCodes.Status200OK, "", "", laatste.BerekendOp);
        return uitkomst;
    }

    /// <summary>
    /// A request already checked by the caller (an edition asks with its frozen data versions): always
    /// fresh figures, never a last good view, so nothing out of date is frozen into an edition.
    /// </summary>
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
        catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            return new(null, StatusCodes.Status503ServiceUnavailable, Onbereikbaar.Titel, Onbereikbaar.Detail);
        }
    }

    /// <summary>The answer when the calculation service cannot be reached and no last good view may stand in.</summary>
    public static readonly (string Titel, string Detail) Onbereikbaar = ("Tijdelijk niet beschikbaar",
        "De berekening is nu niet bereikbaar; probeer het over een paar minuten opnieuw.");
}
