using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Gebied = Regiemonitor.Calculation.Core.Gebied;

namespace Regiemonitor.ServiceDefaults;

/// <summary>
/// The gebied tree as served by the registry, fetched on first use and kept: gebieden change only
/// with a new reference release, which restarts the services. A failed fetch is not cached, so a
/// registry that starts later is picked up on the next request.
/// </summary>
public sealed class GebiedBoomBron(OpgaveRegistryService.OpgaveRegistryServiceClient registry)
{
    private readonly SemaphoreSlim _slot = new(1, 1);
    private GebiedBoom? _boom;

    public async Task<GebiedBoom> Boom(CancellationToken ct)
    {
        if (_boom is { } boom) return boom;
        await _slot.WaitAsync(ct);
        try
        {
            if (_boom is null)
            {
                var antwoord = await registry.ListGebiedenAsync(new ListGebiedenRequest(), cancellationToken: ct);
                _boom = new GebiedBoom(antwoord.Gebieden.Select(g => new Gebied(
                    g.Code, g.Naam, Codes.ParseNiveau(g.Niveau), g.OuderCode.Length == 0 ? null : g.OuderCode)));
            }
            return _boom;
        }
        finally
        {
            _slot.Release();
        }
    }
}
