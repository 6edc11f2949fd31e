using Regiemonitor.Reporting;
using Regiemonitor.Reporting.Toezicht;
using Regiemonitor.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackendDefaults();
builder.Services.AddReporting(builder.Configuration);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDashboards();
app.MapToezicht();
app.Run();
