using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Ingestion.V1;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Calculation.Api;

public static class ServiceCollectionExtensions
{
    /// <summary>The calculation service's registrations: clients of the data owners and the pure core.</summary>
    public static IServiceCollection AddCalculation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceClient<OpgaveRegistryService.OpgaveRegistryServiceClient>(configuration, "OpgaveRegistry");
        services.AddServiceClient<IngestionService.IngestionServiceClient>(configuration, "Ingestion");
        services.AddServiceClient<ToezichtRegisterService.ToezichtRegisterServiceClient>(configuration, "OpgaveRegistry");
        services.AddSingleton<GebiedBoomBron>();
        services.AddSingleton<Dashboardberekening>();
        services.AddSingleton<Gegevens>();
        services.AddSingleton<Uitkomsten>();
        services.AddSingleton<Toezicht.Toezichtstand>();
        return services;
    }
}
