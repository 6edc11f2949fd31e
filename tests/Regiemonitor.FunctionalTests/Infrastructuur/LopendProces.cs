using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Regiemonitor.FunctionalTests.Infrastructuur;

/// <summary>
/// A child process whose output is collected, with a wait for a given output line or for its
/// exit: tests synchronise on what the process says, never on sleeps.
/// </summary>
public sealed class LopendProces : IAsyncDisposable
{
    private readonly Process _proces;
    private readonly StringBuilder _uitvoer = new();
    private readonly List<(Func<string, bool> Past, TaskCompletionSource<string> Klaar)> _wachtenden = [];
    private readonly TaskCompletionSource _uitvoerDicht = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _foutenDicht = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LopendProces(ProcessStartInfo info)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        _proces = new Process { StartInfo = info, EnableRaisingEvents = true };
        // A null line is the end of the stream.
        _proces.OutputDataReceived += (_, e) => { if (e.Data is null) _uitvoerDicht.TrySetResult(); else Regel(e.Data); };
        _proces.ErrorDataReceived += (_, e) => { if (e.Data is null) _foutenDicht.TrySetResult(); else Regel(e.Data); };
        _proces.Exited += async (_, _) =>
        {
            await StromenDicht();
            lock (_uitvoer)
                foreach (var (_, klaar) in _wachtenden)
                    klaar.TrySetException(new InvalidOperationException($"Het proces stopte (code {_proces.ExitCode}):\n{_uitvoer}"));
        };
        _proces.Start();
        _proces.BeginOutputReadLine();
        _proces.BeginErrorReadLine();
    }

    public int Pid => _proces.Id;
    public string Uitvoer { get { lock (_uitvoer) return _uitvoer.ToString(); } }

    /// <summary>Completes with the first output line (already seen or still to come) that matches.</summary>
    public Task<string> WachtOpRegel(Func<string, bool> past, TimeSpan limiet)
    {
        var klaar = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_uitvoer)
        {
            var gezien = _uitvoer.ToString().Split('\n').FirstOrDefault(r => past(r.TrimEnd('\r')));
            if (gezien is not null) klaar.TrySetResult(gezien);
            else if (_proces.HasExited && _uitvoerDicht.Task.IsCompleted && _foutenDicht.Task.IsCompleted)
                klaar.TrySetException(new InvalidOperationException($"Het proces was al gestopt:\n{_uitvoer}"));
            else _wachtenden.Add((past, klaar));
        }
        return klaar.Task.WaitAsync(limiet);
    }

    /// <summary>Waits for the exit and returns the exit code.</summary>
    public async Task<int> WachtOpEinde(TimeSpan limiet)
    {
        await _proces.WaitForExitAsync().WaitAsync(limiet);
        await StromenDicht();
        return _proces.ExitCode;
    }

    /// <summary>
    /// The exit can come before the last output lines are read (a start-up error written just
    /// before it): waits for both streams to end, so <see cref="Uitvoer"/> has them. Bounded, for
    /// a child of the process that keeps the streams open.
    /// </summary>
    private async Task StromenDicht()
    {
        try { await Task.WhenAll(_uitvoerDicht.Task, _foutenDicht.Task).WaitAsync(TimeSpan.FromSeconds(10)); }
        catch (TimeoutException) { }
    }

    /// <summary>SIGTERM, as Ctrl+C or a service manager would stop it; then waits for the exit.</summary>
    public async Task Stop(TimeSpan limiet)
    {
        if (_proces.HasExited) return;
        _ = kill(_proces.Id, 15);
        await _proces.WaitForExitAsync().WaitAsync(limiet);
    }

    public async ValueTask DisposeAsync()
    {
        try { await Stop(TimeSpan.FromSeconds(60)); }
        finally
        {
            if (!_proces.HasExited) _proces.Kill(entireProcessTree: true);
            _proces.Dispose();
        }
    }

    private void Regel(string? regel)
    {
        if (regel is null) return;
        lock (_uitvoer)
        {
            _uitvoer.AppendLine(regel);
            foreach (var w in _wachtenden.Where(w => w.Past(regel)).ToList())
            {
                w.Klaar.TrySetResult(regel);
                _wachtenden.Remove(w);
            }
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
