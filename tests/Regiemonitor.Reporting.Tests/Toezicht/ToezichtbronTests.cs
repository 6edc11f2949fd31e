using Grpc.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Toezicht;

namespace Regiemonitor.Reporting.Tests.Toezicht;

public sealed class ToezichtbronTests
{
    /// <summary>A generated client whose every call ends in the given status, as a real channel would report it.</summary>
    private sealed class Weigerend(StatusCode code, string detail) : ToezichtService.ToezichtServiceClient
    {
        public override AsyncUnaryCall<PeriodeResultaten> GetPeriodeResultatenAsync(GetPeriodeResultatenRequest request, CallOptions options) => Fout<PeriodeResultaten>();
        public override AsyncUnaryCall<Prognose> GetPrognoseAsync(GetPrognoseRequest request, CallOptions options) => Fout<Prognose>();
        public override AsyncUnaryCall<Scenarios> GetScenariosAsync(GetScenariosRequest request, CallOptions options) => Fout<Scenarios>();

        private AsyncUnaryCall<T> Fout<T>() => new(
            Task.FromException<T>(new RpcException(new Status(code, detail))),
            Task.FromResult(new Metadata()), () => new Status(code, detail), () => [], () => { });
    }

    private sealed class Antwoordend(PeriodeResultaten antwoord) : ToezichtService.ToezichtServiceClient
    {
        public GetPeriodeResultatenRequest? Vraag { get; private set; }

        public override AsyncUnaryCall<PeriodeResultaten> GetPeriodeResultatenAsync(GetPeriodeResultatenRequest request, CallOptions options)
        {
            Vraag = request;
            return new(Task.FromResult(antwoord), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
        }
    }

    [Theory]
    [InlineData(StatusCode.NotFound, 404)]
    [InlineData(StatusCode.InvalidArgument, 400)]
    [InlineData(StatusCode.Unavailable, 503)]
    [InlineData(StatusCode.DeadlineExceeded, 503)]
    public async Task Periode_Refusal_TranslatedToHttpStatus(StatusCode code, int status)
    {
        var uitkomst = await new Toezichtbron(new Weigerend(code, "Onbekende periode")).Periode("PV26", "2022-2", CancellationToken.None);

        Assert.Null(uitkomst.Waarde);
        Assert.Equal(status, uitkomst.Status);
        Assert.False(string.IsNullOrWhiteSpace(uitkomst.Detail));
    }

    [Fact]
    public async Task Scenarios_NotFound_KeepsTheServicesExplanation()
    {
        var uitkomst = await new Toezichtbron(new Weigerend(StatusCode.NotFound, "Er is geen scenario met id 'x'.")).Scenarios("PV26", ["x"], "", CancellationToken.None);

        Assert.Equal(404, uitkomst.Status);
        Assert.Equal("Er is geen scenario met id 'x'.", uitkomst.Detail);
    }

    [Fact]
    public async Task Prognose_OtherFailure_IsNotHidden()
    {
        var bron = new Toezichtbron(new Weigerend(StatusCode.Internal, "kapot"));

        await Assert.ThrowsAsync<RpcException>(() => bron.Prognose(new GetPrognoseRequest { Gebiedcode = "PV26" }, CancellationToken.None));
    }

    [Fact]
    public async Task Periode_Answer_PassesGebiedAndPeriode()
    {
        var client = new Antwoordend(Voorbeelden.Voortgang());

        var uitkomst = await new Toezichtbron(client).Periode("PV26", "2022-2", CancellationToken.None);

        Assert.Equal(200, uitkomst.Status);
        Assert.Equal("2022-2", uitkomst.Waarde!.Periode);
        Assert.Equal(("PV26", "2022-2"), (client.Vraag!.Gebiedcode, client.Vraag.Periode));
    }
}
