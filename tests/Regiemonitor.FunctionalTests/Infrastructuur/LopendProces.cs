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

    public LopendProces(ProcessStartInfo info)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        _proces = new Process { StartInfo = info, EnableRaisingEvents = true };
        _proces.OutputDataReceived += (_, e) => Regel(e.Data);
        _proces.ErrorDataReceived += (_, e) => Regel(e.Data);
        _proces.Exited += (_, _) =>
        {
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
            else if (_proces.HasExited) klaar.TrySetException(new InvalidOperationException($"Het proces was al gestopt:\n{_uitvoer}"));
            else _wachtenden.Add((past, klaar));
        }
        return klaar.Task.WaitAsync(limiet);
    }

    /// <summary>Waits for the exit and returns the exit code.</summary>
    public async Task<int> WachtOpEinde(TimeSpan limiet)
    {
        await _proces.WaitForExitAsync().WaitAsync(limiet);
        return _proces.ExitCode;
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
