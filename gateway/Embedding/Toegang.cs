using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Gateway.Embedding;

/// <summary>The validated access of one request, handed to the services as headers.</summary>
public sealed record Toegangsbesluit(IReadOnlyList<string> Scope, string? Tenant, long? Verloopt, string Soort);

/// <summary>Requirement of every route that shows figures.</summary>
public sealed class DashboardToegang : IAuthorizationRequirement;

/// <summary>
/// Decides who may see which gebied, failing closed: the admin key sees <c>NL</c>; an embed token
/// its own scope, and only with the dashboard view; without a credential only what a tenant
/// publishes (or everything on a local run with public dashboards on). A gebied outside the
/// scope is refused; a credential that does not validate is refused even for a public gebied.
/// </summary>
public sealed class Toegang(GebiedBoomBron gebieden, Tenants tenants, IOptions<GatewayOptions> gateway, Audit audit)
    : AuthorizationHandler<DashboardToegang>
{
    public const string ScopeClaim = "rm-scope";
    public const string ViewClaim = "rm-view";
    public const string TenantClaim = "rm-tenant";
    public const string VerlooptClaim = "rm-verloopt";
    public const string Item = "rm-toegang";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, DashboardToegang requirement)
    {
        if (context.Resource is not HttpContext http) return;
        var gebied = http.Request.RouteValues["gebiedcode"] as string;
        var user = context.User;
        var tenant = user.FindFirst(TenantClaim)?.Value;
        Toegangsbesluit? besluit = null;

        if (user.IsInRole("admin")) besluit = new(["NL"], null, null, "admin");
        else if (user.HasClaim(c => c.Type == ScopeClaim))
        {
            if (!user.HasClaim(ViewClaim, "dashboard")) { audit.Geweigerd(http, tenant, "view"); return; }
            besluit = new([.. user.FindAll(ScopeClaim).Select(c => c.Value)], tenant,
                long.Parse(user.FindFirst(VerlooptClaim)!.Value, System.Globalization.CultureInfo.InvariantCulture), "token");
        }
        else if (http.Request.Headers.ContainsKey("X-Api-Key") || http.Request.Headers.ContainsKey("Authorization"))
        {
            return; // a credential was offered and did not validate: 401, never the public view
        }
        else if (gateway.Value.OpenbareDashboards && http.Request.Path.StartsWithSegments("/dashboards"))
            besluit = new(["NL"], null, null, "lokaal"); // pages only: the API always asks for a credential
        else if (gebied is not null)
        {
            var boom = await gebieden.Boom(http.RequestAborted);
            var uitgever = tenants.Alle.FirstOrDefault(t => boom.InEenSubboom(t.Openbaar, gebied));
            if (uitgever is not null) besluit = new([.. uitgever.Openbaar], uitgever.Id, null, "openbaar");
        }
        if (besluit is null) { audit.Geweigerd(http, tenant, "geen-toegang"); return; }
        // Toezicht and planning (assessments with motivations, concept scenarios, prognoses) are for
        // the province's own officials: an embed token or a published gebied shows dashboards only.
        if (besluit.Soort is "token" or "openbaar" && IsToezicht(http.Request.Path))
        {
            audit.Geweigerd(http, besluit.Tenant, "toezicht");
            return;
        }

        if (gebied is not null && besluit.Scope is not ["NL"])
        {
            var boom = await gebieden.Boom(http.RequestAborted);
            // An unknown code passes here so the caller gets the service's 404, which tells nothing about other areas.
            if (boom.Bevat(gebied) && !boom.InEenSubboom(besluit.Scope, gebied))
            {
                audit.Geweigerd(http, besluit.Tenant, $"buiten-scope gebied={gebied}");
                return;
            }
        }
        http.Items[Item] = besluit;
        audit.Toegestaan(http, besluit.Tenant, http.Request.Path.Value?.Contains("/export", StringComparison.Ordinal) == true
            || http.Request.Query.ContainsKey("format") ? "export" : "weergave");
        context.Succeed(requirement);
    }

    private static readonly string[] ToezichtApi = ["/api/v1/taakstelling", "/api/v1/prognoses", "/api/v1/scenarios"];
    private static readonly string[] ToezichtPaginas = ["voortgang", "prognose", "scenarios"];

    /// <summary>A toezicht or planning view: its API, or a page below <c>/dashboards/{gebiedcode}/</c>.</summary>
    public static bool IsToezicht(PathString pad)
    {
        if (ToezichtApi.Any(p => pad.StartsWithSegments(p))) return true;
        var delen = (pad.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return delen is ["dashboards", _, var onderdeel, ..] && ToezichtPaginas.Contains(onderdeel);
    }
}
