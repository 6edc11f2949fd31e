using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Reporting.Edities;

public static class EditieRegistratie
{
    /// <summary>Editions: Reporting's own store (<c>edities.db</c> in the data directory, or its PostgreSQL database) and the service that freezes and answers them.</summary>
    public static IServiceCollection AddEdities(this IServiceCollection services)
    {
        services.AddOpslagOptions("Reporting");
        services.AddSingleton(sp =>
        {
            var store = new EditieStore(Database.Voor(sp, "Reporting", "edities.db"));
            store.Initialiseer();
            return store;
        });
        services.InitialiseerBijStart<EditieStore>();
        services.AddSingleton<Editiebron>();
        return services;
    }
}
