using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Regiemonitor.Reporting.Edities;
using Regiemonitor.Reporting.Events;
using Regiemonitor.Reporting.Exports;
using Regiemonitor.Reporting.Landkaarten;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Reporting;

public static class ServiceCollectionExtensions
{
    /// <summary>Reporting's registrations: the calculation (dashboard and toezicht) and registry clients, the map boundaries, the PDF printer and the editions.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceClient<CalculationService.CalculationServiceClient>(configuration, "Calculation");
        services.AddServiceClient<OpgaveRegistryService.OpgaveRegistryServiceClient>(configuration, "OpgaveRegistry");
        services.AddSingleton<GebiedBoomBron>();
        services.AddSingleton<Dashboardbron>();
        services.AddServiceClient<ToezichtService.ToezichtServiceClient>(configuration, "Calculation");
        services.AddSingleton<Toezicht.Toezichtbron>();
        services.AddSingleton(_ => Grenzen.Laad(Path.Combine(AppContext.BaseDirectory, "Referentiedata", "geo")));
        services.AddOptions<PdfOptions>().BindConfiguration("Regiemonitor:Pdf")
            .Validate(o => o.TimeoutSeconden > 0, "Regiemonitor:Pdf:TimeoutSeconden moet groter dan 0 zijn.").ValidateOnStart();
        services.AddSingleton<PdfPrinter>();
        services.AddEdities();
        services.AddReportingEvents();
        return services;
    }
}
