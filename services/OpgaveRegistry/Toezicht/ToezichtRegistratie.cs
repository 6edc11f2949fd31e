using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

public static class ToezichtRegistratie
{
    /// <summary>
    /// The toezicht part of the registry: its own store (toezicht.db, or tables in the registry's PostgreSQL database), the inputs, and the
    /// calculation client the vaststelling needs.
    /// </summary>
    public static IServiceCollection AddToezicht(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => new ToezichtStore(Database.Voor(sp, "OpgaveRegistry", "toezicht.db")));
        services.InitialiseerBijStart<ToezichtStore>();
        services.AddSingleton(_ => Inwonerspeildatum.UitReferentiedata(Referentiedata.Map));
        services.AddSingleton<TaakstellingImport>();
        services.AddSingleton<TaakstellingAfleiding>();
        services.AddSingleton<UitruilImport>();
        services.AddSingleton<KoppelingImport>();
        services.AddSingleton<CorrectieImport>();
        services.AddSingleton<BeleidInstelling>();
        services.AddSingleton<BijstellingInvoer>();
        services.AddSingleton<ProjectImport>();
        services.AddSingleton<ScenarioImport>();
        services.AddTransient<Vaststelling>();
        services.AddServiceClient<ToezichtService.ToezichtServiceClient>(configuration, "Calculation");
        return services;
    }
}
