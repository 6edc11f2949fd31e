using System.Net;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Dashboards;

/// <summary>A regio: a grouping of gemeenten defined in the registry, with its own dashboard.</summary>
[Collection(StapelCollectie.Naam)]
public sealed class RegioTests(ProvincieStapel drenthe)
{
    [Fact]
    public async Task Dashboard_Regio_TeltZijnGemeentenEnHeeftGeenOekraineOpgave()
    {
        using var antwoord = await drenthe.Stapel.Admin.GetAsync("/api/v1/dashboards/RG01?peildatum=2024-09-01&realisatieTot=2024-09-02");
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        var d = JsonNode.Parse(tekst)!;
        Assert.Equal("""{"code":"RG01","naam":"Zuidoost-Drenthe","niveau":"regio"}""", d["gebied"]!.ToJsonString());
        Assert.Equal(["Coevorden", "Emmen", "Hoogeveen"], d["tabel"]!["rijen"]!.AsArray().Select(r => (string?)r!["gebied"]!["naam"]));
        // Oekraine realisatie of Emmen 2100 + Hoogeveen 900; the opgave is set per veiligheidsregio, not here.
        Assert.Equal("""{"opgave":null,"realisatie":3000,"delta":null}""", d["tabel"]!["totaal"]!["oekraine"]!.ToJsonString());
        // Asiel: only Emmen has an opgave (600) and counts (200 + 0 + 100).
        Assert.Equal("""{"opgave":600,"regulier":200,"noodopvang":0,"tgo":100,"realisatie":300,"delta":300}""", d["tabel"]!["totaal"]!["asiel"]!.ToJsonString());
    }

    [Fact]
    public async Task Pagina_Regio_KruimelpadLooptViaDeProvincie()
    {
        var html = await drenthe.Stapel.Http.GetStringAsync("/dashboards/RG01?peildatum=2024-09-01&realisatieTot=2024-09-02");
        var kruimelpad = html[html.IndexOf("rm-kruimelpad", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Matches("Nederland.*Drenthe.*Zuidoost-Drenthe", kruimelpad);
        Assert.Contains("aria-current=\"page\">Zuidoost-Drenthe", kruimelpad);
    }

    [Theory]
    [InlineData("/api/v1/imports/regios", "regiocode,naam,gemeentecode\nREGIO1,Test,GM0106", "regiocode", "'REGIO1' is geen regiocode")]
    [InlineData("/api/v1/imports/regios", "regiocode,naam,gemeentecode\nRG02,Test,VR03", "gemeentecode", "VR03 is geen gemeente")]
    [InlineData("/api/v1/imports/regios", "regiocode,naam,gemeentecode\nRG02,Test,GM0106\nRG02,Ander,GM0109", "naam", "heet op regel 2 'Test'")]
    [InlineData("/api/v1/imports/opgaven", "categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde,besluit\nasiel,RG01,2024-01-01,1,2025-01-01,2,x", "gebiedcode", "RG01 is een regio")]
    [InlineData("/api/v1/imports/realisatie", "bron,categorie,onderdeel,gebiedcode,peildatum,aantal\nCOA,amv,,RG01,2024-09-01,5", "gebiedcode", "RG01 is een regio")]
    public async Task Import_OngeldigeRegioOfCijfersOpRegio_WordtAfgewezen(string pad, string inhoud, string kolom, string melding)
    {
        var voor = Opslag.Inhoud(drenthe.Stapel.DataMap);
        using var antwoord = await drenthe.Stapel.PostCsv(pad, inhoud);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.BadRequest, tekst);
        Assert.Contains(JsonNode.Parse(tekst)!["errors"]!.AsArray(),
            f => (string?)f!["kolom"] == kolom && ((string)f["melding"]!).Contains(melding, StringComparison.Ordinal));
        Assert.Equal(voor, Opslag.Inhoud(drenthe.Stapel.DataMap));
    }
}
