using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Regiemonitor.ServiceDefaults;

public static class Extensions
{
    /// <summary>The environment name of a run on one machine (run.sh, tests): the only one that accepts placeholder keys.</summary>
    public const string LokaleOmgeving = "Local";

    /// <summary>
    /// Telemetry, health, gRPC with reflection, problem details and the clock for a backend
    /// service. Backends speak cleartext HTTP/2 only: gRPC needs it, and the gateway forwards
    /// REST calls to them over HTTP/2 as well, so one port per service suffices.
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, bool alleenHttp2 = true)
    {
        if (alleenHttp2)
            builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(e => e.Protocols = HttpProtocols.Http2));

        builder.AddTelemetrie();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddGrpc(o => o.EnableDetailedErrors = builder.Environment.IsEnvironment(LokaleOmgeving));
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks().AddCheck("self", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());
        return builder;
    }

    /// <summary>gRPC health (grpc.health.v1.Health) and reflection, served by every service.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }

    /// <summary>
    /// Registers a generated gRPC client for another service, with its address from
    /// <c>Regiemonitor:Services:&lt;naam&gt;</c>. The one place where transport is chosen.
    /// </summary>
    public static IServiceCollection AddServiceClient<TClient>(this IServiceCollection services, IConfiguration configuration, string naam)
        where TClient : class
    {
        var adres = configuration[$"Regiemonitor:Services:{naam}"];
        if (!Uri.TryCreate(adres, UriKind.Absolute, out var uri))
            throw new InvalidOperationException(
                $"Configuratie 'Regiemonitor:Services:{naam}' ontbreekt of is geen absolute URL (gevonden: '{adres}').");
        services.AddGrpcClient<TClient>(o => o.Address = uri);
        return services;
    }

    private static void AddTelemetrie(this WebApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(o => { o.IncludeScopes = true; o.IncludeFormattedMessage = true; });
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Environment.ApplicationName))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource("Regiemonitor.*"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter("Regiemonitor.*"));
        // Export only where a collector is configured; without one, telemetry stays in-process.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            otel.UseOtlpExporter();
    }
}
