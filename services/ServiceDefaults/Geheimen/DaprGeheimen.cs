using Dapr;
using Dapr.Client;
using Grpc.Core;
using Microsoft.Extensions.Configuration;

namespace Regiemonitor.ServiceDefaults.Geheimen;

public static class DaprGeheimen
{
    /// <summary>
    /// When <c>Regiemonitor:Geheimen:Store</c> is set, adds the secrets of
    /// <c>Regiemonitor:Geheimen:Koppelingen</c>, read once through the Dapr sidecar's secret API
    /// (<c>DAPR_GRPC_ENDPOINT</c> / <c>DAPR_GRPC_PORT</c>). Added last, so a secret overrides
    /// the same key from a file or the environment. Values never appear in messages or logs.
    /// </summary>
    public static ConfigurationManager AddDaprGeheimen(this ConfigurationManager configuratie)
    {
        var opties = configuratie.GetSection(GeheimenOptions.Sectie).Get<GeheimenOptions>();
        if (string.IsNullOrWhiteSpace(opties?.Store)) return configuratie;
        foreach (var k in opties.Koppelingen)
            if (string.IsNullOrWhiteSpace(k.Geheim) || string.IsNullOrWhiteSpace(k.Configuratie))
                throw new InvalidOperationException($"{GeheimenOptions.Sectie}:Koppelingen: elke koppeling heeft een Geheim en een Configuratie nodig.");
        if (opties.WachtSeconden <= 0) throw new InvalidOperationException($"{GeheimenOptions.Sectie}:WachtSeconden moet groter dan 0 zijn.");
        ((IConfigurationBuilder)configuratie).Add(new DaprGeheimenBron(opties,
            DaprDefaults.GetDefaultGrpcEndpoint(configuratie), DaprDefaults.GetDefaultDaprApiToken(configuratie)));
        return configuratie;
    }
}

internal sealed class DaprGeheimenBron(GeheimenOptions opties, string zijspan, string? token) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new DaprGeheimenLezer(opties, zijspan, token);
}

internal sealed class DaprGeheimenLezer(GeheimenOptions opties, string zijspan, string? token) : ConfigurationProvider
{
    public override void Load() => LeesAlles().GetAwaiter().GetResult();

    private async Task LeesAlles()
    {
        var builder = new DaprClientBuilder().UseGrpcEndpoint(zijspan);
        if (token is not null) builder.UseDaprApiToken(token);
        using var dapr = builder.Build();
        var tot = TimeProvider.System.GetUtcNow().AddSeconds(opties.WachtSeconden);
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var geheim in opties.Koppelingen.GroupBy(k => k.Geheim, StringComparer.Ordinal))
        {
            var waarden = await Lees(dapr, geheim.Key, geheim.All(k => k.Optioneel), tot);
            if (waarden is null) continue;
            foreach (var k in geheim)
            {
                var sleutel = string.IsNullOrWhiteSpace(k.Sleutel) ? k.Geheim : k.Sleutel;
                if (waarden.TryGetValue(sleutel, out var waarde)) data[k.Configuratie.Replace("__", ":", StringComparison.Ordinal)] = waarde;
                else if (!k.Optioneel)
                    throw new InvalidOperationException($"Geheim '{k.Geheim}' in Dapr-secretstore '{opties.Store}' heeft geen sleutel '{sleutel}'.");
            }
        }
        Data = data;
    }

    /// <summary>The secret's keys and values; null for an optional secret the store does not have.</summary>
    private async Task<Dictionary<string, string>?> Lees(DaprClient dapr, string geheim, bool optioneel, DateTimeOffset tot)
    {
        for (var wacht = TimeSpan.FromMilliseconds(100); ; wacht = TimeSpan.FromTicks(Math.Min(wacht.Ticks * 2, TimeSpan.TicksPerSecond * 2)))
        {
            try
            {
                return await dapr.GetSecretAsync(opties.Store!, geheim);
            }
            // In Kubernetes the app container may start before its sidecar listens: wait for it, within limits.
            catch (DaprException ex) when (ex.InnerException is RpcException { StatusCode: StatusCode.Unavailable } && TimeProvider.System.GetUtcNow() < tot)
            {
                await Task.Delay(wacht);
            }
            catch (DaprException ex) when (ex.InnerException is RpcException { StatusCode: not StatusCode.Unavailable })
            {
                if (optioneel) return null;
                throw new InvalidOperationException(
                    $"Geheim '{geheim}' kon niet uit Dapr-secretstore '{opties.Store}' gelezen worden: {((RpcException)ex.InnerException!).Status.Detail}", ex);
            }
            catch (DaprException ex)
            {
                throw new InvalidOperationException(
                    $"De Dapr-sidecar op {zijspan} antwoordde niet binnen {opties.WachtSeconden} s op de vraag naar geheim '{geheim}'.", ex);
            }
        }
    }
}
