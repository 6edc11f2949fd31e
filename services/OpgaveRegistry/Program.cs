using Regiemonitor.OpgaveRegistry;
using Regiemonitor.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackendDefaults();
builder.Services.AddOpgaveRegistry();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<OpgaveRegistryGrpc>();
app.MapOpgaveImport();
app.Run();
