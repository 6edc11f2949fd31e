using Regiemonitor.Ingestion;
using Regiemonitor.Ingestion.Verwerking;
using Regiemonitor.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackendDefaults();
builder.Services.AddIngestion(builder.Configuration);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<IngestionGrpc>();
app.MapRealisatieImport();
app.MapRealisatieHistorie();
app.MapRealisatieVerwerking();
app.Run();
