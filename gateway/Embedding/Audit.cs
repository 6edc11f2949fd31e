namespace Regiemonitor.Gateway.Embedding;

/// <summary>
/// One audit line per token issued, view, export and denial: tenant, gebied, result and time
/// (the log timestamp). Never a token or key.
/// </summary>
public sealed class Audit(ILoggerFactory logs)
{
    private readonly ILogger _log = logs.CreateLogger("Regiemonitor.Audit");

    public void TokenUitgegeven(string tenant, string gebied, string jti, long exp) =>
        _log.LogInformation("audit token-uitgegeven tenant={Tenant} gebied={Gebied} jti={Jti} exp={Exp}", tenant, gebied, jti, exp);

    public void Toegestaan(HttpContext http, string? tenant, string soort) =>
        _log.LogInformation("audit {Soort} tenant={Tenant} pad={Pad} resultaat=toegestaan", soort, tenant ?? "-", http.Request.Path.Value);

    public void Geweigerd(HttpContext http, string? tenant, string reden) =>
        _log.LogWarning("audit geweigerd tenant={Tenant} pad={Pad} reden={Reden}", tenant ?? "-", http.Request.Path.Value, reden);
}
