namespace Regiemonitor.ServiceDefaults.Events;

/// <summary>Section <c>Regiemonitor:Events</c>: how events travel.</summary>
public sealed class EventOptions
{
    public const string Sectie = "Regiemonitor:Events";

    /// <summary><c>Embedded</c> (default, one machine: HTTP to <see cref="Abonnees"/>) or <c>Dapr</c> (Kubernetes: the sidecar's pub/sub).</summary>
    public EventTransport Transport { get; set; } = EventTransport.Embedded;

    /// <summary>The Dapr pub/sub component (<c>Regiemonitor:Events:PubSub</c>), for both publishing and <c>/dapr/subscribe</c>.</summary>
    public string PubSub { get; set; } = "pubsub";

    /// <summary>
    /// Embedded transport: per topic the URLs that receive its events as an HTTP POST of the
    /// CloudEvent, e.g. <c>Regiemonitor:Events:Abonnees:realisatie-geimporteerd:0</c>. A topic
    /// without subscribers is published to nobody, which is not an error.
    /// </summary>
    public Dictionary<string, List<string>> Abonnees { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Seconds one delivery may take before it counts as failed (and is tried again later).</summary>
    public int TimeoutSeconden { get; set; } = 10;
}

public enum EventTransport
{
    Embedded,
    Dapr,
}
