using Dapr.Client;
using Grpc.Health.V1;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults.Transport;

namespace Regiemonitor.ServiceDefaults.Tests.Transport;

public sealed class DiensttransportTests
{
    private static IConfiguration Configuratie(params (string Sleutel, string Waarde)[] waarden) =>
        new ConfigurationBuilder().AddInMemoryCollection(waarden.Select(w => new KeyValuePair<string, string?>(w.Sleutel, w.Waarde))).Build();

    [Fact]
    public void Lees_NietGezet_IsDirect() =>
        Assert.Equal(Diensttransport.Direct, DiensttransportKeuze.Lees(Configuratie()));

    [Theory]
    [InlineData("Dapr", Diensttransport.Dapr)]
    [InlineData("dapr", Diensttransport.Dapr)]
    [InlineData("Direct", Diensttransport.Direct)]
    public void Lees_Naam_HoofdletterOngevoelig(string waarde, Diensttransport verwacht) =>
        Assert.Equal(verwacht, DiensttransportKeuze.Lees(Configuratie(("Regiemonitor:Transport", waarde))));

    [Theory]
    [InlineData("Grpc")]
    [InlineData("1")]
    public void Lees_OnbekendeWaarde_NoemtSleutelEnWaarde(string waarde)
    {
        var fout = Assert.Throws<InvalidOperationException>(() => DiensttransportKeuze.Lees(Configuratie(("Regiemonitor:Transport", waarde))));
        Assert.Equal($"Configuratie 'Regiemonitor:Transport' heeft de onbekende waarde '{waarde}'; kies Direct of Dapr.", fout.Message);
    }

    [Fact]
    public void AppId_Standaard_IsDeK8sAppId()
    {
        Assert.Equal("opgaveregistry", DiensttransportKeuze.AppId(Configuratie(), "OpgaveRegistry"));
        Assert.Equal("calc-blauw", DiensttransportKeuze.AppId(Configuratie(("Regiemonitor:AppIds:Calculation", "calc-blauw")), "Calculation"));
    }

    [Fact]
    public void AddServiceClient_ZonderTransport_BeltDeDienstRechtstreeks()
    {
        var (adres, interceptors) = Client(("Regiemonitor:Services:Calculation", "http://calculation:8080"));
        Assert.Equal(new Uri("http://calculation:8080"), adres);
        Assert.DoesNotContain(typeof(InvocationInterceptor), interceptors);
    }

    [Fact]
    public void AddServiceClient_Dapr_BeltHetZijspanMetDaprsInterceptor()
    {
        var (adres, interceptors) = Client(("Regiemonitor:Services:Calculation", "http://calculation:8080"), ("Regiemonitor:Transport", "Dapr"),
            ("DAPR_GRPC_ENDPOINT", "http://127.0.0.1:50001"));
        Assert.Equal(new Uri("http://127.0.0.1:50001"), adres);
        Assert.Single(interceptors, t => t == typeof(InvocationInterceptor));
    }

    /// <summary>The address the registered client calls and the types of its interceptors.</summary>
    private static (Uri? Adres, List<Type> Interceptors) Client(params (string, string)[] waarden)
    {
        var configuratie = Configuratie(waarden);
        var services = new ServiceCollection().AddSingleton(configuratie);
        services.AddServiceClient<Health.HealthClient>(configuratie, "Calculation");
        using var sp = services.BuildServiceProvider();
        var opties = sp.GetRequiredService<IOptionsMonitor<GrpcClientFactoryOptions>>().Get(nameof(Health.HealthClient));
        return (opties.Address, opties.InterceptorRegistrations.Select(r => r.Creator(sp).GetType()).ToList());
    }
}
