using Regiemonitor.Contracts.OpgaveRegistry.V1;

namespace Regiemonitor.Calculation.Api.Toezicht;

/// <summary>
/// Keeps the last toezicht inputs fetched from the registry and asks only "changed since version
/// X?" per request, like <see cref="Gegevens"/> does for opgaven and counts.
/// </summary>
public sealed class Toezichtstand(ToezichtRegisterService.ToezichtRegisterServiceClient registry)
{
    private Toezichtgegevens _stand = new();

    public async Task<Toezichtgegevens> Haal(CancellationToken ct)
    {
        var stand = _stand;
        var antwoord = await registry.GetToezichtAsync(new GetToezichtRequest { BekendeVersie = stand.DataVersie }, cancellationToken: ct);
        if (antwoord.Ongewijzigd) return stand;
        // Last writer wins: either answer is a complete, consistent stand.
        _stand = antwoord;
        return antwoord;
    }
}
