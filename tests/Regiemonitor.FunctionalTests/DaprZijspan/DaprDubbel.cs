using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace Regiemonitor.FunctionalTests.DaprZijspan;

/// <summary>A PublishEvent call as the sidecar received it.</summary>
public sealed record GepubliceerdEvent(string PubSub, string Topic, string Data, string DataContentType, IReadOnlyDictionary<string, string> Metadata);

/// <summary>A service invocation through the sidecar: the target app id, the gRPC method path, and whether it reached the app.</summary>
public sealed record Aanroep(string AppId, string Pad, bool Doorgestuurd);

/// <summary>
/// Stands in for a Dapr sidecar, which cannot be installed here: a real Kestrel HTTP/2 server on
/// a free loopback port that speaks the Dapr gRPC API (<see cref="DaprApi"/>) and, like daprd,
/// proxies every other gRPC call carrying <c>dapr-app-id</c> to the app with that id. It records
/// what it saw, so tests can assert the services really went through it.
/// </summary>
public sealed class DaprDubbel : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly HttpMessageInvoker _doorgever = new(new SocketsHttpHandler
    {
        UseProxy = false, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None, UseCookies = false,
        EnableMultipleHttp2Connections = true,
    });
    private readonly Dictionary<string, Dictionary<string, string>> _geheimen;
    private readonly List<GepubliceerdEvent> _events = [];
    private readonly List<Aanroep> _aanroepen = [];
    private readonly List<string> _gelezenGeheimen = [];
    private readonly List<(Func<GepubliceerdEvent, bool> Past, TaskCompletionSource<GepubliceerdEvent> Klaar)> _wachtenden = [];

    private DaprDubbel(string store, Dictionary<string, Dictionary<string, string>> geheimen)
    {
        Store = store;
        _geheimen = geheimen;
    }

    /// <summary>The sidecar's gRPC endpoint, what DAPR_GRPC_ENDPOINT points at.</summary>
    public Uri Adres { get; private set; } = null!;

    /// <summary>The name of the one secret store component it serves.</summary>
    public string Store { get; }

    /// <summary>App id → address of that app; may be filled after the start, before the apps call.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Uri> Apps { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<GepubliceerdEvent> Events { get { lock (_events) return [.. _events]; } }
    public IReadOnlyList<Aanroep> Aanroepen { get { lock (_aanroepen) return [.. _aanroepen]; } }
    /// <summary>Every secret read, as <c>store/naam</c> (GetBulkSecret as <c>store/*</c>).</summary>
    public IReadOnlyList<string> GelezenGeheimen { get { lock (_gelezenGeheimen) return [.. _gelezenGeheimen]; } }

    /// <param name="geheimen">Per secret name its keys and values, as a Kubernetes Secret holds them.</param>
    public static async Task<DaprDubbel> Start(string store, Dictionary<string, Dictionary<string, string>> geheimen)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddHttpForwarder();
        var dubbel = new DaprDubbel(store, geheimen);
        builder.Services.AddSingleton(dubbel);
        builder.Services.AddSingleton<DaprApi>();
        var app = dubbel._app = builder.Build();
        app.Use((http, volgende) => http.Request.Headers.ContainsKey("dapr-app-id") ? dubbel.Doorgeven(http) : volgende(http));
        app.MapGrpcService<DaprApi>();
        await app.StartAsync();
        dubbel.Adres = new Uri(app.Urls.Single());
        return dubbel;
    }

    /// <summary>Completes with the first event (already received or still to come) that matches.</summary>
    public Task<GepubliceerdEvent> WachtOpEvent(Func<GepubliceerdEvent, bool> past)
    {
        var klaar = new TaskCompletionSource<GepubliceerdEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_events)
        {
            if (_events.FirstOrDefault(past) is { } gezien) klaar.TrySetResult(gezien);
            else _wachtenden.Add((past, klaar));
        }
        return klaar.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    internal void Ontvang(GepubliceerdEvent e)
    {
        lock (_events)
        {
            _events.Add(e);
            foreach (var w in _wachtenden.Where(w => w.Past(e)).ToList())
            {
                w.Klaar.TrySetResult(e);
                _wachtenden.Remove(w);
            }
        }
    }

    internal Dictionary<string, string>? LeesGeheim(string store, string naam)
    {
        lock (_gelezenGeheimen) _gelezenGeheimen.Add($"{store}/{naam}");
        return store == Store && _geheimen.TryGetValue(naam, out var geheim) ? geheim : null;
    }

    internal IEnumerable<string> GeheimNamen(string store)
    {
        lock (_gelezenGeheimen) _gelezenGeheimen.Add($"{store}/*");
        return store == Store ? _geheimen.Keys : [];
    }

    /// <summary>
    /// daprd's gRPC proxying: the call goes unchanged (path, headers, body, trailers) to the app
    /// named in <c>dapr-app-id</c>; an unknown app id is answered Unavailable, as daprd does when
    /// it cannot resolve the app.
    /// </summary>
    private async Task Doorgeven(HttpContext http)
    {
        var appId = http.Request.Headers["dapr-app-id"].ToString();
        if (!Apps.TryGetValue(appId, out var doel))
        {
            Registreer(new Aanroep(appId, http.Request.Path, Doorgestuurd: false));
            // A trailers-only gRPC answer: the status travels in the headers.
            http.Response.ContentType = "application/grpc";
            http.Response.Headers["grpc-status"] = ((int)global::Grpc.Core.StatusCode.Unavailable).ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers["grpc-message"] = $"app id {appId} not found";
            return;
        }
        var forwarder = http.RequestServices.GetRequiredService<IHttpForwarder>();
        var fout = await forwarder.SendAsync(http, doel.ToString(), _doorgever,
            new ForwarderRequestConfig { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact },
            HttpTransformer.Default);
        Registreer(new Aanroep(appId, http.Request.Path, Doorgestuurd: fout == ForwarderError.None));
    }

    private void Registreer(Aanroep a)
    {
        lock (_aanroepen) _aanroepen.Add(a);
    }

    public async ValueTask DisposeAsync()
    {
        using (var limiet = new CancellationTokenSource(TimeSpan.FromSeconds(5))) await _app.StopAsync(limiet.Token);
        await _app.DisposeAsync();
        _doorgever.Dispose();
    }
}
