using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Events;

/// <summary>
/// One service started on its own, the way run.sh starts it (same assembly, environment and
/// data directory settings), so a test can kill it and start it again on the same data.
/// </summary>
public sealed class Dienstproces : IAsyncDisposable
{
    private static readonly TimeSpan StartLimiet = TimeSpan.FromMinutes(2);
    private readonly LopendProces _proces;

    private Dienstproces(LopendProces proces, Uri adres)
    {
        _proces = proces;
        Adres = adres;
    }

    public Uri Adres { get; }
    public int Pid => _proces.Pid;
    public string Uitvoer => _proces.Uitvoer;

    /// <param name="project">The service's folder under services/, e.g. "Ingestion".</param>
    /// <param name="gereed">Output that says the service is ready, besides "Application started."</param>
    public static async Task<Dienstproces> Start(string project, string assembly, int poort, IReadOnlyDictionary<string, string> omgeving, string? gereed = null)
    {
        var configuratie = typeof(Dienstproces).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var bin = Path.Combine(Paden.Repository, "services", project, "bin", configuratie, "net10.0");
        var info = new ProcessStartInfo("dotnet", [Path.Combine(bin, assembly + ".dll"), "--contentRoot", bin]);
        info.Environment["DOTNET_ENVIRONMENT"] = "Local";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Local";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{poort.ToString(CultureInfo.InvariantCulture)}";
        if (omgeving.TryGetValue("Regiemonitor__DataDir", out var dataMap))
            foreach (var (naam, waarde) in TestPostgres.Omgeving(dataMap)) info.Environment[naam] = waarde;
        foreach (var (naam, waarde) in omgeving) info.Environment[naam] = waarde;
        var proces = new LopendProces(info);
        try
        {
            await proces.WachtOpRegel(r => r.Contains("Application started.", StringComparison.Ordinal), StartLimiet);
            if (gereed is not null) await proces.WachtOpRegel(r => r.Contains(gereed, StringComparison.Ordinal), StartLimiet);
        }
        catch
        {
            await proces.DisposeAsync();
            throw;
        }
        return new Dienstproces(proces, new Uri($"http://127.0.0.1:{poort.ToString(CultureInfo.InvariantCulture)}"));
    }

    public Task<string> WachtOpRegel(string tekst, TimeSpan limiet) =>
        _proces.WachtOpRegel(r => r.Contains(tekst, StringComparison.Ordinal), limiet);

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut or an OOM kill; waits until it is gone.</summary>
    public async Task Doden()
    {
        using (var p = Process.GetProcessById(_proces.Pid)) p.Kill();
        await _proces.WachtOpEinde(TimeSpan.FromSeconds(30));
    }

    /// <summary>SIGTERM, as Kubernetes stops a pod (in-flight requests may finish); returns the exit code once it is gone.</summary>
    public async Task<int> Stoppen(TimeSpan limiet)
    {
        await _proces.Stop(limiet);
        return await _proces.WachtOpEinde(limiet);
    }

    /// <summary>True while the process runs: a test can show that nothing crashed.</summary>
    public bool Leeft => Processen.Leeft(_proces.Pid);

    public ValueTask DisposeAsync() => _proces.DisposeAsync();
}
