using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults.Telemetrie;

namespace Regiemonitor.Gateway.Embedding;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;embed token&gt;</c>. The validated scope, views and
/// expiry become claims; the reason for a refusal goes to the audit log, never the token.
/// </summary>
public sealed class EmbedTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, EmbedTokens tokens, Audit audit,
    Bedrijfsmetingen metingen)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Schema = "EmbedToken";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var kop = Request.Headers.Authorization.ToString();
        if (!kop.StartsWith("Bearer ", StringComparison.Ordinal)) return Task.FromResult(AuthenticateResult.NoResult());
        var (claims, reden) = tokens.Valideer(kop["Bearer ".Length..].Trim());
        if (claims is null)
        {
            var waarom = $"token-{reden.ToString().ToLowerInvariant()}";
            audit.Geweigerd(Context, null, waarom);
            metingen.TokenGeweigerd(waarom);
            return Task.FromResult(AuthenticateResult.Fail($"Token geweigerd: {reden}."));
        }
        var identiteit = new ClaimsIdentity(
            [
                new Claim(Toegang.TenantClaim, claims.Sub),
                new Claim(Toegang.VerlooptClaim, claims.Exp.ToString(CultureInfo.InvariantCulture)),
                new Claim("jti", claims.Jti),
                .. claims.Scope.Select(s => new Claim(Toegang.ScopeClaim, s)),
                .. claims.Views.Select(v => new Claim(Toegang.ViewClaim, v)),
            ], Schema);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identiteit), Schema)));
    }
}
