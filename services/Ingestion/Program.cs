using Regiemonitor.Ingestion;
using Regiemonitor.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackendDefaults();
builder.Services.AddIngestion(builder.Configuration);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<IngestionGrpc>();
app.MapRealisatieImport();
app.MapRealisatieHistorie();
app.Run();
