using Regiemonitor.Reporting.Toezicht;

namespace Regiemonitor.Reporting.Tests.Toezicht;

public sealed class ScenarioPaginaTests
{
    private static string Vergelijking() =>
        ScenarioPagina.Lijst(Voorbeelden.Pagina(), Voorbeelden.Scenarios(), Voorbeelden.Scenarios(), "2024-09-01");

    [Fact]
    public void Lijst_Compare_ProposalsSideBySideInChosenOrder()
    {
        var html = Vergelijking();

        var a = html.IndexOf("""<th scope="colgroup" colspan="4">Voorstel A, versie 1 (ambtelijk)</th>""", StringComparison.Ordinal);
        var b = html.IndexOf("""<th scope="colgroup" colspan="4">Voorstel B, versie 2 (collegebesluit)</th>""", StringComparison.Ordinal);
        Assert.True(a > 0 && b > a, "both proposals head a column group, A before B");
    }

    [Fact]
    public void Lijst_Compare_CoveragePerCategorieOneDecimalAndDifferenceToProvince()
    {
        var rij = HtmlTabel.Rij(Vergelijking(), "Opvang asiel");

        // Categorie, provinciale opgave, then opgave, inbreng, dekking, verschil per proposal.
        Assert.Equal(["Opvang asiel", "1.100", "1.000", "826", "82,6 %", "-100", "1.000", "1.000", "100,0 %", "-100"], rij);
        Assert.Equal(["Totaal", GeenWaarde, "1.400", "1.206", "86,1 %", GeenWaarde, "1.400", "1.380", "98,6 %", GeenWaarde], HtmlTabel.Rij(Vergelijking(), "Totaal"));
    }

    private const string GeenWaarde = "– geen";

    [Fact]
    public void Lijst_Compare_PerGemeenteOpgaveInbrengVerschilWithUitruilInWords()
    {
        var html = Vergelijking();
        var asiel = html[html.IndexOf("Opvang asiel per gemeente", StringComparison.Ordinal)..];

        Assert.Equal(["Utrecht", "1.000", "826", "-174, uitruil", "1.000", "1.000", "0"], HtmlTabel.Rij(asiel, "Utrecht"));
        var uitruil = html[html.IndexOf("Uitruil tussen categorieën", StringComparison.Ordinal)..];
        Assert.Equal(["Utrecht", "Uitruil", "-194", "Geen uitruil", "-20"], HtmlTabel.Rij(uitruil, "Utrecht"));
    }

    [Fact]
    public void Lijst_Form_GetWithLabelledCheckboxesChosenOnesChecked()
    {
        var html = Vergelijking();

        Assert.Contains("""<form method="get" action="/dashboards/PV26/scenarios" class="rm-scenarioformulier">""", html, StringComparison.Ordinal);
        Assert.Contains("""<input type="checkbox" id="voorstel-1" name="voorstel" value="sc-1" checked><label for="voorstel-1" class="rm-sr">Vergelijk Voorstel A, versie 1</label>""", html, StringComparison.Ordinal);
        Assert.Contains("""<label for="peildatum">Peildatum van de provinciale opgave</label><input type="date" id="peildatum" name="peildatum" value="2024-09-01">""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Lijst_List_NameVersionStatusAsTextAndDate()
    {
        var rij = HtmlTabel.Rij(ScenarioPagina.Lijst(Voorbeelden.Pagina(), Voorbeelden.Scenarios(), null, null), "Vergelijk Voorstel B, versie 2");

        Assert.Equal(["Vergelijk Voorstel B, versie 2", "Voorstel B", "2", "Collegebesluit", "20 augustus 2024 om 14:00"], rij);
    }

    [Fact]
    public void Lijst_NothingChosen_NoComparison()
    {
        var html = ScenarioPagina.Lijst(Voorbeelden.Pagina(), Voorbeelden.Scenarios(), null, null);

        Assert.DoesNotContain("vergelijking-titel", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_OneScenario_StatusDownloadsInImportFormatAndItsFigures()
    {
        var s = Voorbeelden.Scenarios();
        s.Scenarios_.RemoveAt(1);

        var html = ScenarioPagina.Een(Voorbeelden.Pagina(), s);

        Assert.Contains("<h1>Scenario Voorstel A</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<div><dt>Status</dt><dd>Ambtelijk</dd></div>", html, StringComparison.Ordinal);
        Assert.Contains("""href="/dashboards/PV26/scenarios/sc-1/export.csv">Scenario als CSV (importformaat)</a>""", html, StringComparison.Ordinal);
        Assert.Equal(["Opvang Oekraïne", "400", "400", "380", "95,0 %", "0"], HtmlTabel.Rij(html, "Opvang Oekraïne"));
    }
}
