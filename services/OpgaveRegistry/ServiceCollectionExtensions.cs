using Regiemonitor.OpgaveRegistry.Toezicht;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Events;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.OpgaveRegistry;

public static class ServiceCollectionExtensions
{
    /// <summary>The registry's own registrations: its store (initialised with the reference gebieden), imports and the toezicht part.</summary>
    public static IServiceCollection AddOpgaveRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpslagOptions("OpgaveRegistry");
        // Each stored opgave batch announces itself through an outbox in the same database.
        services.AddEventPublicatie(configuration);
        services.AddOutbox(sp => Database.Voor(sp, "OpgaveRegistry", "opgaveregistry.db"));
        services.AddSingleton(sp =>
        {
            var store = new OpgaveStore(Database.Voor(sp, "OpgaveRegistry", "opgaveregistry.db"), sp.GetRequiredService<Outbox>());
            store.Initialiseer(Referentiedata.Laad(Referentiedata.Map));
            return store;
        });
        services.InitialiseerBijStart<OpgaveStore>();
        services.AddSingleton<GebiedRegister>();
        services.AddSingleton<OpgaveImport>();
        services.AddSingleton<RegioImport>();
        services.AddToezicht(configuration);
        return services;
    }
}
