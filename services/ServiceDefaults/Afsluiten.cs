using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Regiemonitor.ServiceDefaults;

/// <summary>
/// Section <c>Regiemonitor:Afsluiten</c>: how a process stops on SIGTERM. Readiness fails at once,
/// then after <see cref="Vertraging"/> Kestrel stops accepting and in-flight requests get up to
/// <see cref="Wachttijd"/> to finish. Kubernetes' terminationGracePeriodSeconds must exceed both together.
/// </summary>
public sealed class AfsluitOptions
{
    public const string Sectie = "Regiemonitor:Afsluiten";

    /// <summary>How long in-flight requests may still take once the process stops accepting (HostOptions.ShutdownTimeout).</summary>
    public TimeSpan Wachttijd { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long the process keeps serving after SIGTERM while reporting not ready, so Kubernetes has
    /// taken it out of its Service before connections are refused. Zero on one machine.
    /// </summary>
    public TimeSpan Vertraging { get; set; } = TimeSpan.Zero;
}

/// <summary>Holds the stop for <see cref="AfsluitOptions.Vertraging"/> before the server stops accepting.</summary>
public sealed class Afsluitvertraging(IOptions<AfsluitOptions> options, TimeProvider tijd, ILogger<Afsluitvertraging> log) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        log.LogInformation("Afsluiten: niet meer gereed; over {Vertraging} geen nieuwe verzoeken meer, lopende verzoeken krijgen tot {Wachttijd}.",
            o.Vertraging, o.Wachttijd);
        if (o.Vertraging > TimeSpan.Zero)
            try { await Task.Delay(o.Vertraging, tijd, cancellationToken); }
            catch (OperationCanceledException) { }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Not ready from the moment the process is asked to stop, so no new traffic is routed to it.</summary>
public sealed class Afsluitgezondheid(IHostApplicationLifetime levensloop) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(levensloop.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("Het proces wordt afgesloten.")
            : HealthCheckResult.Healthy());
}

public static class AfsluitExtensions
{
    public static IServiceCollection AddAfsluiten(this IServiceCollection services)
    {
        services.AddOptions<AfsluitOptions>().BindConfiguration(AfsluitOptions.Sectie)
            .Validate(o => o.Wachttijd > TimeSpan.Zero && o.Vertraging >= TimeSpan.Zero,
                "Regiemonitor:Afsluiten: Wachttijd moet groter dan 0 zijn en Vertraging mag niet negatief zijn.")
            .ValidateOnStart();
        services.AddOptions<HostOptions>().Configure<IOptions<AfsluitOptions>>((h, a) => h.ShutdownTimeout = a.Value.Wachttijd);
        services.AddHostedService<Afsluitvertraging>();
        return services;
    }
}
