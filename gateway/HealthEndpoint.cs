using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.Options;

namespace Regiemonitor.Gateway;

/// <summary>
/// <c>GET /healthz</c>: 200 only when every backend answers SERVING on grpc.health.v1 within a
/// short deadline, so "healthy" means the whole product can serve a dashboard.
/// </summary>
public sealed class ServiceGezondheid(IOptions<GatewayOptions> options, TimeProvider tijd) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);
    private readonly Dictionary<string, GrpcChannel> _kanalen =
        options.Value.Services.ToDictionary(s => s.Key, s => GrpcChannel.ForAddress(s.Value));

    public async Task<IReadOnlyDictionary<string, string>> Controleer(CancellationToken ct)
    {
        var controles = _kanalen.Select(async k =>
        {
            try
            {
                var antwoord = await new Health.HealthClient(k.Value).CheckAsync(new HealthCheckRequest(),
                    deadline: tijd.GetUtcNow().UtcDateTime + Deadline, cancellationToken: ct);
                return (k.Key, Status: antwoord.Status == HealthCheckResponse.Types.ServingStatus.Serving ? "gezond" : "ongezond");
            }
            catch (Grpc.Core.RpcException)
            {
                return (k.Key, Status: "onbereikbaar");
            }
        });
        return (await Task.WhenAll(controles)).ToDictionary(c => c.Key, c => c.Status);
    }

    public void Dispose()
    {
        foreach (var k in _kanalen.Values) k.Dispose();
    }
}

public static class HealthEndpoint
{
    public static WebApplication MapHealthz(this WebApplication app)
    {
        app.MapGet("/healthz", async (ServiceGezondheid gezondheid, IHostApplicationLifetime levensloop, CancellationToken ct) =>
        {
            var services = await gezondheid.Controleer(ct);
            // Not ready once asked to stop (Regiemonitor:Afsluiten), so Kubernetes routes no new traffic here.
            var gezond = services.Values.All(s => s == "gezond") && !levensloop.ApplicationStopping.IsCancellationRequested;
            return Results.Json(new { status = gezond ? "gezond" : "ongezond", services },
                statusCode: gezond ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
