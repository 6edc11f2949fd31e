using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Regiemonitor.Ingestion.Verwerking;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Events;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Ingestion;

public static class ServiceCollectionExtensions
{
    /// <summary>Ingestion's own registrations: its store, the registry's gebied tree for validation, and import.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpslagOptions("Ingestion");
        // Each stored batch announces itself through an outbox in the same database.
        services.AddEventPublicatie(configuration);
        services.AddOutbox(sp => Database.Voor(sp, "Ingestion", "ingestion.db"));
        services.AddSingleton<Testpunten>();
        services.AddSingleton(sp =>
        {
            var store = new RealisatieStore(Database.Voor(sp, "Ingestion", "ingestion.db"), sp.GetRequiredService<Outbox>(), sp.GetRequiredService<Testpunten>());
            store.Initialiseer();
            return store;
        });
        // Reads the same database; asking for the store first makes sure its schema is in place.
        services.AddSingleton(sp =>
        {
            sp.GetRequiredService<RealisatieStore>();
            return new RealisatieHistorie(Database.Voor(sp, "Ingestion", "ingestion.db"));
        });
        services.AddServiceClient<OpgaveRegistryService.OpgaveRegistryServiceClient>(configuration, "OpgaveRegistry");
        services.AddSingleton<GebiedBoomBron>();
        services.InitialiseerBijStart<RealisatieStore>();
        services.AddSingleton<RealisatieImport>();
        services.AddVerwerking();
        return services;
    }
}
