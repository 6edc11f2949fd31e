using Regiemonitor.Gateway;
using Regiemonitor.Gateway.Embedding;
using Regiemonitor.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseBeveiligingsheaders();
app.UseStatusCodePages();
app.UseDienstuitval();
app.UseStaticFiles(); // the embed SDK and runtime
app.UseAuthentication();
app.UseImportdoorgifte();
app.UseRateLimiter();
app.UseAuthorization();
app.MapHealthz();
app.MapOpenApiDocument();
app.MapEmbedding();
app.MapReverseProxy();
app.Run();
