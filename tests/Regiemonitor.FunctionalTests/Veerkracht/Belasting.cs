using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Regiemonitor.FunctionalTests.Veerkracht;

/// <summary>One answer under load: when it was asked (Stopwatch ticks), what came back and how long it took.</summary>
public sealed record Meting(long Gevraagd, HttpStatusCode Status, string? MediaType, string? Titel, TimeSpan Duur, string Fout);

/// <summary>
/// Light load: a few tasks that each ask the same path in a loop and record every answer. A test
/// waits for answers it expects (a 503, the first 200 after a restart) instead of for time.
/// </summary>
public sealed class Belasting : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly string _pad;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Meting> _metingen = [];
    private readonly List<(Func<Meting, bool> Past, TaskCompletionSource Klaar)> _wachtenden = [];
    private readonly Task[] _taken;

    public Belasting(HttpClient http, string pad, int taken = 3)
    {
        _http = http;
        _pad = pad;
        _taken = [.. Enumerable.Range(0, taken).Select(_ => Task.Run(Lus))];
    }

    public IReadOnlyList<Meting> Metingen { get { lock (_metingen) return [.. _metingen]; } }

    /// <summary>Completes at the first answer (already recorded or still to come) that matches.</summary>
    public Task WachtOp(Func<Meting, bool> past, TimeSpan limiet)
    {
        var klaar = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_metingen)
        {
            if (_metingen.Any(past)) klaar.TrySetResult();
            else _wachtenden.Add((past, klaar));
        }
        return klaar.Task.WaitAsync(limiet);
    }

    public async Task<IReadOnlyList<Meting>> Stop()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_taken);
        return Metingen;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await Stop();
        _stop.Dispose();
    }

    private async Task Lus()
    {
        while (!_stop.IsCancellationRequested)
        {
            var begin = Stopwatch.GetTimestamp();
            Meting meting;
            try
            {
                using var antwoord = await _http.GetAsync(_pad, _stop.Token);
                var tekst = await antwoord.Content.ReadAsStringAsync(_stop.Token);
                var mediaType = antwoord.Content.Headers.ContentType?.MediaType;
                var titel = mediaType == "application/problem+json" ? (string?)JsonNode.Parse(tekst)?["title"] : null;
                meting = new(begin, antwoord.StatusCode, mediaType, titel, Stopwatch.GetElapsedTime(begin), "");
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Recorded, not thrown: a refused connection or a hang at the gateway is a finding, and the test names it.
                meting = new(begin, 0, null, null, Stopwatch.GetElapsedTime(begin), e.Message);
            }
            lock (_metingen)
            {
                _metingen.Add(meting);
                foreach (var w in _wachtenden.Where(w => w.Past(meting)).ToList())
                {
                    w.Klaar.TrySetResult();
                    _wachtenden.Remove(w);
                }
            }
            // Pacing, not synchronisation: a light load that leaves the two cores to the services.
            try { await Task.Delay(20, _stop.Token); }
            catch (OperationCanceledException) { return; }
        }
    }
}
