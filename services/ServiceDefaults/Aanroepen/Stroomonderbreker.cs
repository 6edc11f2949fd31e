using System.Collections.Concurrent;
using Grpc.Core;

namespace Regiemonitor.ServiceDefaults.Aanroepen;

/// <summary>
/// The circuit breaker of calls to one service: after <see cref="AanroepOptions.Onderbrekingsdrempel"/>
/// consecutive Unavailable answers it refuses calls at once (Unavailable, no network) for
/// <see cref="AanroepOptions.Onderbrekingsduur"/>; then one trial call may pass (half-open), whose
/// answer closes the circuit or opens it again. Callers of a service that is down thus fail fast
/// instead of each waiting for connection attempts, and the service is not hammered on its return.
/// </summary>
public sealed class Stroomonderbreker(string dienst, AanroepOptions options, TimeProvider tijd)
{
    private readonly Lock _slot = new();
    private int _mislukt;
    private DateTimeOffset? _openTot;
    private bool _proefLoopt;

    public string Dienst { get; } = dienst;

    /// <summary>Open: refuses every call; half-open: one trial call is on its way or may pass.</summary>
    public bool IsOpen { get { lock (_slot) return _openTot is not null; } }

    /// <summary>Lets a call pass, or throws Unavailable while the circuit is open.</summary>
    /// <returns>True when this call is the half-open trial.</returns>
    public bool Toegang()
    {
        lock (_slot)
        {
            if (_openTot is not { } tot) return false;
            if (tijd.GetUtcNow() >= tot && !_proefLoopt) return _proefLoopt = true;
        }
        throw new RpcException(new Status(StatusCode.Unavailable,
            $"De dienst {Dienst} is tijdelijk niet bereikbaar; aanroepen worden even niet geprobeerd."));
    }

    /// <summary>The service answered (any answer but Unavailable): the circuit closes.</summary>
    public void Bereikt()
    {
        lock (_slot) { _mislukt = 0; _openTot = null; _proefLoopt = false; }
    }

    /// <summary>The service was unreachable: counts towards opening, or reopens after a failed trial.</summary>
    public void Onbereikbaar(bool proef)
    {
        lock (_slot)
        {
            _mislukt++;
            if (proef || (_openTot is null && _mislukt >= options.Onderbrekingsdrempel))
            {
                _openTot = tijd.GetUtcNow() + options.Onderbrekingsduur;
                _proefLoopt = false;
            }
        }
    }

    /// <summary>The call ended without a verdict on the service (cancelled by the caller): another trial may go.</summary>
    public void ZonderOordeel(bool proef)
    {
        if (proef) lock (_slot) _proefLoopt = false;
    }
}

/// <summary>One breaker per target service (by its name in <c>Regiemonitor:Services</c>), shared by all its clients.</summary>
public sealed class Stroomonderbrekers(Microsoft.Extensions.Options.IOptions<AanroepOptions> options, TimeProvider tijd)
{
    private readonly ConcurrentDictionary<string, Stroomonderbreker> _per = new(StringComparer.Ordinal);

    public Stroomonderbreker Voor(string dienst) => _per.GetOrAdd(dienst, d => new Stroomonderbreker(d, options.Value, tijd));
}
