using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Regiemonitor.Gateway;

/// <summary>
/// Authenticates admin calls by the <c>X-Api-Key</c> header, and answers refusals as
/// problem+json like every other error of the API.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AdminSleutel sleutel)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Schema = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var waarde)) return Task.FromResult(AuthenticateResult.NoResult());
        if (!sleutel.Klopt(waarde.ToString())) return Task.FromResult(AuthenticateResult.Fail("Onjuiste API-sleutel."));
        var identiteit = new ClaimsIdentity([new Claim(ClaimTypes.Role, "admin")], Schema);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identiteit), Schema)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Probleem(StatusCodes.Status401Unauthorized, "Niet geauthenticeerd",
            $"Deze aanroep vraagt een geldige sleutel in de header {Header} of een geldig token in Authorization: Bearer.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Probleem(StatusCodes.Status403Forbidden, "Geen toegang", "Deze sleutel geeft geen toegang tot deze aanroep.");

    private Task Probleem(int status, string titel, string detail) =>
        Embedding.EmbedEndpoints.Probleem(status, titel, detail).ExecuteAsync(Context);
}
