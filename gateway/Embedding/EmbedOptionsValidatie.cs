using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Gateway.Embedding;

/// <summary>
/// Tenants are checked at start-up: a wrong origin, an empty scope ("empty means everything" is
/// never allowed) or a missing key hash stops the gateway with a message naming the tenant.
/// </summary>
public sealed partial class TenantsValidatie(IHostEnvironment omgeving) : IValidateOptions<List<Tenant>>
{
    public static readonly string[] BekendeViews = ["dashboard"];

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();

    [GeneratedRegex("^(NL|PV[0-9]{2}|VR[0-9]{2}|GM[0-9]{4}|RG[0-9]{2,4})$")]
    private static partial Regex Gebiedcode();

    public ValidateOptionsResult Validate(string? name, List<Tenant> tenants)
    {
        var lokaal = omgeving.IsEnvironment(Extensions.LokaleOmgeving);
        var fouten = new List<string>();
        foreach (var dubbel in tenants.GroupBy(t => t.Id).Where(g => g.Count() > 1)) fouten.Add($"Tenant-id '{dubbel.Key}' komt vaker voor.");
        foreach (var t in tenants)
        {
            var w = $"Tenant '{t.Id}':";
            if (string.IsNullOrWhiteSpace(t.Id)) fouten.Add("Een tenant heeft geen Id.");
            if (!Sha256Hex().IsMatch(t.ApiKeyHash)) fouten.Add($"{w} ApiKeyHash is geen SHA-256 in hex (64 tekens).");
            if (t.Scope.Count == 0) fouten.Add($"{w} Scope is leeg; geef de gebiedcodes (NL voor landelijk).");
            fouten.AddRange(t.Scope.Concat(t.Openbaar).Where(c => !Gebiedcode().IsMatch(c)).Select(c => $"{w} '{c}' is geen gebiedcode."));
            fouten.AddRange(t.Views.Where(v => !BekendeViews.Contains(v)).Select(v => $"{w} onbekende view '{v}'."));
            foreach (var o in t.Origins)
            {
                var geldig = Uri.TryCreate(o, UriKind.Absolute, out var uri) && uri.GetLeftPart(UriPartial.Authority) == o
                    && (uri.Scheme == "https" || lokaal && uri.Scheme == "http");
                if (!geldig) fouten.Add($"{w} origin '{o}' is geen exacte origin (https://host[:poort], zonder pad{(lokaal ? "" : "; http alleen lokaal")}).");
            }
        }
        return fouten.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(fouten);
    }
}

/// <summary>Signing keys must be configured outside a local run; a local run without keys gets a fresh one per start.</summary>
public sealed class TokenOptionsValidatie(IHostEnvironment omgeving) : IValidateOptions<TokenOptions>
{
    public ValidateOptionsResult Validate(string? name, TokenOptions o)
    {
        var fouten = new List<string>();
        if (o.Sleutels.Count == 0 && !omgeving.IsEnvironment(Extensions.LokaleOmgeving))
            fouten.Add("Regiemonitor:Tokens:Sleutels is leeg; configureer een ondertekeningssleutel (PrivateKeyFile).");
        if (o.Sleutels.Count > 0 && !o.Sleutels.Any(s => s.Status == "actief")) fouten.Add("Er is geen actieve ondertekeningssleutel.");
        foreach (var s in o.Sleutels)
        {
            if (string.IsNullOrWhiteSpace(s.Kid)) fouten.Add("Een sleutel heeft geen Kid.");
            if (s.Status is not ("actief" or "ingetrokken")) fouten.Add($"Sleutel '{s.Kid}': status '{s.Status}' is niet actief of ingetrokken.");
            if (s.Status == "actief" && string.IsNullOrWhiteSpace(s.PrivateKeyFile) && string.IsNullOrWhiteSpace(s.PrivateKeyPem))
                fouten.Add($"Sleutel '{s.Kid}': PrivateKeyFile of PrivateKeyPem ontbreekt.");
        }
        if (o.MinimaleLevensduur < 1 || o.MaximaleLevensduur > 3600 || o.MinimaleLevensduur > o.StandaardLevensduur || o.StandaardLevensduur > o.MaximaleLevensduur)
            fouten.Add("Levensduren moeten voldoen aan 1 <= minimaal <= standaard <= maximaal <= 3600 seconden.");
        return fouten.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(fouten);
    }
}
