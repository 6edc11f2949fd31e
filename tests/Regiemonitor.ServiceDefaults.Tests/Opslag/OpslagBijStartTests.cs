using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.ServiceDefaults.Tests.Opslag;

public sealed class OpslagBijStartTests
{
    private sealed class Store
    {
        public static int Gebouwd;
        public Store() => Interlocked.Increment(ref Gebouwd);
    }

    private sealed class KapotteStore
    {
        public KapotteStore() => throw new InvalidOperationException("migratie mislukt");
    }

    [Fact]
    public async Task Store_WordtBijDeStartGebouwd_NietPasBijHetEersteGebruik()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<Store>();
        builder.Services.InitialiseerBijStart<Store>();
        using var host = builder.Build();
        var voor = Store.Gebouwd;

        await host.StartAsync();

        Assert.Equal(voor + 1, Store.Gebouwd);
        host.Services.GetRequiredService<Store>();
        Assert.Equal(voor + 1, Store.Gebouwd);
        await host.StopAsync();
    }

    [Fact]
    public async Task Store_DieNietKanWordenGebouwd_HoudtDeStartTegen()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<KapotteStore>();
        builder.Services.InitialiseerBijStart<KapotteStore>();
        using var host = builder.Build();

        var fout = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());
        Assert.Equal("migratie mislukt", fout.Message);
    }
}
