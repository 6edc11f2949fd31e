using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Regiemonitor.Gateway.Embedding;

/// <summary>The claims of an embed token.</summary>
public sealed record EmbedClaims(
    [property: JsonPropertyName("iss")] string Iss,
    [property: JsonPropertyName("aud")] string Aud,
    [property: JsonPropertyName("sub")] string Sub,
    [property: JsonPropertyName("scope")] string[] Scope,
    [property: JsonPropertyName("views")] string[] Views,
    [property: JsonPropertyName("origins")] string[] Origins,
    [property: JsonPropertyName("jti")] string Jti,
    [property: JsonPropertyName("iat")] long Iat,
    [property: JsonPropertyName("nbf")] long Nbf,
    [property: JsonPropertyName("exp")] long Exp);

/// <summary>Why a token was refused (logged and audited; the token itself never is).</summary>
public enum Weigering { Geen, Vorm, Algoritme, Sleutel, Handtekening, Uitgever, Publiek, NogNietGeldig, Verlopen, Ingetrokken, OnbekendeTenant }

/// <summary>
/// Short-lived JWTs (RFC 7519) signed with ES256 and a <c>kid</c>. Validation accepts exactly
/// ES256 (no <c>none</c>, no HMAC with a public key), a known active kid, the issuer and audience,
/// exp/nbf within a small leeway, and no revocation.
/// </summary>
public sealed class EmbedTokens(Sleutelring sleutels, Revocaties revocaties, IOptions<TokenOptions> options, TimeProvider tijd)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
    private const int MaxOnthouden = 10_000;

    // A portal sends the same token with every request: its signature is checked once. The key is
    // the whole token, signature included, so no other string can match; time and revocation are
    // still checked on every request.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, EmbedClaims> _geverifieerd = new(StringComparer.Ordinal);

    public (string Token, EmbedClaims Claims) Maak(Tenant tenant, string view, int levensduurSeconden)
    {
        var nu = tijd.GetUtcNow().ToUnixTimeSeconds();
        var o = options.Value;
        // The token carries the tenant's scope, not only the gebied asked for: drill-down within scope keeps working.
        var claims = new EmbedClaims(o.Issuer, o.Audience, tenant.Id, [.. tenant.Scope], [view], [.. tenant.Origins],
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), nu, nu, nu + levensduurSeconden);
        var kop = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new { alg = "ES256", typ = "JWT", kid = sleutels.OndertekenKid }));
        var inhoud = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, Json));
        var handtekening = Base64Url.EncodeToString(sleutels.Onderteken(Encoding.ASCII.GetBytes($"{kop}.{inhoud}")));
        return ($"{kop}.{inhoud}.{handtekening}", claims);
    }

    public (EmbedClaims? Claims, Weigering Reden) Valideer(string token)
    {
        if (_geverifieerd.TryGetValue(token, out var bekend)) return Tijdig(bekend);
        var (claims, reden) = Verifieer(token);
        if (claims is null) return (null, reden);
        if (_geverifieerd.Count >= MaxOnthouden) _geverifieerd.Clear();
        _geverifieerd[token] = claims;
        return Tijdig(claims);
    }

    private (EmbedClaims? Claims, Weigering Reden) Tijdig(EmbedClaims claims)
    {
        var nu = tijd.GetUtcNow().ToUnixTimeSeconds();
        var speling = options.Value.SpelingSeconden;
        if (claims.Nbf > nu + speling) return (null, Weigering.NogNietGeldig);
        if (claims.Exp <= nu - speling) return (null, Weigering.Verlopen);
        if (revocaties.IsIngetrokken(claims)) return (null, Weigering.Ingetrokken);
        return (claims, Weigering.Geen);
    }

    /// <summary>Form, algorithm, key, signature, issuer and audience: what never changes for a given token.</summary>
    private (EmbedClaims? Claims, Weigering Reden) Verifieer(string token)
    {
        var delen = token.Split('.');
        if (delen.Length != 3) return (null, Weigering.Vorm);
        JsonElement kop;
        EmbedClaims? claims;
        byte[] handtekening;
        try
        {
            kop = JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(delen[0]));
            handtekening = Base64Url.DecodeFromChars(delen[2]);
            claims = JsonSerializer.Deserialize<EmbedClaims>(Base64Url.DecodeFromChars(delen[1]), Json);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return (null, Weigering.Vorm);
        }
        if (kop.ValueKind != JsonValueKind.Object || !kop.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "ES256")
            return (null, Weigering.Algoritme);
        if (!kop.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String) return (null, Weigering.Sleutel);
        switch (sleutels.Verifieer(kid.GetString()!, Encoding.ASCII.GetBytes($"{delen[0]}.{delen[1]}"), handtekening))
        {
            case null: return (null, Weigering.Sleutel);
            case false: return (null, Weigering.Handtekening);
        }
        if (claims is null || claims.Scope is null || claims.Views is null || claims.Origins is null) return (null, Weigering.Vorm);

        var o = options.Value;
        if (claims.Iss != o.Issuer) return (null, Weigering.Uitgever);
        if (claims.Aud != o.Audience) return (null, Weigering.Publiek);
        return (claims, Weigering.Geen);
    }
}
