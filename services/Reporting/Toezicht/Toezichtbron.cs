using Grpc.Core;
using Regiemonitor.Contracts.Calculation.V1;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>A toezicht answer from the calculation service, or why there is none (as an HTTP status and message).</summary>
public sealed record Toezichtuitkomst<T>(T? Waarde, int Status, string Titel, string Detail) where T : class
{
    public static Toezichtuitkomst<T> Fout(int status, string titel, string detail) => new(null, status, titel, detail);
}

/// <summary>
/// Asks the calculation service for toezicht figures and translates its refusals the same way for
/// JSON, page and export: NOT_FOUND is 404, INVALID_ARGUMENT 400 and an unreachable service 503, so
/// a reader gets a Dutch explanation instead of a bare 500.
/// </summary>
public sealed class Toezichtbron(ToezichtService.ToezichtServiceClient toezicht)
{
    public Task<Toezichtuitkomst<PeriodeResultaten>> Periode(string gebiedcode, string periode, CancellationToken ct) =>
        Vraag(async () => await toezicht.GetPeriodeResultatenAsync(
            new GetPeriodeResultatenRequest { Gebiedcode = gebiedcode, Periode = periode }, cancellationToken: ct), gebiedcode);

    public Task<Toezichtuitkomst<Prognose>> Prognose(GetPrognoseRequest vraag, CancellationToken ct) =>
        Vraag(async () => await toezicht.GetPrognoseAsync(vraag, cancellationToken: ct), vraag.Gebiedcode);

    public Task<Toezichtuitkomst<Scenarios>> Scenarios(string provincie, IEnumerable<string> ids, string peildatum, CancellationToken ct)
    {
        var vraag = new GetScenariosRequest { Provincie = provincie, Peildatum = peildatum };
        vraag.Ids.AddRange(ids);
        return Vraag(async () => await toezicht.GetScenariosAsync(vraag, cancellationToken: ct), provincie);
    }

    private static async Task<Toezichtuitkomst<T>> Vraag<T>(Func<Task<T>> aanroep, string gebiedcode) where T : class
    {
        try
        {
            return new(await aanroep(), StatusCodes.Status200OK, "", "");
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            // The service names what it did not find (a gebied or a scenario); fall back on the gebied.
            var detail = e.Status.Detail is { Length: > 0 } d ? d : $"Er is geen gebied met code '{gebiedcode}'.";
            return Toezichtuitkomst<T>.Fout(StatusCodes.Status404NotFound, "Niet gevonden", detail);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.InvalidArgument)
        {
            return Toezichtuitkomst<T>.Fout(StatusCodes.Status400BadRequest, "Ongeldig verzoek", e.Status.Detail);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            return Toezichtuitkomst<T>.Fout(StatusCodes.Status503ServiceUnavailable, "Tijdelijk niet beschikbaar",
                "De rekendienst is nu niet bereikbaar; probeer het over een paar minuten opnieuw.");
        }
    }
}
