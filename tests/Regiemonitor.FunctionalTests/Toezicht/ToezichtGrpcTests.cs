using Grpc.Core;
using Grpc.Net.Client;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Toezicht;

/// <summary>
/// The toezicht calculation over gRPC on the real calculation service, with the figures the
/// gateway imported: the province of Utrecht's half-years (DOMAIN.md §4) and the IBT assessment.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class ToezichtGrpcTests(ToezichtStapel utrecht) : IDisposable
{
    private const int Calculation = 3;
    private readonly GrpcChannel _kanaal = GrpcChannel.ForAddress(utrecht.Stapel.Service(Calculation));
    private ToezichtService.ToezichtServiceClient Client => new(_kanaal);

    [Fact]
    public async Task Periode_2023_1_GeeftDeGepubliceerdeProvincieCijfers()
    {
        var r = await Client.GetPeriodeResultatenAsync(new GetPeriodeResultatenRequest { Gebiedcode = "PV26", Periode = "2023-1" });

        Assert.Equal(("Utrecht", "2022-2"), (r.Gebied.Naam, r.VorigePeriode));
        Assert.Equal((1651L, -150L, 1501L, 1138L), (r.Totaal.Taakstelling, r.Totaal.AchterstandIn, r.Totaal.Totaalopgave, r.Totaal.Gehuisvest));
        Assert.Equal((69L, 76L), (Procent(r.Totaal.PercentageTaakstelling), Procent(r.Totaal.PercentageTotaalopgave)));
        Assert.Equal((1055L, 422L, 1477L, 1635L), (r.VorigTotaal.Taakstelling, r.VorigTotaal.AchterstandIn, r.VorigTotaal.Totaalopgave, r.VorigTotaal.Gehuisvest));
        Assert.Equal((155L, 111L), (Procent(r.VorigTotaal.PercentageTaakstelling), Procent(r.VorigTotaal.PercentageTotaalopgave)));
        // The arithmetic would carry 158; the published 150 is an explicit correction with its reason.
        Assert.Equal(-158, r.VorigTotaal.AchterstandUit);
        var amersfoort = r.Rijen.Single(rij => rij.Gebied.Code == "GM0307");
        Assert.Contains("Administratieve correctie", Assert.Single(amersfoort.Correcties).Reden);
        Assert.Equal(["Amersfoort", "Utrecht"], r.Rijen.Select(rij => rij.Gebied.Naam));
    }

    [Fact]
    public async Task Periode_TrendbeleidMetKoppelingstekort_GeeftTredeMetGrondslagEnRedenen()
    {
        var r = await Client.GetPeriodeResultatenAsync(new GetPeriodeResultatenRequest { Gebiedcode = "PV26", Periode = "2023-1" });

        var beleid = Assert.Single(r.Beleid);
        Assert.Equal(("PV26", "trend", 1, "2022-2"), (beleid.Provincie, beleid.Code, beleid.Versie, beleid.Vanaf));
        Assert.NotEmpty(beleid.Regels);

        // Amersfoort: 500 linked by 1 April, fewer than its totaalopgave 651, and 538 housed: met on the koppelingen.
        var amersfoort = r.Rijen.Single(rij => rij.Gebied.Code == "GM0307").Beoordeling;
        Assert.Equal((1, "koppelingstekort", 500L, 538L), (amersfoort.Trede, amersfoort.Grondslag, amersfoort.Doel, amersfoort.Gehuisvest));
        Assert.Contains(amersfoort.Redenen, reden => reden.Contains("gekoppeld", StringComparison.Ordinal));

        // Utrecht: totaalopgave 950 - 100 = 850, housed 600: a shortfall after a met half-year.
        var utrechtRij = r.Rijen.Single(rij => rij.Gebied.Code == "GM0344");
        Assert.Equal((2, "totaalopgave", 850L, "trend"), (utrechtRij.Beoordeling.Trede, utrechtRij.Beoordeling.Grondslag, utrechtRij.Beoordeling.Doel, utrechtRij.Beoordeling.Beleid));
        Assert.Equal(1, utrechtRij.VorigeTrede);
        Assert.Contains(utrechtRij.Beoordeling.Redenen, reden => reden.Contains("850", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Periode_Gemeente_GeeftAlleenDieGemeente()
    {
        var r = await Client.GetPeriodeResultatenAsync(new GetPeriodeResultatenRequest { Gebiedcode = "GM0344", Periode = "2022-2" });
        var rij = Assert.Single(r.Rijen);
        Assert.Equal((600L, 200L, 800L, 900L, -100L), (rij.Cijfers.Taakstelling, rij.Cijfers.AchterstandIn, rij.Cijfers.Totaalopgave, rij.Cijfers.Gehuisvest, rij.Cijfers.AchterstandUit));
        Assert.Equal(1, rij.Beoordeling.Trede);
    }

    [Fact]
    public async Task Periode_Regio_TeltDeLedenOp()
    {
        var r = await Client.GetPeriodeResultatenAsync(new GetPeriodeResultatenRequest { Gebiedcode = "RG26", Periode = "2022-2" });
        Assert.Equal(("regio", 2), (r.Gebied.Niveau, r.Rijen.Count));
        Assert.Equal((1055L, 1477L, 1635L, 2), (r.Totaal.Taakstelling, r.Totaal.Totaalopgave, r.Totaal.Gehuisvest, r.Totaal.Gemeenten));
    }

    [Theory]
    [InlineData("GM9999", "2023-1", StatusCode.NotFound)]
    [InlineData("PV26", "2023-3", StatusCode.InvalidArgument)]
    [InlineData("PV26", "2023-01", StatusCode.InvalidArgument)]
    public async Task Periode_OngeldigVerzoek_GeeftPassendeStatus(string gebiedcode, string periode, StatusCode status)
    {
        var fout = await Assert.ThrowsAsync<RpcException>(async () =>
            await Client.GetPeriodeResultatenAsync(new GetPeriodeResultatenRequest { Gebiedcode = gebiedcode, Periode = periode }));
        Assert.Equal(status, fout.StatusCode);
    }

    [Fact]
    public async Task Prognose_1100PerJaar950Gehuisvest_GroeitMet150NaEenEersteJaarMet985()
    {
        var verzoek = new GetPrognoseRequest { Gebiedcode = "PV26", StartJaar = 2025, Jaren = 4, TaakstellingPerJaar = 1100, GehuisvestPerJaar = 950, StartAchterstand = 0 };
        verzoek.GehuisvestInJaar.Add(2025, 985);
        var p = await Client.GetPrognoseAsync(verzoek);

        Assert.Equal([115L, 265L, 415L, 565L], p.Jaren.Select(j => j.AchterstandEind));
        Assert.Equal(1215, p.Jaren[0].TeHuisvestenVolgendJaar);
        Assert.Equal([2025, 2026, 2027, 2028], p.Jaren.Select(j => j.Jaar));
        Assert.Equal("opgegeven", p.Aannames.GehuisvestHerkomst);
    }

    [Fact]
    public async Task Prognose_ZonderAannames_LeidtZeAfUitDeOpgeslagenHalfjaren()
    {
        var p = await Client.GetPrognoseAsync(new GetPrognoseRequest { Gebiedcode = "PV26", Jaren = 2 });

        // The last closed year is 2022 (after 2022-2 the province had a voorsprong of 158).
        Assert.Equal((2023, -158L), (p.Aannames.StartJaar, p.Aannames.StartAchterstand));
        // 2023 has only its first half-year: twice 1651.
        Assert.Equal(3302, p.Aannames.TaakstellingPerJaar);
        // (1635 + 1138) per two half-years.
        Assert.Equal(2773, p.Aannames.GehuisvestPerJaar);
        Assert.Equal(-158 + 3302 - 2773, p.Jaren[0].AchterstandEind);
        // The flexwonen project of 2024 lowers 2024's gap.
        Assert.Equal(120, p.Jaren[1].ExtraCapaciteit);
        Assert.Equal("Flexwonen Merwedekanaal", Assert.Single(p.Projecten).Naam);
    }

    [Fact]
    public async Task Scenarios_GevenDekkingVerschilEnUitruil()
    {
        var s = await Client.GetScenariosAsync(new GetScenariosRequest { Provincie = "PV26", Peildatum = "2024-09-01" });

        // Another test adds a second proposal to this province; this one is the first.
        var scenario = s.Scenarios_.First(x => x.Versie == "eerste voorstel");
        Assert.Equal(("Puzzel 2025", "eerste voorstel", "concept"), (scenario.Naam, scenario.Versie, scenario.Status));
        var asiel = scenario.Categorieen.Single(c => c.Categorie == "asiel");
        Assert.Equal((1500L, 1550L, 1500L, 50L), (asiel.Opgave, asiel.Inbreng, asiel.ProvincialeOpgave, asiel.VerschilTotProvinciaal));
        // 1550 / 1500 = 103 1/3 %, exact.
        Assert.Equal((310L, 3L), (asiel.Dekking.Teller, asiel.Dekking.Noemer));
        var utrecht = scenario.Gemeenten.Single(g => g.Gebied.Code == "GM0344");
        Assert.True(utrecht.IsUitruil);
        Assert.Equal(0, utrecht.Saldo);
        Assert.False(scenario.Gemeenten.Single(g => g.Gebied.Code == "GM0307").IsUitruil);
    }

    /// <summary>Whole percent, half away from zero, as the provinces publish them.</summary>
    private static long Procent(Breuk b) => (long)Math.Round((decimal)b.Teller / b.Noemer, MidpointRounding.AwayFromZero);

    public void Dispose() => _kanaal.Dispose();
}
