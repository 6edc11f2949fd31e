using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Regiemonitor.ServiceDefaults.Opslag;

/// <summary>
/// Builds a store when the host starts instead of at the first request that needs it, so its
/// schema migrations run at start-up: a database that cannot be migrated stops the process before
/// it takes traffic, and the first request does not pay for the migration.
/// </summary>
public static class OpslagBijStart
{
    public static IServiceCollection InitialiseerBijStart<TStore>(this IServiceCollection services) where TStore : class =>
        services.AddHostedService(sp => new Initialisatie<TStore>(sp));

    // Generic per store: AddHostedService keeps only one registration per implementation type.
    private sealed class Initialisatie<TStore>(IServiceProvider services) : IHostedService where TStore : class
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<TStore>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
