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
    /// <summary>Binds and validates <see cref="OpslagOptions"/> at start-up, so a bad setting fails fast.</summary>
    public static IServiceCollection AddOpslagOptions(this IServiceCollection services)
    {
        services.AddOptions<OpslagOptions>().BindConfiguration(OpslagOptions.Sectie)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDir), "Regiemonitor:DataDir mag niet leeg zijn.")
            .Validate(o => o.MaxImportBytes > 0, "Regiemonitor:MaxImportBytes moet groter dan 0 zijn.")
            .ValidateOnStart();
        return services;
    }

    public static OpslagOptions Opslag(this IServiceProvider services) => services.GetRequiredService<IOptions<OpslagOptions>>().Value;
}
