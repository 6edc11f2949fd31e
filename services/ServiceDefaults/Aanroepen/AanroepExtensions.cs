using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Regiemonitor.ServiceDefaults.Aanroepen;

public static class AanroepExtensions
{
    /// <summary>
    /// Puts <see cref="Aanroepbeleid"/> on a gRPC client of service <paramref name="dienst"/>, with
    /// the breaker that all clients of that service share, and a short connect timeout.
    /// </summary>
    public static IHttpClientBuilder AddAanroepbeleid(this IHttpClientBuilder client, string dienst)
    {
        client.Services.AddOptions<AanroepOptions>().BindConfiguration(AanroepOptions.Sectie)
            .Validate(o => o.Timeout > TimeSpan.Zero && o.Verbindingstimeout > TimeSpan.Zero && o.Onderbrekingsduur > TimeSpan.Zero,
                "Regiemonitor:Aanroepen: Timeout, Verbindingstimeout en Onderbrekingsduur moeten groter dan 0 zijn.")
            .Validate(o => o.Pogingen >= 1 && o.Onderbrekingsdrempel >= 1 && o.Wachttijd >= TimeSpan.Zero,
                "Regiemonitor:Aanroepen: Pogingen en Onderbrekingsdrempel moeten minstens 1 zijn, Wachttijd niet negatief.")
            .ValidateOnStart();
        client.Services.TryAddSingleton(TimeProvider.System);
        client.Services.TryAddSingleton<Stroomonderbrekers>();
        client.Services.AddHttpContextAccessor();
        client.ConfigurePrimaryHttpMessageHandler((handler, sp) =>
        {
            if (handler is SocketsHttpHandler sockets)
                sockets.ConnectTimeout = sp.GetRequiredService<IOptions<AanroepOptions>>().Value.Verbindingstimeout;
        });
        return client.AddInterceptor(sp =>
        {
            var verzoek = sp.GetRequiredService<IHttpContextAccessor>();
            return new Aanroepbeleid(sp.GetRequiredService<IOptions<AanroepOptions>>().Value,
                sp.GetRequiredService<Stroomonderbrekers>().Voor(dienst), sp.GetRequiredService<TimeProvider>(),
                () => IsGrpcVerzoek(verzoek.HttpContext));
        });
    }

    /// <summary>The request being served is a gRPC call (from another service), not a REST or page request.</summary>
    public static bool IsGrpcVerzoek(HttpContext? verzoek) =>
        verzoek?.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
}
