using Grpc.Core;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Calculation.V1;

namespace Regiemonitor.Reporting;

/// <summary>HTTP adapter for <c>GET /api/v1/dashboards/{gebiedcode}</c>: asks the calculation service, answers the view model.</summary>
public static class DashboardEndpoints
{
    public static WebApplication MapDashboards(this WebApplication app)
    {
        app.MapGet("/api/v1/dashboards/{gebiedcode}", async (
            string gebiedcode, string? peildatum, string? realisatieTot,
            CalculationService.CalculationServiceClient calculation, CancellationToken ct) =>
        {
            if ((OngeldigeDatum(peildatum, "peildatum") ?? OngeldigeDatum(realisatieTot, "realisatieTot")) is { } fout) return fout;
            try
            {
                var dashboard = await calculation.GetDashboardAsync(new GetDashboardRequest
                {
                    Gebiedcode = gebiedcode, Peildatum = peildatum ?? "", RealisatieTot = realisatieTot ?? "",
                }, cancellationToken: ct);
                return Results.Json(DashboardView.Van(dashboard));
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Gebied niet gevonden",
                    detail: $"Er is geen gebied met code '{gebiedcode}'.");
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.InvalidArgument)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldig verzoek", detail: e.Status.Detail);
            }
        });
        return app;
    }

    private static IResult? OngeldigeDatum(string? waarde, string naam) =>
        waarde is null || Kalender.TryParseIso(waarde, out _) ? null
            : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige datum",
                detail: $"{naam} '{waarde}' is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2024-09-01.");
}
