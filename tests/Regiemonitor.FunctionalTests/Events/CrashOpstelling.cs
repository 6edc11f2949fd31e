using System.Globalization;
using System.Text;
using Grpc.Net.Client;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Events;

/// <summary>
/// What the crash tests share: a registry (ingestion validates gebieden against it), a test
/// subscriber, and a large valid realisatie file of about 200,000 rows (COA asiel, three
/// onderdelen, every gemeente, 195 peildata): large enough that storing it takes a while.
/// </summary>
public sealed class CrashOpstelling : IAsyncLifetime
{
    public const int Peildata = 195;

    private string _registryData = "";

    public Dienstproces Registry { get; private set; } = null!;
    /// <summary>The <c>Regiemonitor:Services:*</c> settings of every process, as environment variables.</summary>
    public IReadOnlyDictionary<string, string> Diensten { get; private set; } = new Dictionary<string, string>();
    public int IngestionPoort { get; private set; }
    public Testabonnee Abonnee { get; private set; } = null!;
    public byte[] GroteImport { get; private set; } = [];
    public int Rijen { get; private set; }

    public async Task InitializeAsync()
    {
        Abonnee = await Testabonnee.Start();
        _registryData = Directory.CreateTempSubdirectory("regiemonitor-crash-registry-").FullName;
        var poort = VrijePoorten.Blok(4);
        // As run.sh gives them: every service's address (calculation and reporting are not started).
        string[] diensten = ["OpgaveRegistry", "Ingestion", "Calculation", "Reporting"];
        Diensten = diensten.Select((d, i) => ($"Regiemonitor__Services__{d}", $"http://127.0.0.1:{(poort + i).ToString(CultureInfo.InvariantCulture)}"))
            .ToDictionary(d => d.Item1, d => d.Item2);
        IngestionPoort = poort + 1;
        Registry = await Dienstproces.Start("OpgaveRegistry", "Regiemonitor.OpgaveRegistry", poort,
            new Dictionary<string, string>(Diensten) { ["Regiemonitor__DataDir"] = _registryData });

        using var kanaal = GrpcChannel.ForAddress(Registry.Adres);
        var gebieden = await new OpgaveRegistryService.OpgaveRegistryServiceClient(kanaal).ListGebiedenAsync(new ListGebiedenRequest());
        var gemeenten = gebieden.Gebieden.Where(g => g.Niveau == "gemeente").Select(g => g.Code).Order(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder("bron,categorie,onderdeel,gebiedcode,peildatum,aantal\n");
        var start = new DateOnly(2024, 1, 1);
        for (var d = 0; d < Peildata; d++)
        {
            var peildatum = start.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var gemeente in gemeenten)
                foreach (var onderdeel in new[] { "regulier", "noodopvang", "tgo" })
                {
                    csv.Append("COA,asiel,").Append(onderdeel).Append(',').Append(gemeente).Append(',').Append(peildatum).Append(',')
                        .Append((d + gemeente.Length) % 500).Append('\n');
                    Rijen++;
                }
        }
        GroteImport = Encoding.UTF8.GetBytes(csv.ToString());
    }

    public async Task DisposeAsync()
    {
        if (Registry is not null) await Registry.DisposeAsync();
        if (Abonnee is not null) await Abonnee.DisposeAsync();
        try { Directory.Delete(_registryData, recursive: true); } catch (IOException) { }
    }
}
