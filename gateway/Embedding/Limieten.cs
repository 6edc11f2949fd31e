using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Regiemonitor.Gateway.Embedding;

/// <summary>
/// Requests per minute per tenant (embed tokens) and per IP address (everything without a
/// credential) on the paths that serve figures. Admin calls are not limited. Refusals answer 429
/// with Retry-After.
/// </summary>
public static class Limieten
{
    public static IServiceCollection AddLimieten(this IServiceCollection services, LimietOptions o)
    {
        services.AddRateLimiter(r =>
        {
            r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                // Only paths that serve figures are limited; health probes and static files never are.
                var pad = http.Request.Path;
                if (!(pad.StartsWithSegments("/api") || pad.StartsWithSegments("/dashboards") || pad.StartsWithSegments("/embed/v1/dashboards")))
                    return RateLimitPartition.GetNoLimiter("vrij");
                if (http.User.IsInRole("admin")) return RateLimitPartition.GetNoLimiter("admin");
                var tenant = http.User.FindFirst(Toegang.TenantClaim)?.Value;
                var (sleutel, limiet) = tenant is not null
                    ? ("tenant:" + tenant, o.PerTenantPerMinuut)
                    : ("ip:" + http.Connection.RemoteIpAddress, o.PerIpPerMinuut);
                return RateLimitPartition.GetFixedWindowLimiter(sleutel, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limiet, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                });
            });
            r.OnRejected = async (context, ct) =>
            {
                var wacht = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var duur) ? (int)Math.Ceiling(duur.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = wacht.ToString(CultureInfo.InvariantCulture);
                context.HttpContext.RequestServices.GetRequiredService<Audit>().Geweigerd(context.HttpContext,
                    context.HttpContext.User.FindFirst(Toegang.TenantClaim)?.Value, "te-veel-verzoeken");
                await EmbedEndpoints.Probleem(429, "Te veel verzoeken", $"Probeer het over {wacht} seconden opnieuw.").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}
