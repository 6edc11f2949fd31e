using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Regiemonitor.FunctionalTests.Events;

/// <summary>One CloudEvent as a subscriber got it: the path it was posted to, its content type and the parsed body.</summary>
public sealed record OntvangenEvent(string Pad, string? ContentType, JsonObject Inhoud)
{
    public string Id => (string)Inhoud["id"]!;
    public JsonNode Data => Inhoud["data"]!;
}

/// <summary>
/// A subscriber on a real loopback port, speaking cleartext HTTP/2 like the services do, that
/// records every CloudEvent it acknowledges. Tests wait for a count of events, never sleep; and
/// they can make it refuse (503) or hold deliveries, to put the publisher in the state a crash
/// test needs.
/// </summary>
public sealed class Testabonnee : IAsyncDisposable
{
    public enum Modus { Aannemen, Weigeren, Vasthouden }

    private readonly WebApplication _app;
    private readonly List<OntvangenEvent> _aangenomen = [];
    private readonly List<(int Aantal, TaskCompletionSource Klaar)> _wachtenden = [];
    private readonly TaskCompletionSource _vastgehouden = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pogingen;

    private Testabonnee(WebApplication app) => _app = app;

    /// <summary>The base URL; an event for topic X is posted to <c>{Adres}/X</c>.</summary>
    public Uri Adres { get; private set; } = null!;
    private volatile Modus _stand = Modus.Aannemen;

    /// <summary>What it does with the next deliveries.</summary>
    public Modus Stand { get => _stand; set => _stand = value; }

    /// <summary>Every delivery attempt, refused, held and aborted ones included.</summary>
    public int Pogingen => Volatile.Read(ref _pogingen);

    public IReadOnlyList<OntvangenEvent> Aangenomen
    {
        get { lock (_aangenomen) return [.. _aangenomen]; }
    }

    /// <summary>Completes when a delivery is being held (in <see cref="Modus.Vasthouden"/>).</summary>
    public Task Vastgehouden => _vastgehouden.Task;

    public string Url(string topic) => new Uri(Adres, topic).ToString();

    public static async Task<Testabonnee> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        var abonnee = new Testabonnee(app);
        app.MapPost("/{topic}", abonnee.Ontvang);
        await app.StartAsync();
        abonnee.Adres = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return abonnee;
    }

    /// <summary>Completes once at least <paramref name="aantal"/> events have been acknowledged.</summary>
    public Task WachtOp(int aantal)
    {
        var klaar = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_aangenomen)
        {
            if (_aangenomen.Count >= aantal) klaar.TrySetResult();
            else _wachtenden.Add((aantal, klaar));
        }
        return klaar.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private async Task<IResult> Ontvang(string topic, HttpContext http)
    {
        Interlocked.Increment(ref _pogingen);
        var tekst = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted);
        switch (Stand)
        {
            case Modus.Weigeren:
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case Modus.Vasthouden:
                // Never answered: the publisher sees no acknowledgement, whatever happens to it next.
                _vastgehouden.TrySetResult();
                try { await Task.Delay(Timeout.Infinite, http.RequestAborted); }
                catch (OperationCanceledException) { }
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        var e = new OntvangenEvent("/" + topic, http.Request.ContentType, JsonNode.Parse(tekst)!.AsObject());
        lock (_aangenomen)
        {
            _aangenomen.Add(e);
            foreach (var w in _wachtenden.Where(w => _aangenomen.Count >= w.Aantal).ToList())
            {
                w.Klaar.TrySetResult();
                _wachtenden.Remove(w);
            }
        }
        return Results.Json(new { status = "SUCCESS" });
    }

    public async ValueTask DisposeAsync()
    {
        using (var limiet = new CancellationTokenSource(TimeSpan.FromSeconds(5))) await _app.StopAsync(limiet.Token);
        await _app.DisposeAsync();
    }
}
