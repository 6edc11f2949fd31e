using Grpc.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Tests.Edities;

namespace Regiemonitor.Reporting.Tests;

/// <summary>The last good view: served, marked, when the calculation is unreachable; never for an edition's question.</summary>
public sealed class DashboardbronTests
{
    private static readonly DateTimeOffset Eerst = new(2024, 9, 12, 8, 15, 0, TimeSpan.Zero);
    private StatusCode? _storing;

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    public async Task Haal_RekendienstOnbereikbaar_LaatsteGoedeMetBerekendOp(StatusCode storing)
    {
        var bron = Bron();
        var vers = await bron.Haal("PV26", "2024-09-01", null, CancellationToken.None);
        Assert.False(vers.Verouderd);

        _storing = storing;
        var oud = await bron.Haal("PV26", "2024-09-01", null, CancellationToken.None);

        Assert.Equal(200, oud.Status);
        Assert.True(oud.Verouderd);
        Assert.Equal(Eerst, oud.BerekendOp);
        Assert.Equal(vers.Dashboard, oud.Dashboard);
    }

    [Fact]
    public async Task Haal_AndereVraagZonderLaatsteGoede_503()
    {
        var bron = Bron();
        await bron.Haal("PV26", "2024-09-01", null, CancellationToken.None);
        _storing = StatusCode.Unavailable;

        var uitkomst = await bron.Haal("PV26", "2024-10-01", null, CancellationToken.None);

        Assert.Equal(503, uitkomst.Status);
        Assert.Null(uitkomst.Dashboard);
        Assert.Equal("Tijdelijk niet beschikbaar", uitkomst.Titel);
    }

    [Fact]
    public async Task Haal_WeerBereikbaar_VersEnNietVerouderd()
    {
        var bron = Bron();
        await bron.Haal("PV26", null, null, CancellationToken.None);
        _storing = StatusCode.Unavailable;
        Assert.True((await bron.Haal("PV26", null, null, CancellationToken.None)).Verouderd);

        _storing = null;
        var weer = await bron.Haal("PV26", null, null, CancellationToken.None);

        Assert.False(weer.Verouderd);
        Assert.Null(weer.BerekendOp);
    }

    [Fact]
    public async Task Haal_NietGevonden_GeenLaatsteGoede()
    {
        var bron = Bron();
        await bron.Haal("PV26", null, null, CancellationToken.None);
        _storing = StatusCode.NotFound;

        Assert.Equal(404, (await bron.Haal("PV26", null, null, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task HaalVerzoek_VoorEditie_NooitLaatsteGoede()
    {
        var bron = Bron();
        var vraag = new GetDashboardRequest { Gebiedcode = "PV26", Peildatum = "2024-09-01" };
        await bron.Haal("PV26", "2024-09-01", null, CancellationToken.None);
        Assert.Equal(200, (await bron.Haal(vraag, CancellationToken.None)).Status);
        _storing = StatusCode.Unavailable;

        var uitkomst = await bron.Haal(vraag, CancellationToken.None);

        Assert.Equal(503, uitkomst.Status);
        Assert.Null(uitkomst.Dashboard);
    }

    private Dashboardbron Bron() => new(new Rekendienst(v => _storing is { } s
        ? throw new RpcException(new Status(s, "test"))
        : Voorbeelden.Dashboard(v.Gebiedcode)), new VasteTijd(Eerst));
}
