using System.Text.Json;
using Dapr.Client;
using Microsoft.Extensions.Options;

namespace Regiemonitor.ServiceDefaults.Events;

/// <summary>
/// Publishes through the Dapr sidecar's pub/sub component. The event is handed over as a whole
/// CloudEvent, so Dapr keeps its id, source, type and time instead of wrapping it in an envelope
/// of its own, and a subscriber sees the same id after a re-publication.
/// </summary>
public sealed class DaprEventPublisher(DaprClient dapr, IOptions<EventOptions> opties) : IEventPublisher
{
    public Task Publiceer(string topic, CloudEvent gebeurtenis, CancellationToken ct) =>
        dapr.PublishEventAsync(opties.Value.PubSub, topic, new Dapr.CloudEvent<JsonElement>(gebeurtenis.Data)
        {
            Id = gebeurtenis.Id,
            Source = new Uri(gebeurtenis.Source, UriKind.RelativeOrAbsolute),
            Type = gebeurtenis.Type,
            Time = gebeurtenis.Time,
        }, ct);
}
