using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Regiemonitor.Gateway.Embedding;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Opslag;

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
        builder.Services.AddOptions<List<Tenant>>().BindConfiguration("Regiemonitor:Tenants").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<List<Tenant>>, TenantsValidatie>();
        builder.Services.AddOptions<TokenOptions>().BindConfiguration("Regiemonitor:Tokens").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TokenOptions>, TokenOptionsValidatie>();
        builder.Services.AddOpslagOptions("Gateway");
        builder.Services.AddSingleton<AdminSleutel>();
        builder.Services.AddSingleton<ServiceGezondheid>();
        builder.Services.AddServiceClient<OpgaveRegistryService.OpgaveRegistryServiceClient>(builder.Configuration, "OpgaveRegistry");
        builder.Services.AddSingleton<GebiedBoomBron>();
        builder.Services.AddSingleton<Tenants>();
        builder.Services.AddSingleton<Sleutelring>();
        builder.Services.AddSingleton(sp => new Revocaties(Database.Voor(sp, "Gateway", "gateway.db"), sp.Opslag().DataDir));
        builder.Services.InitialiseerBijStart<Revocaties>();
        builder.Services.AddSingleton<EmbedTokens>();
        builder.Services.AddSingleton<Audit>();
        builder.Services.AddSingleton<IAuthorizationHandler, Toegang>();

        // One default scheme that picks the handler by the credential offered; refusals are problem+json.
        builder.Services.AddAuthentication(o => { o.DefaultScheme = "Regiemonitor"; o.DefaultChallengeScheme = ApiKeyAuthentication.Schema; o.DefaultForbidScheme = ApiKeyAuthentication.Schema; })
            .AddPolicyScheme("Regiemonitor", null, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal) ? EmbedTokenAuthentication.Schema : ApiKeyAuthentication.Schema)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.Schema, null)
            .AddScheme<AuthenticationSchemeOptions, EmbedTokenAuthentication>(EmbedTokenAuthentication.Schema, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("admin", p => p.RequireRole("admin"))
            .AddPolicy("dashboard", p => p.AddRequirements(new DashboardToegang()));
        builder.Services.AddLimieten(builder.Configuration.GetSection("Regiemonitor:Limieten").Get<LimietOptions>() ?? new LimietOptions());
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy")).AddTransforms(Doorgifte.Voeg);
        builder.Services.AddSingleton<Yarp.ReverseProxy.Forwarder.IForwarderHttpClientFactory, Doorstuurclients>();
        return builder;
    }

    /// <summary>
    /// An admin's import streams through to the service, which enforces Regiemonitor:MaxImportBytes
    /// and says so in a problem answer; Kestrel's own 30 MB cut-off here would answer a bare 413.
    /// Every other request keeps Kestrel's limit.
    /// </summary>
    public static WebApplication UseImportdoorgifte(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/v1/imports") && context.User.IsInRole("admin")
                && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } grens)
                grens.MaxRequestBodySize = null;
            return next(context);
        });
        return app;
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
