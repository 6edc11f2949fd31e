using Regiemonitor.Calculation.Api;
using Regiemonitor.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackendDefaults();
builder.Services.AddCalculation(builder.Configuration);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<CalculationGrpc>();
app.Run();
