using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Telemetrie;

namespace Regiemonitor.Gateway.Embedding;

/// <summary>Token issuing and revocation, and the iframe shell that receives the token by postMessage.</summary>
public static partial class EmbedEndpoints
{
    public sealed record TokenVerzoek(string? View, string? Gebied, int? LifetimeSeconds);
    public sealed record Revocatie(string? Jti, string? Tenant);

    public static WebApplication MapEmbedding(this WebApplication app)
    {
        app.MapPost("/api/v1/embed/tokens", async (HttpContext http, TokenVerzoek? verzoek, Tenants tenants, EmbedTokens tokens,
            GebiedBoomBron gebieden, IOptions<TokenOptions> options, Audit audit, Bedrijfsmetingen metingen, CancellationToken ct) =>
        {
            IResult Geweigerd(string reden, IResult antwoord)
            {
                metingen.TokenGeweigerd(reden);
                return antwoord;
            }

            var tenant = tenants.MetSleutel(http.Request.Headers["X-Api-Key"]);
            if (tenant is null)
            {
                audit.Geweigerd(http, null, "tenant-sleutel");
                return Geweigerd("tenant-sleutel", Probleem(401, "Niet geauthenticeerd", "Deze aanroep vraagt de API-sleutel van een portaal in X-Api-Key."));
            }
            var o = options.Value;
            var view = verzoek?.View ?? "dashboard";
            var levensduur = verzoek?.LifetimeSeconds ?? o.StandaardLevensduur;
            if (verzoek?.Gebied is not { Length: > 0 } gebied) return Geweigerd("ongeldig", Probleem(400, "Ongeldig verzoek", "gebied ontbreekt."));
            if (levensduur < o.MinimaleLevensduur || levensduur > o.MaximaleLevensduur)
                return Geweigerd("ongeldig", Probleem(400, "Ongeldig verzoek", $"lifetimeSeconds moet tussen {o.MinimaleLevensduur} en {o.MaximaleLevensduur} liggen."));
            if (!tenant.Views.Contains(view))
            {
                audit.Geweigerd(http, tenant.Id, $"view={view}");
                return Geweigerd("view", Probleem(403, "Geen toegang", $"Portaal '{tenant.Id}' mag view '{view}' niet tonen."));
            }
            var boom = await gebieden.Boom(ct);
            if (!boom.Bevat(gebied)) return Geweigerd("onbekend-gebied", Probleem(404, "Gebied niet gevonden", $"Er is geen gebied met code '{gebied}'."));
            if (!boom.InEenSubboom(tenant.Scope, gebied))
            {
                audit.Geweigerd(http, tenant.Id, $"buiten-scope gebied={gebied}");
                return Geweigerd("buiten-scope", Probleem(403, "Geen toegang", $"Gebied {gebied} valt buiten de scope van portaal '{tenant.Id}'."));
            }
            var (token, claims) = tokens.Maak(tenant, view, levensduur);
            audit.TokenUitgegeven(tenant.Id, gebied, claims.Jti, claims.Exp);
            metingen.TokenUitgegeven(tenant.Id);
            var embedUrl = $"{http.Request.Scheme}://{http.Request.Host}/embed/v1/dashboards/{Uri.EscapeDataString(gebied)}?tenant={Uri.EscapeDataString(tenant.Id)}";
            return Results.Json(new { token, embedUrl, expiresAt = DateTimeOffset.FromUnixTimeSeconds(claims.Exp).ToString("O") }, statusCode: 201);
        });

        app.MapPost("/api/v1/embed/revocaties", (Revocatie? r, Revocaties revocaties, TimeProvider tijd) =>
        {
            if (r?.Jti is null && r?.Tenant is null) return Probleem(400, "Ongeldig verzoek", "Geef jti of tenant.");
            var nu = tijd.GetUtcNow().ToUnixTimeSeconds();
            if (r.Jti is { } jti) revocaties.TrekJtiIn(jti, nu);
            if (r.Tenant is { } t) revocaties.TrekTenantIn(t, nu);
            return Results.NoContent();
        }).RequireAuthorization("admin");

        app.MapGet("/embed/v1/dashboards/{gebiedcode}", (HttpContext http, string gebiedcode, string? tenant, Tenants tenants) =>
        {
            var t = tenants.MetId(tenant);
            var origins = t?.Origins ?? [];
            // Only the tenant's own origins may frame the view; never X-Frame-Options, which cannot list origins.
            http.Response.Headers.ContentSecurityPolicy =
                $"frame-ancestors {(origins.Count == 0 ? "'none'" : string.Join(' ', origins))}; default-src 'self'; script-src 'self'; " +
                "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";
            return Results.Content(Schil(gebiedcode, t), "text/html; charset=utf-8");
        });
        return app;
    }

    /// <summary>The data-less page in the iframe: the runtime asks the host for a token and then loads the figures.</summary>
    private static string Schil(string gebied, Tenant? tenant)
    {
        var config = JsonSerializer.Serialize(new
        {
            gebied, tenant = tenant?.Id, origins = tenant?.Origins ?? [], inhoudUrl = "/embed/v1/dashboards/{gebied}/inhoud",
        }).Replace("<", "\\u003c", StringComparison.Ordinal);
        var thema = new StringBuilder();
        foreach (var (naam, waarde) in tenant?.Thema ?? [])
            if (ThemaNaam().IsMatch(naam) && ThemaWaarde().IsMatch(waarde)) thema.Append($"{naam}:{waarde};");
        return $$"""
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Regiemonitor</title><link rel="stylesheet" href="/static/regiemonitor.css"><style>:root{{{thema}}}body{margin:0}main{padding:0 1rem 1rem}</style></head>
            <body><main id="rm-embed"><p>Dashboard wordt geladen…</p></main>
            <script type="application/json" id="rm-embed-config">{{config}}</script>
            <script src="/embed/v1/runtime.js" defer></script></body></html>
            """;
    }

    // Theme values are CSS custom properties and plain values only: nothing that could end the rule.
    [GeneratedRegex("^--[a-z0-9-]{1,80}$")]
    private static partial Regex ThemaNaam();

    [GeneratedRegex("^[#a-zA-Z0-9 .,%()\"'-]{1,120}$")]
    private static partial Regex ThemaWaarde();

    public static IResult Probleem(int status, string titel, string detail) => Results.Problem(statusCode: status, title: titel, detail: detail);
}
