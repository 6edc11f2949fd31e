using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Hosting;

/// <summary>The gateway process on its own: start-up validation and health when services are missing.</summary>
[Collection(StapelCollectie.Naam)]
public sealed class GatewayTests
{
    private static readonly TimeSpan Limiet = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Healthz_ServicesOnbereikbaar_Geeft503MetWelkeService()
    {
        var poort = VrijePoorten.Blok(5);
        await using var gateway = StartGateway(poort, "Local", "dev-admin-key");
        await gateway.WachtOpRegel(r => r.Contains("Application started", StringComparison.Ordinal), Limiet);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{poort}") };
        using var antwoord = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, antwoord.StatusCode);
        var services = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["services"]!.AsObject();
        Assert.Equal(4, services.Count);
        Assert.All(services, s => Assert.Equal("onbereikbaar", (string?)s.Value));
    }

    [Theory]
    [InlineData("dev-admin-key")]
    [InlineData("kort-maar-echt")]
    public async Task Start_PlaatsvervangendeOfKorteSleutelBuitenLokaal_WeigertTeStarten(string sleutel)
    {
        await using var gateway = StartGateway(VrijePoorten.Blok(5), "Production", sleutel);
        Assert.NotEqual(0, await gateway.WachtOpEinde(Limiet));
        Assert.Contains("Regiemonitor:AdminKey is de voorbeeldsleutel of korter dan 32 tekens", gateway.Uitvoer);
        Assert.DoesNotContain(sleutel, gateway.Uitvoer);
    }

    [Fact]
    public async Task Start_SterkeSleutelEnOndertekeningssleutelBuitenLokaal_Start()
    {
        using var sleutels = new Ondertekeningssleutels();
        await using var gateway = StartGateway(VrijePoorten.Blok(5), "Production", "een-sterke-sleutel-van-minstens-32-tekens", sleutels.Configuratie());
        await gateway.WachtOpRegel(r => r.Contains("Application started", StringComparison.Ordinal), Limiet);
    }

    [Fact]
    public async Task Start_ZonderOndertekeningssleutelBuitenLokaal_WeigertTeStarten()
    {
        await using var gateway = StartGateway(VrijePoorten.Blok(5), "Production", "een-sterke-sleutel-van-minstens-32-tekens");
        Assert.NotEqual(0, await gateway.WachtOpEinde(Limiet));
        Assert.Contains("Regiemonitor:Tokens:Sleutels is leeg", gateway.Uitvoer);
    }

    [Fact]
    public async Task Start_TenantMetLegeScopeOfHttpOrigin_WeigertTeStarten()
    {
        using var sleutels = new Ondertekeningssleutels();
        var configuratie = sleutels.Configuratie();
        configuratie["Regiemonitor__Tenants__0__Id"] = "fout";
        configuratie["Regiemonitor__Tenants__0__ApiKeyHash"] = new string('a', 64);
        configuratie["Regiemonitor__Tenants__0__Origins__0"] = "http://portaal.example/pad";
        configuratie["Regiemonitor__Tenants__0__Views__0"] = "dashboard";
        await using var gateway = StartGateway(VrijePoorten.Blok(5), "Production", "een-sterke-sleutel-van-minstens-32-tekens", configuratie);
        Assert.NotEqual(0, await gateway.WachtOpEinde(Limiet));
        Assert.Contains("Tenant 'fout': Scope is leeg", gateway.Uitvoer);
        Assert.Contains("origin 'http://portaal.example/pad' is geen exacte origin", gateway.Uitvoer);
    }

    [Fact]
    public async Task Start_PostgreSQLZonderVerbinding_WeigertTeStarten()
    {
        // The token revocations live in the gateway's database: without it no replica may start.
        using var sleutels = new Ondertekeningssleutels();
        var configuratie = sleutels.Configuratie();
        configuratie["Regiemonitor__Opslag__Provider"] = "PostgreSQL";
        await using var gateway = StartGateway(VrijePoorten.Blok(5), "Production", "een-sterke-sleutel-van-minstens-32-tekens", configuratie);
        Assert.NotEqual(0, await gateway.WachtOpEinde(Limiet));
        Assert.Contains("Regiemonitor__ConnectionStrings__Gateway", gateway.Uitvoer);
    }

    private static LopendProces StartGateway(int poort, string omgeving, string sleutel, IReadOnlyDictionary<string, string>? extra = null)
    {
        var configuratie = typeof(GatewayTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var bin = Path.Combine(Paden.Repository, "gateway", "bin", configuratie, "net10.0");
        var info = new ProcessStartInfo("dotnet", [Path.Combine(bin, "Regiemonitor.Gateway.dll"), "--contentRoot", bin]);
        info.Environment["DOTNET_ENVIRONMENT"] = omgeving;
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{poort}";
        info.Environment["Regiemonitor__AdminKey"] = sleutel;
        // Service addresses on the free ports after the gateway's: nothing listens there.
        string[] services = ["OpgaveRegistry", "Ingestion", "Calculation", "Reporting"];
        for (var i = 0; i < services.Length; i++)
            info.Environment[$"Regiemonitor__Services__{services[i]}"] = $"http://127.0.0.1:{(poort + i + 1).ToString(CultureInfo.InvariantCulture)}";
        foreach (var (naam, waarde) in extra ?? new Dictionary<string, string>()) info.Environment[naam] = waarde;
        return new LopendProces(info);
    }
}
