using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Regiemonitor.FunctionalTests.Edities;
using Regiemonitor.FunctionalTests.Events;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Veerkracht;

/// <summary>
/// The product as run.sh starts it (four services and the gateway on a block of free ports, one
/// data directory), but each process started on its own, so a test can stop one and start it
/// again on the same port while the others keep running. run.sh would stop everything at the
/// first process that ends. Utrecht's opgaven and realisatie of the edition tests are imported.
/// </summary>
public sealed class VeerkrachtStapel : IAsyncLifetime
{
    public const string AdminSleutel = "veerkracht-test-admin-sleutel";
    public const string Datums = EditieStapel.Datums;

    private static readonly Dictionary<string, (string Project, string Assembly, int Volgnummer)> Projecten = new()
    {
        ["OpgaveRegistry"] = ("OpgaveRegistry", "Regiemonitor.OpgaveRegistry", 1),
        ["Ingestion"] = ("Ingestion", "Regiemonitor.Ingestion", 2),
        ["Calculation"] = ("Calculation/Api", "Regiemonitor.Calculation.Api", 3),
        ["Reporting"] = ("Reporting", "Regiemonitor.Reporting", 4),
        // Dienstproces looks under services/; the gateway sits beside it.
        ["Gateway"] = ("../gateway", "Regiemonitor.Gateway", 0),
    };

    private readonly Dictionary<string, Dienstproces> _processen = [];
    private readonly string _dataMap = Directory.CreateTempSubdirectory("regiemonitor-veerkracht-").FullName;
    private int _poort;

    public HttpClient Http { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public string EersteBatch { get; private set; } = "";

    public IReadOnlyDictionary<string, Dienstproces> Processen => _processen;

    public async Task InitializeAsync()
    {
        _poort = VrijePoorten.Blok(5);
        foreach (var naam in Projecten.Keys) await Start(naam);
        var gateway = new Uri($"http://127.0.0.1:{_poort.ToString(CultureInfo.InvariantCulture)}");
        // A hang must fail the test, not stall it: every answer is expected well within this.
        Http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        Admin = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        Admin.DefaultRequestHeaders.Add("X-Api-Key", AdminSleutel);

        using var opgaven = await PostCsv("/api/v1/imports/opgaven", EditieStapel.Opgaven);
        Assert.Equal(HttpStatusCode.Created, opgaven.StatusCode);
        using var realisatie = await PostCsv("/api/v1/imports/realisatie", EditieStapel.Realisatie);
        Assert.Equal(HttpStatusCode.Created, realisatie.StatusCode);
        EersteBatch = (string)System.Text.Json.Nodes.JsonNode.Parse(await realisatie.Content.ReadAsStringAsync())!["batchId"]!;
    }

    /// <summary>Starts <paramref name="naam"/> (again) on its own port with run.sh's settings; returns once it is listening.</summary>
    public async Task Start(string naam)
    {
        var (project, assembly, volgnummer) = Projecten[naam];
        if (_processen.TryGetValue(naam, out var vorige)) await vorige.DisposeAsync();
        _processen[naam] = await Dienstproces.Start(project, assembly, _poort + volgnummer, Omgeving(naam));
    }

    public Task<int> Stoppen(string naam) => _processen[naam].Stoppen(TimeSpan.FromSeconds(60));

    public Task Doden(string naam) => _processen[naam].Doden();

    /// <summary>The processes that ought to be running and are not: a crash.</summary>
    public IEnumerable<string> Gevallen(params string[] behalve) =>
        _processen.Where(p => !behalve.Contains(p.Key) && !p.Value.Leeft).Select(p => $"{p.Key}:\n{p.Value.Uitvoer}");

    public Task<HttpResponseMessage> PostCsv(string pad, string inhoud)
    {
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes(inhoud));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return Admin.PostAsync(pad, body);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        Admin?.Dispose();
        foreach (var p in _processen.Values.Reverse()) await p.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataMap, recursive: true); } catch (IOException) { }
    }

    private Dictionary<string, string> Omgeving(string naam)
    {
        string Adres(int volgnummer) => $"http://127.0.0.1:{(_poort + volgnummer).ToString(CultureInfo.InvariantCulture)}";
        var omgeving = new Dictionary<string, string>
        {
            ["Regiemonitor__DataDir"] = _dataMap,
            // A short break, so the circuit half-opens quickly once a stopped service is back.
            ["Regiemonitor__Aanroepen__Onderbrekingsduur"] = "00:00:01",
        };
        foreach (var (dienst, (_, _, volgnummer)) in Projecten.Where(p => p.Key != "Gateway"))
            omgeving[$"Regiemonitor__Services__{dienst}"] = Adres(volgnummer);
        var events = Adres(4) + "/events";
        switch (naam)
        {
            case "OpgaveRegistry": omgeving["Regiemonitor__Events__Abonnees__opgave-gewijzigd__0"] = events + "/opgave-gewijzigd"; break;
            case "Ingestion": omgeving["Regiemonitor__Events__Abonnees__realisatie-geimporteerd__0"] = events + "/realisatie-geimporteerd"; break;
            case "Gateway":
                omgeving["Regiemonitor__AdminKey"] = AdminSleutel;
                omgeving["Regiemonitor__OpenbareDashboards"] = "true";
                break;
        }
        return omgeving;
    }
}

/// <summary>Fault tests stop and kill processes: they run on their own stack, never beside other tests.</summary>
[CollectionDefinition(Naam, DisableParallelization = true)]
public sealed class VeerkrachtCollectie : ICollectionFixture<VeerkrachtStapel>
{
    public const string Naam = "veerkracht";
}
