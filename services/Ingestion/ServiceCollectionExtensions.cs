using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Ingestion;

public static class ServiceCollectionExtensions
{
    /// <summary>Ingestion's own registrations: its store, the registry's gebied tree for validation, and import.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpslagOptions();
        services.AddSingleton(sp =>
        {
            var store = new RealisatieStore(Sqlite.Bestand(sp.Opslag().DataDir, "ingestion.db"));
            store.Initialiseer();
            return store;
        });
        services.AddServiceClient<OpgaveRegistryService.OpgaveRegistryServiceClient>(configuration, "OpgaveRegistry");
        services.AddSingleton<GebiedBoomBron>();
        services.AddSingleton<RealisatieImport>();
        return services;
    }
}
