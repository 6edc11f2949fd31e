using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Reporting.Edities;

public static class EditieRegistratie
{
    /// <summary>Editions: Reporting's own store file (<c>edities.db</c> in the data directory) and the service that freezes and answers them.</summary>
    public static IServiceCollection AddEdities(this IServiceCollection services)
    {
        services.AddOpslagOptions();
        services.AddSingleton(sp =>
        {
            var store = new EditieStore(Sqlite.Bestand(sp.Opslag().DataDir, "edities.db"));
            store.Initialiseer();
            return store;
        });
        services.AddSingleton<Editiebron>();
        return services;
    }
}
