using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Regiemonitor.ServiceDefaults.Events;

public static class EventExtensions
{
    /// <summary>
    /// The publisher for <c>Regiemonitor:Events:Transport</c>: the one place where the transport
    /// of events is chosen. Subscriber URLs are checked at start-up, so a typo fails fast.
    /// </summary>
    public static IServiceCollection AddEventPublicatie(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventOptions>().BindConfiguration(EventOptions.Sectie)
            .Validate(o => o.TimeoutSeconden > 0, "Regiemonitor:Events:TimeoutSeconden moet groter dan 0 zijn.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.PubSub), "Regiemonitor:Events:PubSub mag niet leeg zijn.")
            .Validate(o => o.Abonnees.Values.SelectMany(a => a).All(IsAbonneeAdres),
                "Regiemonitor:Events:Abonnees:<topic>:<n> moet een absolute http(s)-URL zijn.")
            .ValidateOnStart();
        var transport = configuration.GetValue($"{EventOptions.Sectie}:Transport", EventTransport.Embedded);
        if (transport == EventTransport.Dapr)
        {
            // The sidecar's address comes from DAPR_GRPC_ENDPOINT / DAPR_GRPC_PORT, set by Dapr.
            services.AddSingleton(_ => new DaprClientBuilder().Build());
            services.AddSingleton<IEventPublisher, DaprEventPublisher>();
        }
        else
        {
            services.AddHttpClient(EmbeddedEventPublisher.HttpClientNaam, (sp, http) =>
                http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<EventOptions>>().Value.TimeoutSeconden));
            services.AddSingleton<IEventPublisher, EmbeddedEventPublisher>();
        }
        return services;
    }

    /// <summary>
    /// A transactional outbox in <paramref name="database"/> (the store's own, so batch and event
    /// share a transaction), and the dispatcher that publishes from it.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, Func<IServiceProvider, Opslag.Database> database)
    {
        services.AddSingleton(sp =>
        {
            var outbox = new Outbox(database(sp), sp.GetRequiredService<ILogger<Outbox>>());
            outbox.Initialiseer();
            return outbox;
        });
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }

    private static bool IsAbonneeAdres(string adres) =>
        Uri.TryCreate(adres, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
