using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Gebied = Regiemonitor.Calculation.Core.Gebied;

namespace Regiemonitor.ServiceDefaults;

/// <summary>
/// The gebied tree as served by the registry. Kept with its version; each use asks the registry
/// only whether it changed (regio's can be defined at run time), so the tree is fetched again
/// only after a change. A failed call is not cached.
/// </summary>
public sealed class GebiedBoomBron(OpgaveRegistryService.OpgaveRegistryServiceClient registry)
{
    private (string Versie, GebiedBoom Boom)? _stand;

    public async Task<GebiedBoom> Boom(CancellationToken ct) => (await MetVersie(ct)).Boom;

    /// <summary>The tree with the version it belongs to, for callers that cache by version.</summary>
    public async Task<(string Versie, GebiedBoom Boom)> MetVersie(CancellationToken ct)
    {
        var stand = _stand;
        var antwoord = await registry.ListGebiedenAsync(new ListGebiedenRequest { BekendeVersie = stand?.Versie ?? "" }, cancellationToken: ct);
        if (antwoord.Ongewijzigd && stand is { } bekend) return bekend;
        var boom = new GebiedBoom(antwoord.Gebieden.Select(g => new Gebied(
            g.Code, g.Naam, Codes.ParseNiveau(g.Niveau), g.OuderCode.Length == 0 ? null : g.OuderCode,
            g.Leden.Count == 0 ? null : [.. g.Leden])));
        _stand = (antwoord.DataVersie, boom);
        return (antwoord.DataVersie, boom);
    }
}
