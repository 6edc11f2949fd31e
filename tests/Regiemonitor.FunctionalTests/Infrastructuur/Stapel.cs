using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text;

namespace Regiemonitor.FunctionalTests.Infrastructuur;

/// <summary>
/// The whole product as a user runs it: <c>./run.sh</c> with its own data directory and a free
/// block of five ports, four services and the gateway as separate processes on real sockets.
/// Ready when run.sh prints the gateway URL (which it does only once /healthz answers 200).
/// </summary>
public sealed class Stapel : IAsyncDisposable
{
    public const string AdminSleutel = "functionele-test-admin-sleutel";
    private static readonly TimeSpan StartLimiet = TimeSpan.FromMinutes(4);

    private readonly Process _runSh;
    private readonly StringBuilder _uitvoer = new();

    private Stapel(Process runSh, string dataMap, Uri gateway)
    {
        _runSh = runSh;
        DataMap = dataMap;
        Gateway = gateway;
        Http = new HttpClient { BaseAddress = gateway };
        Admin = new HttpClient { BaseAddress = gateway };
        Admin.DefaultRequestHeaders.Add("X-Api-Key", AdminSleutel);
    }

    public string DataMap { get; }
    public Uri Gateway { get; }
    /// <summary>A client without credentials.</summary>
    public HttpClient Http { get; }
    /// <summary>A client that sends the admin key.</summary>
    public HttpClient Admin { get; }
    public int Pid => _runSh.Id;

    /// <summary>A backend's address: run.sh puts registry, ingestion, calculation and reporting on the gateway port + 1..4.</summary>
    public Uri Service(int volgnummer) => new UriBuilder(Gateway) { Port = Gateway.Port + volgnummer }.Uri;
    public string Uitvoer { get { lock (_uitvoer) return _uitvoer.ToString(); } }

    public static async Task<Stapel> Start()
    {
        var poort = VrijePoorten.Blok(5);
        var dataMap = Directory.CreateTempSubdirectory("regiemonitor-test-").FullName;
        var info = new ProcessStartInfo("bash", [Path.Combine(Paden.Repository, "run.sh")])
        {
            WorkingDirectory = Paden.Repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["REGIEMONITOR_PORT"] = poort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["REGIEMONITOR_DATA_DIR"] = dataMap;
        info.Environment["REGIEMONITOR_ADMIN_KEY"] = AdminSleutel;

        var klaar = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var proces = new Process { StartInfo = info, EnableRaisingEvents = true };
        var uitvoer = new StringBuilder();
        void Regel(string? regel)
        {
            if (regel is null) return;
            lock (uitvoer) uitvoer.AppendLine(regel);
            const string teken = "Regiemonitor is running at ";
            var i = regel.IndexOf(teken, StringComparison.Ordinal);
            if (i >= 0) klaar.TrySetResult(new Uri(regel[(i + teken.Length)..].Split(' ')[0]));
        }
        proces.OutputDataReceived += (_, e) => Regel(e.Data);
        proces.ErrorDataReceived += (_, e) => Regel(e.Data);
        proces.Exited += (_, _) => klaar.TrySetException(new InvalidOperationException("run.sh stopte voordat de stapel gezond was:\n" + uitvoer));
        proces.Start();
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();

        try
        {
            var gateway = await klaar.Task.WaitAsync(StartLimiet);
            var stapel = new Stapel(proces, dataMap, gateway);
            lock (stapel._uitvoer) stapel._uitvoer.Append(uitvoer);
            proces.OutputDataReceived += (_, e) => { lock (stapel._uitvoer) stapel._uitvoer.AppendLine(e.Data); };
            return stapel;
        }
        catch
        {
            proces.Kill(entireProcessTree: true);
            throw;
        }
    }

    /// <summary>Stops the stack as Ctrl+C would (SIGTERM to run.sh) and waits until run.sh has exited.</summary>
    public async Task Stop()
    {
        if (_runSh.HasExited) return;
        _ = kill(_runSh.Id, 15);
        await _runSh.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        try { await Stop(); }
        finally
        {
            if (!_runSh.HasExited) _runSh.Kill(entireProcessTree: true);
            Http.Dispose();
            Admin.Dispose();
            try { Directory.Delete(DataMap, recursive: true); } catch (IOException) { }
        }
    }

    public Task<HttpResponseMessage> PostCsv(string pad, byte[] inhoud)
    {
        var body = new ByteArrayContent(inhoud);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return Admin.PostAsync(pad, body);
    }

    public Task<HttpResponseMessage> PostCsv(string pad, string inhoud) => PostCsv(pad, Encoding.UTF8.GetBytes(inhoud));

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
