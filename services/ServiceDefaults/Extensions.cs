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
using Regiemonitor.ServiceDefaults.Aanroepen;
using Regiemonitor.ServiceDefaults.Geheimen;

namespace Regiemonitor.ServiceDefaults;

public static class Extensions
{
    /// <summary>The environment name of a run on one machine (run.sh, tests): the only one that accepts placeholder keys.</summary>
    public const string LokaleOmgeving = "Local";

    /// <summary>What every process needs, the gateway included: telemetry, the clock, problem details.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        // First, so everything below and after reads the secrets (Regiemonitor:Geheimen, Kubernetes).
        builder.Configuration.AddDaprGeheimen();
        builder.AddTelemetrie();
        // Per-request framework logs drown the start-up and error lines people need to see.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Yarp", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddAfsluiten();
        return builder;
    }

    /// <summary>
    /// A backend service: <see cref="AddServiceDefaults"/> plus gRPC with health and reflection.
    /// Backends speak cleartext HTTP/2 only: gRPC needs it, and the gateway forwards REST calls to
    /// them over HTTP/2 as well, so one port per service suffices.
    /// </summary>
    public static WebApplicationBuilder AddBackendDefaults(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(e => e.Protocols = HttpProtocols.Http2));
        if (builder.Configuration.GetValue<int?>("Regiemonitor:Http1Poort") is { } http1Poort)
        {
            // An extra plain HTTP/1.1 port for probes and HTTP/1-only tools (nginx upstreams, wrk);
            // listening explicitly replaces the configured URLs, so those are listened on here too.
            var urls = (builder.Configuration["urls"] ?? "http://127.0.0.1:5000")
                .Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(u => new Uri(u.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal)))
                .ToList();
            builder.WebHost.ConfigureKestrel(k =>
            {
                foreach (var url in urls) k.Listen(Adres(url.Host), url.Port, o => o.Protocols = HttpProtocols.Http2);
                k.Listen(Adres(urls.FirstOrDefault()?.Host ?? "127.0.0.1"), http1Poort, o => o.Protocols = HttpProtocols.Http1);
            });
        }
        builder.Services.AddGrpc(o => o.EnableDetailedErrors = builder.Environment.IsEnvironment(LokaleOmgeving));
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks().AddCheck("self", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy())
            .AddCheck<Afsluitgezondheid>("afsluiten");
        return builder;
    }

    /// <summary>
    /// gRPC health (grpc.health.v1.Health) and reflection, served by every service, and the same
    /// health as <c>GET /healthz</c> for HTTP probes (on the HTTP/1 port where one is configured).
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }

    /// <summary>
    /// Registers a generated gRPC client for another service, with its address from
    /// <c>Regiemonitor:Services:&lt;naam&gt;</c>. The one place where transport is chosen:
    /// <c>Regiemonitor:Transport</c> <c>Direct</c> (default) or <c>Dapr</c> (<see cref="Transport.DiensttransportKeuze"/>).
    /// </summary>
    public static IServiceCollection AddServiceClient<TClient>(this IServiceCollection services, IConfiguration configuration, string naam)
        where TClient : class
    {
        var adres = configuration[$"Regiemonitor:Services:{naam}"];
        if (!Uri.TryCreate(adres, UriKind.Absolute, out var uri))
            throw new InvalidOperationException(
                $"Configuratie 'Regiemonitor:Services:{naam}' ontbreekt of is geen absolute URL (gevonden: '{adres}').");
        // Deadline, retries and circuit breaking once, after the transport's interceptor (Aanroepen/Aanroepbeleid).
        Transport.DiensttransportKeuze.Configureer(services.AddGrpcClient<TClient>(o => o.Address = uri), configuration, naam)
            .AddAanroepbeleid(naam);
        return services;
    }

    private static System.Net.IPAddress Adres(string host) => host switch
    {
        "localhost" => System.Net.IPAddress.Loopback,
        _ => System.Net.IPAddress.Parse(host),
    };

    private static void AddTelemetrie(this WebApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(o => { o.IncludeScopes = true; o.IncludeFormattedMessage = true; });
        builder.Services.AddSingleton<Telemetrie.Bedrijfsmetingen>();
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Environment.ApplicationName))
            // Grpc.Net.Client starts an activity per call around its HTTP request even when nobody
            // listens; unexported, it would be the missing parent of every gRPC client span and break
            // the trace between services. Exported, it is the call's client span.
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource("Grpc.Net.Client", "Regiemonitor.*"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter("Regiemonitor.*"));
        // Export only where a collector is configured; without one, telemetry stays in-process.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            otel.UseOtlpExporter();
    }
}
