using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Ingestion.Verwerking;

public static class VerwerkingExtensions
{
    /// <summary>Background processing of large realisatie imports: its options, its table and its worker.</summary>
    public static IServiceCollection AddVerwerking(this IServiceCollection services)
    {
        services.AddOptions<VerwerkingOptions>().BindConfiguration(OpslagOptions.Sectie)
            .Validate(o => o.AsyncImportBytes > 0, "Regiemonitor:AsyncImportBytes moet groter dan 0 zijn.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var store = new VerwerkingStore(Database.Voor(sp, "Ingestion", "ingestion.db"));
            store.Initialiseer();
            return store;
        });
        services.AddSingleton<Verwerker>();
        services.AddHostedService(sp => sp.GetRequiredService<Verwerker>());
        return services;
    }
}
