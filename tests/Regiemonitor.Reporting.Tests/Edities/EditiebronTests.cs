using Grpc.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Regiemonitor.Reporting.Edities;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Reporting.Tests.Edities;

public sealed class EditiebronTests : IDisposable
{
    private static readonly Editieverzoek Verzoek = new("PV26", new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 2), "secretaris PRT Utrecht", "PRT 12 september 2024");

    private readonly DirectoryInfo _map = Directory.CreateTempSubdirectory("regiemonitor-edities-");
    private readonly EditieStore _store;

    public EditiebronTests()
    {
        _store = new EditieStore(Database.Sqlite(Sqlite.Bestand(_map.FullName, "edities.db")));
        _store.Initialiseer();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _map.Delete(recursive: true);
    }

    private Editiebron Bron(Rekendienst rekendienst) =>
        new(new Dashboardbron(rekendienst, TimeProvider.System), _store, new VasteTijd(Voorbeelden.Vastgesteld.AddMilliseconds(567)), NullLogger<Editiebron>.Instance);

    [Fact]
    public async Task Stel_CurrentDashboard_FreezesItsVersionsBatchesWhoAndWhen()
    {
        var rekendienst = new Rekendienst(_ => Voorbeelden.Dashboard());

        var uitkomst = await Bron(rekendienst).Stel(Verzoek, CancellationToken.None);

        Assert.Equal(201, uitkomst.Status);
        var e = uitkomst.Editie!;
        Assert.StartsWith("editie-", e.Id);
        Assert.Equal(("PV26", new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 2)), (e.Gebiedcode, e.Peildatum, e.RealisatieTot));
        Assert.Equal((Voorbeelden.RealisatieVersie, Voorbeelden.OpgaveVersie), (e.RealisatieVersie, e.OpgaveVersie));
        Assert.Equal(("secretaris PRT Utrecht", "PRT 12 september 2024"), (e.Door, e.Omschrijving));
        Assert.Equal(Voorbeelden.Vastgesteld, e.VastgesteldOp); // whole seconds
        Assert.Equal(["COA 2024-09-01 realisatie-coa-1", "KCIO 2024-09-02 realisatie-kcio-1,realisatie-kcio-2"],
            e.Bronnen.Select(b => $"{b.Bron} {b.Peildatum:yyyy-MM-dd} {string.Join(',', b.BatchIds)}"));
        // The current figures were asked: no versions, no kennisstand.
        var vraag = Assert.Single(rekendienst.Vragen);
        Assert.Equal(("PV26", "2024-09-01", "2024-09-02", "", ""), (vraag.Gebiedcode, vraag.Peildatum, vraag.RealisatieTot, vraag.RealisatieVersie, vraag.OpgaveVersie));
        Assert.Equal(e.Id, _store.Haal(e.Id)!.Id);
    }

    [Fact]
    public async Task Stel_CalculationWithoutVersions_Refused503AndNothingStored()
    {
        var zonder = Voorbeelden.Dashboard();
        zonder.RealisatieVersie = "";

        var uitkomst = await Bron(new Rekendienst(_ => zonder)).Stel(Verzoek, CancellationToken.None);

        Assert.Null(uitkomst.Editie);
        Assert.Equal(503, uitkomst.Status);
        Assert.Empty(_store.Alle());
    }

    [Fact]
    public async Task Stel_CalculationRefuses_StatusPassedOnAndNothingStored()
    {
        var uitkomst = await Bron(new Rekendienst(_ => throw new RpcException(new Status(StatusCode.InvalidArgument, "peildatum buiten bereik"))))
            .Stel(Verzoek, CancellationToken.None);

        Assert.Equal((400, "peildatum buiten bereik"), (uitkomst.Status, uitkomst.Detail));
        Assert.Empty(_store.Alle());
    }

    [Fact]
    public async Task Dashboard_GemeenteInTheEdition_AskedWithTheFrozenVersionsAndDates()
    {
        var rekendienst = new Rekendienst(v => Voorbeelden.Dashboard(v.Gebiedcode, "Amersfoort", "gemeente"));

        var uitkomst = await Bron(rekendienst).Dashboard(Voorbeelden.Editie(), "GM0307", Voorbeelden.Boom, CancellationToken.None);

        Assert.Equal("GM0307", uitkomst.Dashboard!.Gebied.Code);
        var vraag = Assert.Single(rekendienst.Vragen);
        Assert.Equal(("GM0307", "2024-09-01", "2024-09-02", Voorbeelden.RealisatieVersie, Voorbeelden.OpgaveVersie),
            (vraag.Gebiedcode, vraag.Peildatum, vraag.RealisatieTot, vraag.RealisatieVersie, vraag.OpgaveVersie));
    }

    [Theory]
    [InlineData("NL", 404, "Niet in deze editie")]
    [InlineData("GM0106", 404, "Niet in deze editie")]
    [InlineData("GM9999", 404, "Gebied niet gevonden")]
    public async Task Dashboard_OutsideTheEditionsSubtree_404WithoutAsking(string code, int status, string titel)
    {
        var rekendienst = new Rekendienst(_ => Voorbeelden.Dashboard());

        var uitkomst = await Bron(rekendienst).Dashboard(Voorbeelden.Editie(), code, Voorbeelden.Boom, CancellationToken.None);

        Assert.Equal((status, titel), (uitkomst.Status, uitkomst.Titel));
        Assert.Empty(rekendienst.Vragen);
    }

    [Fact]
    public async Task Dashboard_CalculationAnswersFromOtherVersions_RefusedRatherThanShown()
    {
        var later = Voorbeelden.Dashboard(asiel: 1200);
        later.RealisatieVersie = "realisatie-4";

        var uitkomst = await Bron(new Rekendienst(_ => later)).Dashboard(Voorbeelden.Editie(), "PV26", Voorbeelden.Boom, CancellationToken.None);

        Assert.Null(uitkomst.Dashboard);
        Assert.Equal(500, uitkomst.Status);
    }

    [Fact]
    public void Voor_Gemeente_EditionsOfItselfAndAboveNewestFirst()
    {
        foreach (var (id, code) in new[] { ("e1", "PV26"), ("e2", "PV22"), ("e3", "GM0344"), ("e4", "NL"), ("e5", "GM0307") })
            _store.Voeg(Voorbeelden.Editie(code) with { Id = id });
        var bron = Bron(new Rekendienst(_ => Voorbeelden.Dashboard()));

        Assert.Equal(["e4", "e3", "e1"], bron.Voor(Voorbeelden.Boom, "GM0344").Select(e => e.Id));
        Assert.Equal(["e4", "e1"], bron.Voor(Voorbeelden.Boom, "PV26").Select(e => e.Id));
        Assert.Equal(["e5", "e4", "e3", "e2", "e1"], bron.Voor(Voorbeelden.Boom, null).Select(e => e.Id));
    }
}
