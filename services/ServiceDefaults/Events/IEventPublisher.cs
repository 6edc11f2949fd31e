namespace Regiemonitor.ServiceDefaults.Events;

/// <summary>
/// Delivers an event to the subscribers of its topic. Two transports, chosen once by
/// <c>Regiemonitor:Events:Transport</c> (<see cref="EventExtensions.AddEventPublicatie"/>): the
/// embedded default posts it to the configured subscribers, Dapr hands it to the sidecar's pub/sub.
/// Returns when the transport has accepted it; throws when it has not (the outbox then keeps it).
/// </summary>
public interface IEventPublisher
{
    Task Publiceer(string topic, CloudEvent gebeurtenis, CancellationToken ct);
}
