using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Regiemonitor.Gateway.Embedding;

/// <summary>The configured tenants, found by id or by API key (compared as hashes in constant time).</summary>
public sealed class Tenants(IOptions<List<Tenant>> options)
{
    public IReadOnlyList<Tenant> Alle => options.Value;

    public Tenant? MetId(string? id) => options.Value.FirstOrDefault(t => t.Id == id);

    public Tenant? MetSleutel(string? sleutel)
    {
        if (string.IsNullOrEmpty(sleutel)) return null;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sleutel));
        Tenant? gevonden = null;
        // Compare with every tenant (no early exit), so timing does not tell which one nearly matched.
        foreach (var t in options.Value)
            if (CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(t.ApiKeyHash))) gevonden = t;
        return gevonden;
    }
}
