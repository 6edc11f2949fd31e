using Regiemonitor.Calculation.Api;
using Regiemonitor.Calculation.Api.Toezicht;
using Regiemonitor.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackendDefaults();
builder.Services.AddCalculation(builder.Configuration);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<CalculationGrpc>();
app.MapGrpcService<ToezichtGrpc>();
app.Run();
