using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Regiemonitor.ServiceDefaults.Events;

/// <summary>What a subscriber does with an event it has not seen before.</summary>
public delegate Task EventVerwerking(string topic, CloudEvent gebeurtenis, CancellationToken ct);

/// <summary>
/// The subscriber side, the same for both transports: <c>GET /dapr/subscribe</c> tells a Dapr
/// sidecar which topics go to which route (programmatic subscription), and
/// <c>POST /events/{topic}</c> takes a CloudEvent from the sidecar or from the embedded
/// publisher. Delivery is at least once, so an event id seen before is acknowledged and skipped.
/// The answers follow Dapr's contract: 200 with <c>SUCCESS</c>, 200 with <c>DROP</c> for a
/// message that can never be processed, and any other status to be tried again.
/// </summary>
public static partial class EventOntvangst
{
    public const string RoutePrefix = "/events/";

    public static string Route(string topic) => RoutePrefix + topic;

    /// <summary>Registers what <see cref="MapEventOntvangst"/> needs: the event options and the memory of seen ids.</summary>
    public static IServiceCollection AddEventOntvangst(this IServiceCollection services)
    {
        services.AddOptions<EventOptions>().BindConfiguration(EventOptions.Sectie);
        services.AddSingleton<OntvangenGebeurtenissen>();
        return services;
    }

    public static IEndpointRouteBuilder MapEventOntvangst(this IEndpointRouteBuilder routes, IReadOnlyList<string> topics, EventVerwerking verwerk)
    {
        routes.MapGet("/dapr/subscribe", (IOptions<EventOptions> opties) =>
            Results.Json(topics.Select(t => new { pubsubname = opties.Value.PubSub, topic = t, route = Route(t) })));

        foreach (var topic in topics)
            routes.MapPost(Route(topic), async (HttpContext http, OntvangenGebeurtenissen gezien, ILoggerFactory logs, CancellationToken ct) =>
            {
                var log = logs.CreateLogger(typeof(EventOntvangst).FullName!);
                using var lezer = new StreamReader(http.Request.Body);
                if (CloudEvent.Lees(await lezer.ReadToEndAsync(ct), out var reden) is not { } gebeurtenis)
                {
                    LogOnleesbaar(log, topic, reden!);
                    return Results.Json(new { status = "DROP" });
                }
                if (gezien.Bevat(gebeurtenis.Id))
                {
                    LogDubbel(log, gebeurtenis.Id, topic);
                    return Results.Json(new { status = "SUCCESS" });
                }
                await verwerk(topic, gebeurtenis, ct);
                gezien.Onthoud(gebeurtenis.Id);
                LogVerwerkt(log, gebeurtenis.Id, topic);
                return Results.Json(new { status = "SUCCESS" });
            });
        return routes;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gebeurtenis {Id} op {Topic} verwerkt.")]
    private static partial void LogVerwerkt(ILogger log, string id, string topic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gebeurtenis {Id} op {Topic} was al verwerkt; overgeslagen.")]
    private static partial void LogDubbel(ILogger log, string id, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bericht op {Topic} is geen bruikbare CloudEvent ({Reden}); laten vallen.")]
    private static partial void LogOnleesbaar(ILogger log, string topic, string reden);
}

/// <summary>
/// The ids of the latest events processed, to skip a re-delivery. Bounded: a re-delivery comes
/// soon after the original (a retry or a restart), and processing twice is harmless anyway,
/// only wasteful.
/// </summary>
public sealed class OntvangenGebeurtenissen
{
    private const int Max = 4096;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _volgorde = new();
    private readonly Lock _slot = new();

    public bool Bevat(string id)
    {
        lock (_slot) return _ids.Contains(id);
    }

    public void Onthoud(string id)
    {
        lock (_slot)
        {
            if (!_ids.Add(id)) return;
            _volgorde.Enqueue(id);
            if (_volgorde.Count > Max) _ids.Remove(_volgorde.Dequeue());
        }
    }
}
