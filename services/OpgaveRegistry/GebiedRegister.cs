using Regiemonitor.Calculation.Core;

namespace Regiemonitor.OpgaveRegistry;

/// <summary>The gebied tree, read once from the store at start-up; gebieden change only with a new reference release.</summary>
public sealed class GebiedRegister
{
    public GebiedRegister(OpgaveStore store)
    {
        Gebieden = store.Gebieden();
        Boom = new GebiedBoom(Gebieden.Select(g => g.Gebied));
    }

    public IReadOnlyList<ReferentieGebied> Gebieden { get; }
    public GebiedBoom Boom { get; }
}
