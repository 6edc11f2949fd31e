using Dapr.Client;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Regiemonitor.ServiceDefaults.Transport;

/// <summary>How one service reaches another: <c>Regiemonitor:Transport</c>.</summary>
public enum Diensttransport
{
    /// <summary>A gRPC channel straight to <c>Regiemonitor:Services:&lt;naam&gt;</c> (one machine, tests; the default).</summary>
    Direct,

    /// <summary>Through the own Dapr sidecar, which finds the target by its app id (Kubernetes: mTLS, per-call balancing, tracing).</summary>
    Dapr,
}

/// <summary>
/// The choice between <see cref="Diensttransport.Direct"/> and <see cref="Diensttransport.Dapr"/>
/// for the generated gRPC clients, made once in <see cref="Extensions.AddServiceClient{TClient}"/>.
/// </summary>
public static class DiensttransportKeuze
{
    public const string Sleutel = "Regiemonitor:Transport";

    /// <summary>The transport configured, <see cref="Diensttransport.Direct"/> when none is; any other value stops the start.</summary>
    public static Diensttransport Lees(IConfiguration configuration)
    {
        var waarde = configuration[Sleutel];
        if (string.IsNullOrWhiteSpace(waarde)) return Diensttransport.Direct;
        // Names only: Enum.TryParse would also take "1" or " dapr,direct".
        foreach (var t in Enum.GetValues<Diensttransport>())
            if (string.Equals(waarde.Trim(), t.ToString(), StringComparison.OrdinalIgnoreCase)) return t;
        throw new InvalidOperationException(
            $"Configuratie '{Sleutel}' heeft de onbekende waarde '{waarde}'; kies Direct of Dapr.");
    }

    /// <summary>
    /// The Dapr app id of service <paramref name="naam"/>: <c>Regiemonitor:AppIds:&lt;naam&gt;</c>, else the
    /// name in lower case, which is the <c>dapr.io/app-id</c> annotation of its pods in k8s/base.
    /// </summary>
    public static string AppId(IConfiguration configuration, string naam) =>
        configuration[$"Regiemonitor:AppIds:{naam}"] is { Length: > 0 } appId ? appId : naam.ToLowerInvariant();

    /// <summary>
    /// With Dapr, points the client's channel at the sidecar (<c>DAPR_GRPC_ENDPOINT</c>, else
    /// <c>DAPR_GRPC_PORT</c> on localhost) and adds Dapr's own <see cref="InvocationInterceptor"/>, which
    /// puts <c>dapr-app-id</c> (and <c>dapr-api-token</c> when set) on every call. That is exactly the
    /// invoker <c>DaprClient.CreateInvocationInvoker(appId)</c> builds, but assembled inside the gRPC
    /// client factory, so the handlers, interceptors and deadlines registered on
    /// <paramref name="client"/> (telemetry, resilience) apply to both transports alike.
    /// </summary>
    /// <remarks>
    /// Retries happen in one layer only: in this process's client pipeline (Aanroepen/Aanroepbeleid).
    /// k8s/base/dapr declares no Dapr Resiliency resource, so the sidecar passes each attempt on once;
    /// add a retry policy there only after switching the client's off (<c>Regiemonitor:Aanroepen:Pogingen=1</c>).
    /// </remarks>
    public static IHttpClientBuilder Configureer(IHttpClientBuilder client, IConfiguration configuration, string naam)
    {
        if (Lees(configuration) == Diensttransport.Direct) return client;
        var zijspan = Dapr.DaprDefaults.GetDefaultGrpcEndpoint(configuration);
        if (!Uri.TryCreate(zijspan, UriKind.Absolute, out var zijspanAdres))
            throw new InvalidOperationException($"Het Dapr-adres '{zijspan}' (DAPR_GRPC_ENDPOINT / DAPR_GRPC_PORT) is geen absolute URL.");
        var appId = AppId(configuration, naam);
        // Null when no DAPR_API_TOKEN is set: the interceptor then sends no dapr-api-token header.
        var token = Dapr.DaprDefaults.GetDefaultDaprApiToken(configuration);
        // Registered after AddGrpcClient's own options action, so this address wins.
        client.Services.Configure<GrpcClientFactoryOptions>(client.Name, o => o.Address = zijspanAdres);
        // It adds to the call's Metadata; Aanroepbeleid gives each retry a fresh copy of it, so the
        // app id is sent exactly once per attempt whichever of the two runs first.
        return client.AddInterceptor(() => new InvocationInterceptor(appId, token!));
    }
}
