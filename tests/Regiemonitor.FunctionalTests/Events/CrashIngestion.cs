using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;

namespace Regiemonitor.FunctionalTests.Events;

/// <summary>
/// The ingestion process a crash or shutdown test starts, kills and starts again on the same
/// data directory (next to <see cref="CrashOpstelling"/>'s registry), with the HTTP/2 client
/// that talks to it. Disposing stops the last process started and removes the data.
/// </summary>
public sealed class CrashIngestion(CrashOpstelling o, string naam) : IAsyncDisposable
{
    private Dienstproces? _laatste;

    public string DataMap { get; } = Directory.CreateTempSubdirectory($"regiemonitor-{naam}-").FullName;

    public HttpClient Http { get; } = new()
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromMinutes(5),
    };

    /// <summary>Starts ingestion on the data directory with the services' addresses and <paramref name="instellingen"/>.</summary>
    public async Task<Dienstproces> Start(IReadOnlyDictionary<string, string> instellingen, string? gereed = null) =>
        _laatste = await Dienstproces.Start("Ingestion", "Regiemonitor.Ingestion", o.IngestionPoort,
            new Dictionary<string, string>(o.Diensten.Concat(instellingen)) { ["Regiemonitor__DataDir"] = DataMap }, gereed);

    /// <summary>POSTs a realisatie CSV (by default CrashOpstelling's large file) to the ingestion process started last.</summary>
    public Task<HttpResponseMessage> ImporteerRealisatie(byte[]? csv = null)
    {
        var body = new ByteArrayContent(csv ?? o.GroteImport);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return Http.PostAsync(new Uri(_laatste!.Adres, "/api/v1/imports/realisatie"), body);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_laatste is not null) await _laatste.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataMap, recursive: true); } catch (IOException) { }
    }
}
