namespace Regiemonitor.Gateway.Embedding;

/// <summary>A portal that embeds Regiemonitor views (section <c>Regiemonitor:Tenants</c>).</summary>
public sealed class Tenant
{
    public string Id { get; set; } = "";
    public string Naam { get; set; } = "";
    /// <summary>SHA-256 of the tenant's API key, hex: the key itself is never stored.</summary>
    public string ApiKeyHash { get; set; } = "";
    /// <summary>Exact origins that may frame the views (<c>https://www.provincie.nl</c>).</summary>
    public List<string> Origins { get; set; } = [];
    /// <summary>Gebiedcodes whose subtree the tenant may show; national access is an explicit <c>NL</c>.</summary>
    public List<string> Scope { get; set; } = [];
    public List<string> Views { get; set; } = [];
    /// <summary>Theme tokens (CSS custom properties) applied to the embedded view.</summary>
    public Dictionary<string, string> Thema { get; set; } = [];
    /// <summary>Gebieden this tenant publishes read-only without a token (public mode).</summary>
    public List<string> Openbaar { get; set; } = [];
}

/// <summary>A signing key (section <c>Regiemonitor:Tokens:Sleutels</c>), by reference to a PEM file or value.</summary>
public sealed class Sleutel
{
    public string Kid { get; set; } = "";
    /// <summary><c>actief</c> (signs if it is the newest, verifies) or <c>ingetrokken</c> (refused).</summary>
    public string Status { get; set; } = "actief";
    public string? PrivateKeyFile { get; set; }
    public string? PrivateKeyPem { get; set; }
}

/// <summary>Section <c>Regiemonitor:Tokens</c>.</summary>
public sealed class TokenOptions
{
    public string Issuer { get; set; } = "regiemonitor";
    public string Audience { get; set; } = "regiemonitor-embed";
    public List<Sleutel> Sleutels { get; set; } = [];
    public int StandaardLevensduur { get; set; } = 600;
    public int MinimaleLevensduur { get; set; } = 60;
    public int MaximaleLevensduur { get; set; } = 3600;
    /// <summary>Allowed clock difference for exp/nbf.</summary>
    public int SpelingSeconden { get; set; } = 30;
}

/// <summary>Section <c>Regiemonitor:Limieten</c>: requests per minute.</summary>
public sealed class LimietOptions
{
    public int PerTenantPerMinuut { get; set; } = 600;
    public int PerIpPerMinuut { get; set; } = 300;
}
