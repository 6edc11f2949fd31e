using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Gateway;

/// <summary>Section <c>Regiemonitor</c> of the gateway.</summary>
public sealed class GatewayOptions
{
    public const string PlaatsvervangendeSleutel = "dev-admin-key";

    /// <summary>The admin key (run.sh maps REGIEMONITOR_ADMIN_KEY onto it). Kept only as a hash after start-up.</summary>
    public string AdminKey { get; set; } = "";

    /// <summary>
    /// Whether every dashboard page, export and JSON view may be opened without a credential. Off
    /// by default: publishing is a choice, made per tenant in its Openbaar list (run.sh turns this
    /// on for a local run only).
    /// </summary>
    public bool OpenbareDashboards { get; set; }

    /// <summary>Addresses of the backend services by name (OpgaveRegistry, Ingestion, Calculation, Reporting).</summary>
    public Dictionary<string, Uri> Services { get; set; } = [];

    public static readonly string[] VerplichteServices = ["OpgaveRegistry", "Ingestion", "Calculation", "Reporting"];
}

/// <summary>
/// Fails start-up on a missing or weak admin key: the placeholder and short keys are accepted
/// only on a local run, never where someone else could reach the gateway.
/// </summary>
public sealed class GatewayOptionsValidatie(IHostEnvironment omgeving) : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions o)
    {
        var fouten = new List<string>();
        if (string.IsNullOrWhiteSpace(o.AdminKey))
            fouten.Add("Regiemonitor:AdminKey ontbreekt (zet REGIEMONITOR_ADMIN_KEY).");
        else if (!omgeving.IsEnvironment(Extensions.LokaleOmgeving) && (o.AdminKey == GatewayOptions.PlaatsvervangendeSleutel || o.AdminKey.Length < 32))
            fouten.Add("Regiemonitor:AdminKey is de voorbeeldsleutel of korter dan 32 tekens; dat mag alleen bij een lokale run.");
        foreach (var naam in GatewayOptions.VerplichteServices.Where(n => !o.Services.ContainsKey(n)))
            fouten.Add($"Regiemonitor:Services:{naam} ontbreekt.");
        return fouten.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(fouten);
    }
}

/// <summary>The admin key as a hash, compared in constant time; the key itself is not kept.</summary>
public sealed class AdminSleutel(IOptions<GatewayOptions> options)
{
    private readonly byte[] _hash = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.AdminKey));

    public bool Klopt(string? aangeboden) =>
        aangeboden is not null && CryptographicOperations.FixedTimeEquals(_hash, SHA256.HashData(Encoding.UTF8.GetBytes(aangeboden)));
}
