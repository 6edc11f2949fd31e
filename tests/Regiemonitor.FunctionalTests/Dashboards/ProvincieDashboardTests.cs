using System.Net;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Dashboards;

/// <summary>A province whose figures are built from gemeente records and an oekraine opgave per veiligheidsregio.</summary>
[Collection(StapelCollectie.Naam)]
public sealed class ProvincieDashboardTests(ProvincieStapel drenthe)
{
    [Fact]
    public async Task Dashboard_ProvincieUitGemeenten_OekraineKaartTeltVeiligheidsregioEnGemeenten()
    {
        var dashboard = await Dashboard("PV22");
        Assert.Equal("""{"code":"PV22","naam":"Drenthe","niveau":"provincie"}""", dashboard["gebied"]!.ToJsonString());
        var oekraine = dashboard["kaarten"]![0]!;
        // schema = 4625 + 1097 * 213/335 = 5322,4955...; realisatie 1200 + 2100 + 900 (the 1 Aug count
        // is superseded, the 5 Sep one lies after realisatieTot); achterstand 1122,4955...; 78,91 %.
        Assert.Equal(4625, (long)oekraine["startpunt"]!);
        Assert.Equal(5722, (long)oekraine["eindpunt"]!);
        Assert.Equal(5322, (long)oekraine["indicatiefSchema"]!);
        Assert.Equal(4200, (long)oekraine["realisatie"]!);
        Assert.Equal(1122, (long)oekraine["achterstand"]!);
        Assert.Equal(78.9m, (decimal)oekraine["percentage"]!);
        Assert.Equal("oranje", (string?)oekraine["status"]);
    }

    [Fact]
    public async Task Dashboard_ProvincieUitGemeenten_AsielKaartPreciesOpDrempelIsOranje()
    {
        var asiel = (await Dashboard("PV22"))["kaarten"]![1]!;
        // 800 + 600 * 244/366 = 1200 exactly; realisatie 600 + 300 = 900 = 75 % → oranje, not rood.
        Assert.Equal(800, (long)asiel["startpunt"]!);
        Assert.Equal(1400, (long)asiel["eindpunt"]!);
        Assert.Equal(1200, (long)asiel["indicatiefSchema"]!);
        Assert.Equal(900, (long)asiel["realisatie"]!);
        Assert.Equal(300, (long)asiel["achterstand"]!);
        Assert.Equal(75.0m, (decimal)asiel["percentage"]!);
        Assert.Equal("oranje", (string?)asiel["status"]);
        Assert.Equal((600L, 150L, 150L), ((long)asiel["regulier"]!, (long)asiel["noodopvang"]!, (long)asiel["tgo"]!));
    }

    [Fact]
    public async Task Dashboard_ProvincieUitGemeenten_RijenZijnGemeentenZonderEigenOekraineOpgave()
    {
        var tabel = (await Dashboard("PV22"))["tabel"]!;
        var rijen = tabel["rijen"]!.AsArray();
        Assert.Equal(
            ["Aa en Hunze", "Assen", "Borger-Odoorn", "Coevorden", "De Wolden", "Emmen", "Hoogeveen", "Meppel",
             "Midden-Drenthe", "Noordenveld", "Tynaarlo", "Westerveld"],
            rijen.Select(r => (string?)r!["gebied"]!["naam"]));
        Assert.All(rijen, r => Assert.Equal("gemeente", (string?)r!["gebied"]!["niveau"]));

        var assen = rijen.Single(r => (string?)r!["gebied"]!["code"] == "GM0106")!;
        Assert.Equal("""{"opgave":null,"realisatie":1200,"delta":null}""", assen["oekraine"]!.ToJsonString());
        Assert.Equal("""{"opgave":800,"regulier":400,"noodopvang":150,"tgo":50,"realisatie":600,"delta":200}""", assen["asiel"]!.ToJsonString());
        var emmen = rijen.Single(r => (string?)r!["gebied"]!["code"] == "GM0114")!;
        Assert.Equal("""{"opgave":600,"regulier":200,"noodopvang":0,"tgo":100,"realisatie":300,"delta":300}""", emmen["asiel"]!.ToJsonString());
        var hoogeveen = rijen.Single(r => (string?)r!["gebied"]!["code"] == "GM0118")!;
        Assert.Equal("""{"opgave":null,"realisatie":900,"delta":null}""", hoogeveen["oekraine"]!.ToJsonString());
        // No opgave and no count: no figures at all rather than zeros.
        Assert.Equal("""{"opgave":null,"realisatie":null,"delta":null}""", hoogeveen["huisvesting"]!.ToJsonString());

        // The total is the province's own figure: its oekraine opgave comes from VR03.
        Assert.Equal("""{"opgave":5722,"realisatie":4200,"delta":1522}""", tabel["totaal"]!["oekraine"]!.ToJsonString());
        Assert.Equal("""{"opgave":1400,"regulier":600,"noodopvang":150,"tgo":150,"realisatie":900,"delta":500}""", tabel["totaal"]!["asiel"]!.ToJsonString());
    }

    [Fact]
    public async Task Dashboard_Gemeente_HeeftGeenOekraineOpgaveEnGeenRijen()
    {
        var assen = await Dashboard("GM0106");
        Assert.Equal("gemeente", (string?)assen["gebied"]!["niveau"]);
        var oekraine = assen["kaarten"]![0]!;
        Assert.Null(oekraine["indicatiefSchema"]);
        Assert.Null(oekraine["status"]);
        Assert.Equal(1200, (long)oekraine["realisatie"]!);
        Assert.Empty(assen["tabel"]!["rijen"]!.AsArray());
        Assert.Equal("""{"opgave":null,"realisatie":1200,"delta":null}""", assen["tabel"]!["totaal"]!["oekraine"]!.ToJsonString());
    }

    [Fact]
    public async Task Dashboard_Veiligheidsregio_TeltDezelfdeOpgaveAlsDeProvincie()
    {
        var vr = await Dashboard("VR03");
        Assert.Equal("veiligheidsregio", (string?)vr["gebied"]!["niveau"]);
        Assert.Equal(5322, (long)vr["kaarten"]![0]!["indicatiefSchema"]!);
        Assert.Equal(12, vr["tabel"]!["rijen"]!.AsArray().Count);
    }

    private async Task<JsonNode> Dashboard(string code)
    {
        using var antwoord = await drenthe.Stapel.Admin.GetAsync($"/api/v1/dashboards/{code}?peildatum=2024-09-01&realisatieTot=2024-09-02");
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return JsonNode.Parse(tekst)!;
    }
}
