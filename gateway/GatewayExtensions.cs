using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Gateway;

public static class GatewayExtensions
{
    /// <summary>
    /// The gateway's registrations. YARP routes and clusters live in appsettings.json; each
    /// cluster's destination is the service address from <c>Regiemonitor:Services</c>, the one
    /// setting that every process reads, so an address is configured in one place.
    /// </summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        var clusters = builder.Configuration.GetSection("ReverseProxy:Clusters").GetChildren().Select(c => c.Key).ToList();
        builder.Configuration.AddInMemoryCollection(clusters.Select(c => new KeyValuePair<string, string?>(
            $"ReverseProxy:Clusters:{c}:Destinations:{c}:Address", builder.Configuration[$"Regiemonitor:Services:{c}"])));

        builder.Services.AddOptions<GatewayOptions>().BindConfiguration("Regiemonitor").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidatie>();
        builder.Services.AddSingleton<AdminSleutel>();
        builder.Services.AddSingleton<ServiceGezondheid>();
        builder.Services.AddAuthentication(ApiKeyAuthentication.Schema)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.Schema, null);
        var openbaar = builder.Configuration.GetValue<bool>("Regiemonitor:OpenbareDashboards");
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("admin", p => p.RequireRole("admin"))
            .AddPolicy("pagina", p => { if (openbaar) p.RequireAssertion(_ => true); else p.RequireRole("admin"); });
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
    }

    /// <summary>Headers of the NL API Design Rules on every answer; API answers may never be framed or cached.</summary>
    public static WebApplication UseBeveiligingsheaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                headers.ContentSecurityPolicy = "frame-ancestors 'none'";
                headers.CacheControl = "no-store";
            }
            return next(context);
        });
        return app;
    }

    /// <summary><c>GET /openapi.json</c>: the OpenAPI 3.0 description of the public API, shipped with the gateway.</summary>
    public static WebApplication MapOpenApiDocument(this WebApplication app)
    {
        app.MapGet("/openapi.json", () =>
        {
            var stroom = typeof(GatewayExtensions).Assembly.GetManifestResourceStream("openapi.json")!;
            return Results.Stream(stroom, "application/json");
        });
        return app;
    }
}
