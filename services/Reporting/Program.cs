using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting;
using Regiemonitor.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackendDefaults();
builder.Services.AddServiceClient<CalculationService.CalculationServiceClient>(builder.Configuration, "Calculation");

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDashboards();
app.Run();
