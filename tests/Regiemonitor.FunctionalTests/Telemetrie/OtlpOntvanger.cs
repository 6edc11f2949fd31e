using System.Net;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;
using Regiemonitor.FunctionalTests.Telemetrie.Otlp;

namespace Regiemonitor.FunctionalTests.Telemetrie;

/// <summary>One span as exported: ids as lower-case hex, as in a traceparent header.</summary>
public sealed record OntvangenSpan(string Dienst, string TraceId, string SpanId, string OuderId, string Naam, Span.Types.SpanKind Soort);

/// <summary>One log record as exported; <see cref="TraceId"/> is empty outside a trace.</summary>
public sealed record OntvangenLogregel(string Dienst, string TraceId, string Tekst);

/// <summary>The last value of one metric series (cumulative temporality: the total so far).</summary>
public sealed record Meetpunt(string Dienst, string Naam, IReadOnlyDictionary<string, string> Tags, double Waarde);

/// <summary>
/// A local OTLP receiver: a real Kestrel server on a free loopback port that accepts what the
/// OpenTelemetry exporter sends with <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>
/// (POST /v1/traces, /v1/metrics, /v1/logs) and keeps it. Tests wait until what they expect has
/// arrived (re-checked after every export), never for a fixed time.
/// </summary>
public sealed class OtlpOntvanger : IAsyncDisposable
{
    private static readonly TimeSpan Limiet = TimeSpan.FromSeconds(60);

    private readonly WebApplication _app;
    private readonly Lock _slot = new();
    private readonly List<OntvangenSpan> _spans = [];
    private readonly List<OntvangenLogregel> _logregels = [];
    private readonly Dictionary<string, Meetpunt> _meetpunten = new(StringComparer.Ordinal);
    private readonly List<(Func<bool> Klaar, TaskCompletionSource Signaal)> _wachtenden = [];

    private OtlpOntvanger(WebApplication app) => _app = app;

    /// <summary>The value for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public Uri Adres { get; private set; } = null!;

    public IReadOnlyList<OntvangenSpan> Spans { get { lock (_slot) return [.. _spans]; } }
    public IReadOnlyList<OntvangenLogregel> Logregels { get { lock (_slot) return [.. _logregels]; } }
    public IReadOnlyList<Meetpunt> Meetpunten { get { lock (_slot) return [.. _meetpunten.Values]; } }

