using Regiemonitor.ServiceDefaults.Events;

namespace Regiemonitor.Reporting.Events;

/// <summary>
/// Reporting subscribes to every import event to drop what the import made outdated. Figures
/// themselves are never cached here by anything but their content or data versions, so a lost
/// event costs memory for a while, never a wrong number.
/// </summary>
public static class ReportingEvents
{
    public static IServiceCollection AddReportingEvents(this IServiceCollection services)
    {
        services.AddEventOntvangst();
        services.AddSingleton<Exportcache>();
        return services;
    }

    /// <summary><c>GET /dapr/subscribe</c> and <c>POST /events/{topic}</c> for both import topics.</summary>
    public static WebApplication MapReportingEvents(this WebApplication app)
    {
        var exports = app.Services.GetRequiredService<Exportcache>();
        app.MapEventOntvangst(Topics.Alle, (_, gebeurtenis, _) =>
        {
            exports.Wis(gebeurtenis.Id);
            return Task.CompletedTask;
        });
        return app;
    }
}
