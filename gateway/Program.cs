using Regiemonitor.Gateway;
using Regiemonitor.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseBeveiligingsheaders();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealthz();
app.MapOpenApiDocument();
app.MapReverseProxy();
app.Run();
