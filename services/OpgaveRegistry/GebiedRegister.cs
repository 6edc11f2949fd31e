using Regiemonitor.Calculation.Core;

namespace Regiemonitor.OpgaveRegistry;

/// <summary>
/// The gebied tree as stored: reference gebieden plus the regio's defined by import. Checked
/// against the stored version on every use (a cheap query), so a regio import made through any
/// replica is seen by all; readers always get one consistent snapshot.
/// </summary>
public sealed class GebiedRegister(OpgaveStore store)
{
    public sealed record Stand(IReadOnlyList<ReferentieGebied> Gebieden, GebiedBoom Boom, string DataVersie);

    private Stand? _stand;

    public Stand Huidig
    {
        get
        {
            var stand = _stand;
            if (stand is not null && stand.DataVersie == store.GebiedVersie()) return stand;
            var (gebieden, versie) = store.Gebieden();
            return _stand = new Stand(gebieden, new GebiedBoom(gebieden.Select(g => g.Gebied)), versie);
        }
    }

    public GebiedBoom Boom => Huidig.Boom;
}
