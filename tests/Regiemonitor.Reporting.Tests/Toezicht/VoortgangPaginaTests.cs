using Regiemonitor.Reporting.Toezicht;

namespace Regiemonitor.Reporting.Tests.Toezicht;

public sealed class VoortgangPaginaTests
{
    private static string Render(bool inline = false) =>
        VoortgangPagina.Render(Voorbeelden.Pagina(inline), Voorbeelden.Voortgang(), Voorbeelden.Periodes);

    [Fact]
    public void Render_Always_HasTitleGebiedAndPeriodeInWords()
    {
        var html = Render();

        Assert.Contains("<h1>Voortgangsrapportage huisvesting vergunninghouders</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Provincie Utrecht, tweede halfjaar 2022 (1 juli 2022 – 1 januari 2023)", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UtrechtExample_ShowsWholePercentages155And111()
    {
        var rij = HtmlTabel.Rij(Render(), "tweede halfjaar 2022 (1 juli 2022 – 1 januari 2023)");

        Assert.Equal(["tweede halfjaar 2022 (1 juli 2022 – 1 januari 2023)", "1.055", "achterstand 422", "1.477", "1.635", "155 %", "111 %", "voorsprong 158"], rij);
    }

    [Fact]
    public void Render_PreviousPeriode_ShowsVoorsprongInWordsNeverABareMinus()
    {
        var html = Render();
        var rij = HtmlTabel.Rij(html, "eerste halfjaar 2022 (1 januari – 1 juli 2022)");

        Assert.Equal("voorsprong 35", rij[2]);
        Assert.Equal("54 %", rij[5]);
        Assert.DoesNotContain(">-35<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">-158<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GemeenteRow_HasFiguresTredeBijstellingGrondslagVastgesteldAndCorrection()
    {
        var rij = HtmlTabel.Rij(Render(), "Utrecht");

        Assert.Equal(["Utrecht", "500", "achterstand 100", "600", "450", "90 %", "75 %"], rij.Take(7));
        Assert.Equal("Trede 2 (geel): achterstand Vorige periode: trede 1", rij[7]);
        // The bijstelling sits in the column right after the computed trede, with who, when and why.
        Assert.Equal("Bijgesteld naar Trede 3 (oranje): actief toezicht Door J. de Vries op 15 januari 2023 om 10:30. Motivering: Geen plan van aanpak ontvangen.", rij[8]);
        Assert.Equal("Totaalopgave Te huisvesten: 600", rij[9]);
        Assert.Equal("Trede 2 (geel): achterstand Vastgesteld door Gedeputeerde Staten op 1 februari 2023", rij[11]);
        Assert.Equal("gehuisvest gecorrigeerd naar 450: Dubbele registratie in TVS verwijderd", rij[12]);
    }

    [Fact]
    public void Render_Trede_HasColourDotHiddenFromScreenReadersAndTheColourInWords()
    {
        var html = Render();

        Assert.Contains("""<span class="rm-trede"><span class="rm-stip rm-trede-geel" aria-hidden="true"></span>Trede 2 (geel): achterstand</span>""", html, StringComparison.Ordinal);
        Assert.Contains("""<span class="rm-stip rm-trede-groen" aria-hidden="true"></span>Trede 1 (groen): op koers""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Redenen_InDetailsWithAUniqueSummaryPerGemeente()
    {
        var html = Render();

        Assert.Contains("""<details class="rm-redenen"><summary>Redenen<span class="rm-sr"> voor Utrecht</span></summary><ul><li>Gehuisvest 450 van de totaalopgave 600: tekort 150.</li><li>In de vorige periode op trede 1.</li></ul><p>Beleid: Trendbeleid Utrecht, versie 2.</p></details>""", html, StringComparison.Ordinal);
        Assert.Contains("<summary>Redenen<span class=\"rm-sr\"> voor Amersfoort</span></summary>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ForPrint_OpensTheReasons()
    {
        Assert.Contains("<details class=\"rm-redenen\" open>", Render(inline: true), StringComparison.Ordinal);
        Assert.Contains("<style>", Render(inline: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_KoppelingstekortAndVoorsprongOfAGemeente_InWords()
    {
        var rij = HtmlTabel.Rij(Render(), "Amersfoort");

        Assert.Equal("voorsprong 12", rij[2]);
        Assert.Equal("214 %", rij[5]);
        Assert.StartsWith("Koppelingstekort", rij[9], StringComparison.Ordinal);
        Assert.Equal("Geen", rij[8]);
        Assert.Equal("Nog niet vastgesteld", rij[11]);
    }

    [Fact]
    public void Render_Treden_CountNowThePreviousPeriodeAndTheChange()
    {
        var html = Render();

        Assert.Equal(["Trede 1 (groen): op koers", "1", "2", "1 minder"], HtmlTabel.Rij(html, "Trede 1 (groen): op koers"));
        Assert.Equal(["Trede 2 (geel): achterstand", "0", "0", "gelijk"], HtmlTabel.Rij(html, "Trede 2 (geel): achterstand"));
        Assert.Equal(["Trede 3 (oranje): actief toezicht", "1", "0", "1 meer"], HtmlTabel.Rij(html, "Trede 3 (oranje): actief toezicht"));
    }

    [Fact]
    public void Render_Beleid_ListsItsRules()
    {
        var html = Render();

        Assert.Contains("<h3>Trendbeleid Utrecht (Utrecht)</h3><p>Versie 2, geldig vanaf het eerste halfjaar 2024. Hoogste trede: 5.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<ul><li>Een gemeente die haar opgave haalt, staat op trede 1.</li><li>Groeit de achterstand, dan gaat de gemeente een trede omhoog.</li></ul>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PeriodeSelector_IsALabelledGetFormWithTheShownPeriodeSelected()
    {
        var html = Render();

        Assert.Contains("""<form method="get" action="/dashboards/PV26/voortgang"><div><label for="periode">Periode</label><select id="periode" name="periode">""", html, StringComparison.Ordinal);
        Assert.Contains("""<option value="2022-2" selected>tweede halfjaar 2022 (1 juli 2022 – 1 januari 2023)</option>""", html, StringComparison.Ordinal);
        Assert.Contains("""<option value="2023-2">""", html, StringComparison.Ordinal);
        Assert.Contains("""href="/dashboards/PV26/voortgang/2022-2/export.pdf""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Breadcrumb_LeadsFromNlToThisReport()
    {
        var html = Render();

        Assert.Contains("""<li><a href="/dashboards/NL">Nederland</a></li><li><a href="/dashboards/PV26">Utrecht</a></li><li><span aria-current="page">Voortgangsrapportage 2022-2</span></li>""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Keuzes_ShownPeriodeFarBack_IsOfferedBesideRecentOnes()
    {
        var keuzes = VoortgangPagina.Keuzes(new(2026, 2), new(2015, 1));

        Assert.Equal("2027-1", keuzes[0].ToString());
        Assert.Equal("2015-1", keuzes[^1].ToString());
        Assert.Equal(13, keuzes.Count);
    }
}
