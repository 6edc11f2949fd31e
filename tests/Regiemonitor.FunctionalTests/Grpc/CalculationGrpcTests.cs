using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.FunctionalTests.Dashboards;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Grpc;

/// <summary>Internal callers ask the calculation service itself over gRPC, on a real channel.</summary>
[Collection(StapelCollectie.Naam)]
public sealed class CalculationGrpcTests(NationaleStapel nationaal) : IDisposable
{
    private const int Calculation = 3;
    private readonly GrpcChannel _kanaal = GrpcChannel.ForAddress(nationaal.Stapel.Service(Calculation));

    [Fact]
    public async Task GetDashboard_NationaleFixture_GeeftDezelfdeKaartenAlsDeApi()
    {
        var client = new CalculationService.CalculationServiceClient(_kanaal);
        var dashboard = await client.GetDashboardAsync(new GetDashboardRequest { Gebiedcode = "NL", Peildatum = "2024-09-01", RealisatieTot = "2024-09-02" });

        var oekraine = dashboard.Kaarten[0];
        Assert.Equal("oekraine", oekraine.Categorie);
        Assert.Equal(111624, oekraine.IndicatiefSchema);
        // The exact schema: 97001 + 22999 * 213/335 = 37394122/335.
        Assert.Equal((37394122L, 335L), (oekraine.IndicatiefSchemaExact.Teller, oekraine.IndicatiefSchemaExact.Noemer));
        Assert.Equal(826, oekraine.PercentageTienden);
        Assert.Equal("oranje", oekraine.Status);
        Assert.Equal(12, dashboard.Rijen.Count);
        Assert.Equal(27811, dashboard.Totaal.Kaarten[0].Delta);
    }

    [Theory]
    [InlineData("GM9999", "2024-09-01", StatusCode.NotFound)]
    [InlineData("NL", "1 september", StatusCode.InvalidArgument)]
    public async Task GetDashboard_OngeldigVerzoek_GeeftPassendeStatus(string gebiedcode, string peildatum, StatusCode status)
    {
        var client = new CalculationService.CalculationServiceClient(_kanaal);
        var fout = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.GetDashboardAsync(new GetDashboardRequest { Gebiedcode = gebiedcode, Peildatum = peildatum }));
        Assert.Equal(status, fout.StatusCode);
    }

    [Theory]
    [InlineData(1, "regiemonitor.opgaveregistry.v1.OpgaveRegistryService")]
    [InlineData(2, "regiemonitor.ingestion.v1.IngestionService")]
    [InlineData(3, "regiemonitor.calculation.v1.CalculationService")]
    public async Task Service_ServeertHealthEnReflectie(int volgnummer, string service)
    {
        using var kanaal = GrpcChannel.ForAddress(nationaal.Stapel.Service(volgnummer));
        var health = await new Health.HealthClient(kanaal).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);

        using var reflectie = new ServerReflection.ServerReflectionClient(kanaal).ServerReflectionInfo();
        await reflectie.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await reflectie.RequestStream.CompleteAsync();
        Assert.True(await reflectie.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Contains(service, reflectie.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name));
    }

    public void Dispose() => _kanaal.Dispose();
}
