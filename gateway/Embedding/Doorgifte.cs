using System.Globalization;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Regiemonitor.Gateway.Embedding;

/// <summary>
/// What the gateway tells the services about a request: whatever the client sent under these
/// names (and its credentials) is removed; the validated scope, tenant and expiry are added, and
/// the services enforce the scope again.
/// </summary>
public static class Doorgifte
{
    public const string ScopeHeader = "X-Regiemonitor-Scope";
    public const string TenantHeader = "X-Regiemonitor-Tenant";
    public const string VerlooptHeader = "X-Regiemonitor-Geldig-Tot";

    public static void Voeg(TransformBuilderContext context)
    {
        context.AddRequestTransform(t =>
        {
            var headers = t.ProxyRequest.Headers;
            foreach (var naam in headers.Select(h => h.Key).Where(k => k.StartsWith("X-Regiemonitor-", StringComparison.OrdinalIgnoreCase)).ToList())
                headers.Remove(naam);
            headers.Remove("X-Api-Key");
            headers.Remove("Authorization");
            if (t.HttpContext.Items[Toegang.Item] is Toegangsbesluit besluit)
            {
                headers.Add(ScopeHeader, string.Join(',', besluit.Scope));
                if (besluit.Tenant is { } tenant) headers.Add(TenantHeader, tenant);
                if (besluit.Verloopt is { } exp) headers.Add(VerlooptHeader, exp.ToString(CultureInfo.InvariantCulture));
            }
            else if (t.HttpContext.User.IsInRole("admin"))
            {
                // Admin-only routes (editions, batch history) reach services that enforce a scope too: the admin sees NL.
                headers.Add(ScopeHeader, "NL");
            }
            return ValueTask.CompletedTask;
        });
        context.AddResponseTransform(t =>
        {
            // Published views may be cached by browsers and proxies; everything else may not.
            if (t.HttpContext.Items[Toegang.Item] is Toegangsbesluit { Soort: "openbaar" } && t.HttpContext.Response.StatusCode == 200)
                t.HttpContext.Response.Headers.CacheControl = "public, max-age=300";
            return ValueTask.CompletedTask;
        });
    }
}
