using Regiemonitor.Reporting;
using Regiemonitor.Reporting.Edities;
using Regiemonitor.Reporting.Events;
using Regiemonitor.Reporting.Toezicht;
using Regiemonitor.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackendDefaults();
builder.Services.AddReporting(builder.Configuration);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDashboards();
app.MapToezicht();
app.MapEdities();
app.MapReportingEvents();
app.Run();
