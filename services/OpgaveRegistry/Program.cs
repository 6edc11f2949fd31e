using Regiemonitor.OpgaveRegistry;
using Regiemonitor.OpgaveRegistry.Toezicht;
using Regiemonitor.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackendDefaults();
builder.Services.AddOpgaveRegistry(builder.Configuration);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<OpgaveRegistryGrpc>();
app.MapOpgaveImport();
app.MapToezicht();
app.Run();