    public static async Task<OtlpOntvanger> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http1AndHttp2));
        var app = builder.Build();
        var ontvanger = new OtlpOntvanger(app);
        app.MapPost("/v1/traces", (HttpContext http) => ontvanger.Ontvang(http, ExportTraceServiceRequest.Parser, ontvanger.Neem, new ExportTraceServiceResponse()));
        app.MapPost("/v1/metrics", (HttpContext http) => ontvanger.Ontvang(http, ExportMetricsServiceRequest.Parser, ontvanger.Neem, new ExportMetricsServiceResponse()));
        app.MapPost("/v1/logs", (HttpContext http) => ontvanger.Ontvang(http, ExportLogsServiceRequest.Parser, ontvanger.Neem, new ExportLogsServiceResponse()));
        await app.StartAsync();
        ontvanger.Adres = new Uri(app.Urls.Single());
        return ontvanger;
    }

    /// <summary>
    /// Completes once <paramref name="klaar"/> holds for what has arrived; fails after a minute
    /// with <paramref name="beschrijving"/> and a summary of what did arrive.
    /// </summary>
    public async Task WachtOp(Func<OtlpOntvanger, bool> klaar, string beschrijving)
    {
        var signaal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_slot)
        {
            if (klaar(this)) return;
            _wachtenden.Add((() => klaar(this), signaal));
        }
        try { await signaal.Task.WaitAsync(Limiet); }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Niet ontvangen binnen {Limiet.TotalSeconds} s: {beschrijving}.\n{Samenvatting()}");
        }
    }

    /// <summary>The summed last values of a metric over every process and series whose tags include <paramref name="tags"/>.</summary>
    public double Waarde(string naam, params (string Sleutel, string Waarde)[] tags) =>
        Meetpunten.Where(m => m.Naam == naam && tags.All(t => m.Tags.GetValueOrDefault(t.Sleutel) == t.Waarde)).Sum(m => m.Waarde);

    /// <summary>The spans of one trace, one per line (service, kind, name, span id, parent id), to show why a chain is broken.</summary>
    public string Trace(string traceId) => string.Join('\n', Spans.Where(s => s.TraceId == traceId)
        .Select(s => $"{s.Dienst} {s.Soort} '{s.Naam}' {s.SpanId} <- {s.OuderId}"));

    public string Samenvatting()
    {
        lock (_slot)
            return $"{_spans.Count} spans van {string.Join(", ", _spans.Select(s => s.Dienst).Distinct())}; {_logregels.Count} logregels; " +
                $"metingen: {string.Join(", ", _meetpunten.Values.Where(m => m.Naam.StartsWith("regiemonitor.", StringComparison.Ordinal)).Select(m => $"{m.Dienst} {m.Naam}{{{string.Join(",", m.Tags.Select(t => $"{t.Key}={t.Value}"))}}}={m.Waarde}"))}";
    }

    private async Task Ontvang<T>(HttpContext http, MessageParser<T> parser, Action<T> neem, IMessage antwoord) where T : IMessage<T>
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var verzoek = parser.ParseFrom(buffer.ToArray());
        lock (_slot)
        {
            neem(verzoek);
            foreach (var w in _wachtenden.Where(w => w.Klaar()).ToList())
            {
                w.Signaal.TrySetResult();
                _wachtenden.Remove(w);
            }
        }
        http.Response.ContentType = "application/x-protobuf";
        await http.Response.Body.WriteAsync(antwoord.ToByteArray(), http.RequestAborted);
    }

    private void Neem(ExportTraceServiceRequest verzoek)
    {
        foreach (var r in verzoek.ResourceSpans)
            foreach (var s in r.ScopeSpans.SelectMany(s => s.Spans))
                _spans.Add(new OntvangenSpan(Dienst(r.Resource), Hex(s.TraceId), Hex(s.SpanId), Hex(s.ParentSpanId), s.Name, s.Kind));
    }

    private void Neem(ExportLogsServiceRequest verzoek)
    {
        foreach (var r in verzoek.ResourceLogs)
            foreach (var l in r.ScopeLogs.SelectMany(s => s.LogRecords))
                _logregels.Add(new OntvangenLogregel(Dienst(r.Resource), Hex(l.TraceId), l.Body?.StringValue ?? ""));
    }

    private void Neem(ExportMetricsServiceRequest verzoek)
    {
        foreach (var r in verzoek.ResourceMetrics)
            foreach (var m in r.ScopeMetrics.SelectMany(s => s.Metrics))
            {
                var punten = m.DataCase switch
                {
                    Metric.DataOneofCase.Sum => m.Sum.DataPoints.Select(p => (p.Attributes, Waarde: p.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? p.AsInt : p.AsDouble)),
                    Metric.DataOneofCase.Gauge => m.Gauge.DataPoints.Select(p => (p.Attributes, Waarde: p.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? p.AsInt : p.AsDouble)),
                    // A histogram's count: how many measurements were recorded.
                    Metric.DataOneofCase.Histogram => m.Histogram.DataPoints.Select(p => (p.Attributes, Waarde: (double)p.Count)),
                    _ => [],
                };
                foreach (var (attributen, waarde) in punten)
                {
                    var tags = attributen.ToDictionary(a => a.Key, a => Tekst(a.Value), StringComparer.Ordinal);
                    var dienst = Dienst(r.Resource);
                    var sleutel = $"{dienst}|{m.Name}|{string.Join(",", tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"))}";
                    _meetpunten[sleutel] = new Meetpunt(dienst, m.Name, tags, waarde);
                }
            }
    }

    private static string Dienst(Resource? resource) =>
        resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value?.StringValue ?? "";

    private static string Tekst(AnyValue? waarde) => waarde?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => waarde.StringValue,
        AnyValue.ValueOneofCase.IntValue => waarde.IntValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.BoolValue => waarde.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.DoubleValue => waarde.DoubleValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "",
    };

    private static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);

    public async ValueTask DisposeAsync()
    {
        using (var limiet = new CancellationTokenSource(TimeSpan.FromSeconds(5))) await _app.StopAsync(limiet.Token);
        await _app.DisposeAsync();
    }
}
