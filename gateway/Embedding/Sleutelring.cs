using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Gateway.Embedding;

/// <summary>
/// The ES256 keys: the newest active key signs, every active key verifies (so a key can be
/// rotated without downtime), a retired (<c>ingetrokken</c>) kid is refused.
/// </summary>
public sealed class Sleutelring : IDisposable
{
    private readonly Dictionary<string, ECDsa> _actief = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ingetrokken = new(StringComparer.Ordinal);

    public Sleutelring(IOptions<TokenOptions> options, IHostEnvironment omgeving, ILogger<Sleutelring> log)
    {
        foreach (var s in options.Value.Sleutels)
        {
            if (s.Status == "ingetrokken") { _ingetrokken.Add(s.Kid); continue; }
            var sleutel = ECDsa.Create();
            sleutel.ImportFromPem(s.PrivateKeyPem ?? File.ReadAllText(s.PrivateKeyFile!));
            if (sleutel.KeySize != 256) throw new InvalidOperationException($"Sleutel '{s.Kid}' is geen P-256-sleutel (ES256).");
            _actief[s.Kid] = sleutel;
            OndertekenKid = s.Kid;
        }
        if (_actief.Count == 0 && omgeving.IsEnvironment(Extensions.LokaleOmgeving))
        {
            // A local run without configured keys gets a fresh key per start; tokens then end with the process.
            OndertekenKid = "lokaal-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
            _actief[OndertekenKid] = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            log.LogInformation("Geen ondertekeningssleutel geconfigureerd; lokale sleutel {Kid} aangemaakt.", OndertekenKid);
        }
    }

    /// <summary>The kid of the key that signs new tokens (the last active one configured).</summary>
    public string OndertekenKid { get; } = "";

    public byte[] Onderteken(ReadOnlySpan<byte> data) => _actief[OndertekenKid].SignData(data, HashAlgorithmName.SHA256);

    /// <summary>Null when the kid is unknown or retired; otherwise whether the signature holds.</summary>
    public bool? Verifieer(string kid, ReadOnlySpan<byte> data, ReadOnlySpan<byte> handtekening) =>
        _ingetrokken.Contains(kid) || !_actief.TryGetValue(kid, out var sleutel) ? null
            : sleutel.VerifyData(data, handtekening, HashAlgorithmName.SHA256);

    public void Dispose()
    {
        foreach (var s in _actief.Values) s.Dispose();
    }
}
