using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Regiemonitor.ServiceDefaults;

/// <summary>Section <c>Regiemonitor</c>: where a service keeps its data and how large an import may be.</summary>
public sealed class OpslagOptions
{
    public const string Sectie = "Regiemonitor";

    /// <summary>Directory for the SQLite files (run.sh maps REGIEMONITOR_DATA_DIR onto it).</summary>
    public string DataDir { get; set; } = ".data";

    /// <summary>Largest accepted import body in bytes.</summary>
    public long MaxImportBytes { get; set; } = 64 * 1024 * 1024;
}

public static class OpslagOptionsExtensions
{
    /// <summary>
    /// Binds and validates <see cref="OpslagOptions"/> at start-up, so a bad setting fails fast;
    /// with <paramref name="dienst"/> also <c>Regiemonitor:Opslag:Provider</c> and, for PostgreSQL,
    /// that service's <c>Regiemonitor:ConnectionStrings:&lt;dienst&gt;</c>.
    /// </summary>
    public static IServiceCollection AddOpslagOptions(this IServiceCollection services, string? dienst = null)
    {
        var opties = services.AddOptions<OpslagOptions>().BindConfiguration(OpslagOptions.Sectie)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDir), "Regiemonitor:DataDir mag niet leeg zijn.")
            .Validate(o => o.MaxImportBytes > 0, "Regiemonitor:MaxImportBytes moet groter dan 0 zijn.");
        if (dienst is not null)
            opties.Validate<IConfiguration>((_, configuratie) => Regiemonitor.ServiceDefaults.Opslag.Database.Controleer(configuratie, dienst) is null,
                $"Regiemonitor:Opslag:Provider moet Sqlite of PostgreSQL zijn; bij PostgreSQL is Regiemonitor:ConnectionStrings:{dienst} " +
                "een geldige PostgreSQL-verbinding (omgevingsvariabele Regiemonitor__ConnectionStrings__" + dienst + ").");
        opties.ValidateOnStart();
        services.AddHostedService<UploadOpruiming>();
        return services;
    }

    public static OpslagOptions Opslag(this IServiceProvider services) => services.GetRequiredService<IOptions<OpslagOptions>>().Value;
}

/// <summary>
/// Removes upload spool files a killed process left behind (they are deleted on close, which a
/// SIGKILL never reaches). At start no upload of this process can be in progress.
/// </summary>
public sealed class UploadOpruiming(IOptions<OpslagOptions> opslag, ILogger<UploadOpruiming> log)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var map = Path.Combine(opslag.Value.DataDir, "uploads");
        if (!Directory.Exists(map)) return Task.CompletedTask;
        foreach (var bestand in Directory.EnumerateFiles(map, "import-*.tmp"))
        {
            try { File.Delete(bestand); log.LogInformation("Achtergebleven upload {Bestand} verwijderd.", Path.GetFileName(bestand)); }
            catch (IOException e) { log.LogWarning("Upload {Bestand} niet verwijderd: {Reden}", Path.GetFileName(bestand), e.Message); }
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
