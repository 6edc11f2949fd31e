using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Dashboards;

/// <summary>The server-rendered dashboard page through the gateway: the fixture's figures, in Dutch, for every niveau.</summary>
[Collection(StapelCollectie.Naam)]
public sealed partial class PaginaTests(NationaleStapel nationaal, ProvincieStapel drenthe)
{
    private const string Datums = "peildatum=2024-09-01&realisatieTot=2024-09-02";

    [Fact]
    public async Task Pagina_Nationaal_ToontDeCijfersVanDeFixtureInHetNederlands()
    {
        var html = await Pagina(nationaal.Stapel, $"/dashboards/NL?{Datums}");
        Assert.StartsWith("<!DOCTYPE html><html lang=\"nl\">", html);
        Assert.Contains("<h1>Nederland: voortgang op 1 september 2024</h1>", html);
        Assert.Equal(5, Regex.Count(html, "<article class=\"rm-kaart\""));
        Assert.Equal(5, Regex.Count(html, "class=\"rm-grafiek\""));
        foreach (var cijfer in new[] { "97.001", "120.000", "111.624", "92.189", "19.435", "82,6 %", "87.300", "17.352", "16.602", "5.568", "11.034", "33,5 %" })
            Assert.Contains($">{cijfer}<", html);
        // Status in words, not only colour.
        Assert.Contains("Minstens 75 % van schema", html);
        Assert.Contains("Onder 75 % van schema", html);
        // The table with a row per province, minus signs kept, and the totals.
        Assert.Matches("<th scope=\"row\"><a href=\"[^\"]*PV22[^\"]*\">Drenthe</a></th>(<td[^>]*>[^<]*</td>){8}<td class=\"rm-getal\">-2.427</td>", html);
        Assert.Contains("<th scope=\"row\">Totaal</th><td class=\"rm-getal\">120.000</td><td class=\"rm-getal\">92.189</td><td class=\"rm-getal\">27.811</td>", html);
    }

    [Fact]
    public async Task Pagina_Nationaal_KaartLinktElkeProvincieEnNoemtDeBron()
    {
        var html = await Pagina(nationaal.Stapel, $"/dashboards/NL?{Datums}");
        var kaart = html[html.IndexOf("id=\"landkaart\"", StringComparison.Ordinal)..html.IndexOf("id=\"tabel\"", StringComparison.Ordinal)];
        // Each province once in the map and once in its text alternative.
        Assert.Equal(12, Regex.Count(kaart, "data-gebied=\"PV\\d\\d\""));
        Assert.Equal(24, Regex.Count(kaart, "<a href=\"/dashboards/PV\\d\\d\\?peildatum=2024-09-01&amp;realisatieTot=2024-09-02\""));
        Assert.Contains("Grenzen: CBS/Kadaster via PDOK", kaart);
        Assert.Contains("Drenthe: 83,1 % van het indicatief schema, minstens 75 % van schema", kaart);
    }

    [Fact]
    public async Task Pagina_Nationaal_ToelichtingKomtUitDeGegevens()
    {
        var html = await Pagina(nationaal.Stapel, $"/dashboards/NL?{Datums}");
        var toelichting = html[html.IndexOf("id=\"toelichting\"", StringComparison.Ordinal)..];
        Assert.Contains("De oude opgave is 97.001 op 1 februari 2024; de nieuwe opgave is 120.000 per 1 januari 2025.", toelichting);
        Assert.Contains("De opgave van Nederland is de som van de opgaven van 12 provincies.", toelichting);
        Assert.Contains("Bron: KCIO (via de veiligheidsregio&#x27;s), peildatum 1 september 2024.", toelichting);
        Assert.Contains("Bron: Nidos, peildatum 2 september 2024.", toelichting);
        Assert.Contains("fixture: national start split over provinces in proportion to end values", toelichting);
    }

