using System.Text;
using Dapr.Client;
using Microsoft.Extensions.Options;

namespace Regiemonitor.ServiceDefaults.Events;

/// <summary>
/// Publishes through the Dapr sidecar's pub/sub component. The event is handed over as a whole
/// structured CloudEvent (<c>application/cloudevents+json</c>, the same JSON the embedded
/// transport posts), so Dapr keeps its id, source, type, time, specversion and datacontenttype
/// instead of wrapping it in an envelope of its own, and a subscriber sees the same id after a
/// re-publication. (Published as Dapr.Client's <c>CloudEvent&lt;T&gt;</c>, the sidecar received no
/// specversion: the Dapr test double suite showed it.)
/// </summary>
public sealed class DaprEventPublisher(DaprClient dapr, IOptions<EventOptions> opties) : IEventPublisher
{
    public Task Publiceer(string topic, CloudEvent gebeurtenis, CancellationToken ct) =>
        dapr.PublishByteEventAsync(opties.Value.PubSub, topic, Encoding.UTF8.GetBytes(gebeurtenis.NaarJson()), CloudEvent.MediaType,
            cancellationToken: ct);
}
