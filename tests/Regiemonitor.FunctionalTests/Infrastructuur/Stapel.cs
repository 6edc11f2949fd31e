using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
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
    private const string KlaarTeken = "Regiemonitor is running at ";
    private static readonly TimeSpan StartLimiet = TimeSpan.FromMinutes(4);

    private readonly LopendProces _runSh;

    private Stapel(LopendProces runSh, string dataMap, Uri gateway)
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
    public int Pid => _runSh.Pid;

    /// <summary>A backend's address: run.sh puts registry, ingestion, calculation and reporting on the gateway port + 1..4.</summary>
    public Uri Service(int volgnummer) => new UriBuilder(Gateway) { Port = Gateway.Port + volgnummer }.Uri;

    /// <summary>Everything the processes printed so far (audit lines, errors).</summary>
    public string Uitvoer => _runSh.Uitvoer;

    /// <summary>Waits until the processes have printed a line containing <paramref name="tekst"/> (logs arrive asynchronously).</summary>
    public Task<string> WachtOpUitvoer(string tekst) =>
        _runSh.WachtOpRegel(r => r.Contains(tekst, StringComparison.Ordinal), TimeSpan.FromSeconds(30));

    public static async Task<Stapel> Start(IReadOnlyDictionary<string, string>? extra = null)
    {
        var dataMap = Directory.CreateTempSubdirectory("regiemonitor-test-").FullName;
        var info = new ProcessStartInfo("bash", [Path.Combine(Paden.Repository, "run.sh")]) { WorkingDirectory = Paden.Repository };
        info.Environment["REGIEMONITOR_PORT"] = VrijePoorten.Blok(5).ToString(CultureInfo.InvariantCulture);
        info.Environment["REGIEMONITOR_DATA_DIR"] = dataMap;
        info.Environment["REGIEMONITOR_ADMIN_KEY"] = AdminSleutel;
        foreach (var (naam, waarde) in TestPostgres.Omgeving(dataMap)) info.Environment[naam] = waarde;
        foreach (var (naam, waarde) in extra ?? new Dictionary<string, string>()) info.Environment[naam] = waarde;
        var runSh = new LopendProces(info);
        try
        {
            var regel = await runSh.WachtOpRegel(r => r.Contains(KlaarTeken, StringComparison.Ordinal), StartLimiet);
            var url = regel[(regel.IndexOf(KlaarTeken, StringComparison.Ordinal) + KlaarTeken.Length)..].Split(' ')[0];
            return new Stapel(runSh, dataMap, new Uri(url));
        }
        catch
        {
            await runSh.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the stack as Ctrl+C would (SIGTERM to run.sh) and waits until run.sh has exited.</summary>
    public Task Stop() => _runSh.Stop(TimeSpan.FromSeconds(60));

    public async ValueTask DisposeAsync()
    {
        try { await _runSh.DisposeAsync(); }
        finally
        {
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
}