    [Fact]
    public async Task Pagina_SorterenOpKolom_ZetDeRijenInVolgordeEnMeldtDatMetAriaSort()
    {
        var html = await Pagina(nationaal.Stapel, $"/dashboards/NL?{Datums}&sorteer=asiel.delta&richting=oplopend");
        // Asiel delta per province: Drenthe -2.427 is the lowest, then Groningen -2.127.
        var rijen = Regex.Matches(html, "<th scope=\"row\"><a [^>]*>([^<]+)</a></th>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Drenthe", "Groningen", "Flevoland"], rijen.Take(3));
        Assert.Contains("aria-sort=\"ascending\"", html);
        var aflopend = await Pagina(nationaal.Stapel, $"/dashboards/NL?{Datums}&sorteer=asiel.delta&richting=aflopend");
        Assert.Equal("Zuid-Holland", Regex.Match(aflopend, "<th scope=\"row\"><a [^>]*>([^<]+)</a></th>").Groups[1].Value);
    }

    [Theory]
    [InlineData("PV22", "provincie", "Drenthe", 12)]
    [InlineData("VR03", "veiligheidsregio", "Drenthe", 12)]
    [InlineData("RG01", "regio", "Zuidoost-Drenthe", 3)]
    [InlineData("GM0106", "gemeente", "Assen", 0)]
    public async Task Pagina_ElkNiveau_ToontKaartenEnRijen(string code, string niveau, string naam, int rijen)
    {
        var html = await Pagina(drenthe.Stapel, $"/dashboards/{code}?{Datums}");
        Assert.Contains($"<h1>{naam}: voortgang op 1 september 2024</h1>", html);
        Assert.Equal(5, Regex.Count(html, "<article class=\"rm-kaart\""));
        Assert.Equal(rijen, Regex.Count(html, "<th scope=\"row\"><a "));
        if (niveau == "gemeente") Assert.DoesNotContain("id=\"landkaart\"", html);
        else Assert.Contains("id=\"landkaart\"", html);
    }

    [Fact]
    public async Task Pagina_Provincie_OekraineKaartToontVeiligheidsregioEnKruimelpad()
    {
        var html = await Pagina(drenthe.Stapel, $"/dashboards/GM0106?{Datums}");
        Assert.Matches("rm-kruimelpad.*Nederland.*Drenthe.*Drenthe.*Assen", html);
        var provincie = await Pagina(drenthe.Stapel, $"/dashboards/PV22?{Datums}&kaart=oekraine");
        var kaart = provincie[provincie.IndexOf("id=\"landkaart\"", StringComparison.Ordinal)..provincie.IndexOf("id=\"tabel\"", StringComparison.Ordinal)];
        // The oekraine opgave is set per veiligheidsregio: one area, VR03, at 78,9 %.
        Assert.Contains("data-gebied=\"VR03\"", kaart);
        Assert.DoesNotContain("data-gebied=\"GM0106\"", kaart);
        Assert.Contains("78,9 % van het indicatief schema", kaart);
        var asiel = await Pagina(drenthe.Stapel, $"/dashboards/PV22?{Datums}&kaart=asiel");
        Assert.Contains("data-gebied=\"GM0106\"", asiel);
    }

    [Fact]
    public async Task Zoeken_EenTreffer_StuurtDoorEnMeerTreffersGevenEenLijst()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = nationaal.Stapel.Gateway };
        using var een = await client.GetAsync("/dashboards/zoeken?q=schiermonnikoog");
        Assert.Equal(HttpStatusCode.Redirect, een.StatusCode);
        Assert.Equal("/dashboards/GM0088", een.Headers.Location?.OriginalString);
        var lijst = await Pagina(nationaal.Stapel, "/dashboards/zoeken?q=fryslan");
        Assert.Contains(">Fryslân</a> (provincie)", lijst);
        Assert.Contains(">Súdwest-Fryslân</a> (gemeente)", lijst);
    }

    [Fact]
    public async Task Pagina_OnbekendGebied_Geeft404Pagina()
    {
        using var antwoord = await nationaal.Stapel.Http.GetAsync("/dashboards/GM9999");
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Contains("Er is geen gebied met code", await antwoord.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stijl_WordtGeserveerdMetThemaTokens()
    {
        using var antwoord = await nationaal.Stapel.Http.GetAsync("/static/regiemonitor.css");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var css = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("--utrecht-document-color", css);
        Assert.Contains("@page { size: A4 landscape;", css);
    }

    private static async Task<string> Pagina(Stapel stapel, string pad)
    {
        using var antwoord = await stapel.Http.GetAsync(pad);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{pad}: {antwoord.StatusCode}\n{html}");
        Assert.Equal("text/html", antwoord.Content.Headers.ContentType?.MediaType);
        return html;
    }
}
