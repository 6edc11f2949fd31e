using System.Text.Json;
using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Gateway.Embedding;

/// <summary>
/// Revoked token ids and tenants, effective at once and kept across restarts in a file under the
/// data directory. A tenant revocation refuses every token of that tenant issued up to then.
/// </summary>
public sealed class Revocaties
{
    private sealed record Regel(string? Jti, string? Tenant, long Tijdstip);

    private readonly object _slot = new();
    private readonly HashSet<string> _jtis = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _tenants = new(StringComparer.Ordinal);
    private readonly string _bestand;

    public Revocaties(IOptions<OpslagOptions> opslag)
    {
        Directory.CreateDirectory(opslag.Value.DataDir);
        _bestand = Path.Combine(opslag.Value.DataDir, "gateway-revocaties.jsonl");
        if (!File.Exists(_bestand)) return;
        foreach (var regel in File.ReadLines(_bestand).Where(r => r.Length > 0).Select(r => JsonSerializer.Deserialize<Regel>(r)!))
            Pas(regel);
    }

    public void TrekJtiIn(string jti, long tijdstip) => Bewaar(new Regel(jti, null, tijdstip));

    public void TrekTenantIn(string tenant, long tijdstip) => Bewaar(new Regel(null, tenant, tijdstip));

    public bool IsIngetrokken(EmbedClaims claims)
    {
        lock (_slot)
            return _jtis.Contains(claims.Jti) || _tenants.TryGetValue(claims.Sub, out var tot) && claims.Iat <= tot;
    }

    private void Bewaar(Regel regel)
    {
        lock (_slot)
        {
            File.AppendAllText(_bestand, JsonSerializer.Serialize(regel) + "\n");
            Pas(regel);
        }
    }

    private void Pas(Regel regel)
    {
        if (regel.Jti is { } jti) _jtis.Add(jti);
        if (regel.Tenant is { } t) _tenants[t] = Math.Max(_tenants.GetValueOrDefault(t), regel.Tijdstip);
    }
}
