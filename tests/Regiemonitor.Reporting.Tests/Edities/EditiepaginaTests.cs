using System.Text.RegularExpressions;
using Regiemonitor.Reporting.Edities;
using Regiemonitor.Reporting.Pagina;

namespace Regiemonitor.Reporting.Tests.Edities;

/// <summary>The dashboard page of an edition: a banner, no date to change, links that stay inside, and notes that name the batches.</summary>
public sealed partial class EditiepaginaTests
{
    private static readonly Editie Editie = Voorbeelden.Editie();
    private static readonly string Basis = $"/edities/{Editie.Id}/dashboards/";

    private static string Render(string code = "PV26", string naam = "Utrecht", string niveau = "provincie", Paginakeuzes? keuzes = null) =>
        DashboardPagina.Render(Voorbeelden.Invoer(Voorbeelden.Dashboard(code, naam, niveau), Editie, keuzes: keuzes));

    private static List<string> Hrefs(string html) => [.. HrefPatroon().Matches(html).Select(m => m.Groups[1].Value.Replace("&amp;", "&"))];

    [Fact]
    public void Render_Edition_BannerSaysWhoFrozeWhatAndWhen()
    {
        var html = Render();

        Assert.Contains("""<section class="rm-editie" aria-labelledby="editie-titel"><h2 id="editie-titel">Vastgestelde editie</h2>""", html);
        Assert.Contains("<p>Editie PRT 12 september 2024 van 1 september 2024, vastgesteld door secretaris PRT Utrecht op 12 september 2024 om 10:15; cijfers bevroren.</p>", html);
        Assert.Contains("<title>Utrecht: voortgang op 1 september 2024 – editie PRT 12 september 2024 – Regiemonitor</title>", html);
    }

    [Fact]
    public void Render_Edition_NoDateFormAndNoLiveToezichtLinks()
    {
        var html = Render();

        Assert.DoesNotContain("id=\"peildatum\"", html);
        Assert.DoesNotContain("name=\"realisatieTot\"", html);
        Assert.DoesNotContain("Toezicht en planning", html);
        // The only form left is the site search in the header.
        Assert.Single(Regex.Matches(html, "<form "));
    }

    [Fact]
    public void Render_Edition_EveryDashboardLinkStaysInsideTheEdition()
    {
        var html = Render();
        var hrefs = Hrefs(html);

        Assert.Contains(Basis + "GM0307", hrefs); // table row and map
        Assert.Contains(Basis + "PV26/export.pdf", hrefs);
        Assert.Contains(Basis + "PV26/export.csv", hrefs);
        Assert.Contains(Basis + "PV26?sorteer=gebied&richting=oplopend#tabel", hrefs);
        Assert.Contains(Basis + "PV26?kaart=asiel#landkaart", hrefs);
        // Outside the edition only the site's own frame: the home link and the stylesheet.
        Assert.All(hrefs.Where(h => !h.StartsWith(Basis, StringComparison.Ordinal) && !h.StartsWith('#')),
            h => Assert.Contains(h, new[] { "/dashboards/NL", Paginaschil.StijlUrl }));
        // Nederland lies above the edition: in the breadcrumb as text, not as a link.
        Assert.Contains("<li>Nederland</li>", html);
    }

    [Fact]
    public void Render_SortedEdition_ChoicesJoinTheQuery()
    {
        var html = Render(keuzes: new Paginakeuzes("asiel", "asiel.realisatie", true));

        Assert.Contains(Basis + "PV26?kaart=asiel&sorteer=asiel.realisatie&richting=oplopend#tabel", Hrefs(html));
    }

    [Fact]
    public void Render_Edition_NotesNameEachBronsBatchesWithTheirPeildatum()
    {
        var html = Render();
        var noten = html[html.IndexOf("id=\"toelichting\"", StringComparison.Ordinal)..];

        Assert.Contains("<h3>Bevroren gegevens van deze editie</h3>", noten);
        Assert.Contains("<li>COA, peildatum 1 september 2024: batch <code>realisatie-coa-1</code></li>", noten);
        Assert.Contains($"<li>{Html.E("KCIO (via de veiligheidsregio's)")}, peildatum 2 september 2024: batches <code>realisatie-kcio-1</code>, <code>realisatie-kcio-2</code></li>", noten);
        Assert.Contains("realisatie <code>realisatie-3</code>, opgaven <code>opgaven-2</code>", noten);
    }

    [Fact]
    public void Render_GemeenteOfAProvincialEdition_SaysWhichPartItIs()
    {
        var html = Render("GM0307", "Amersfoort", "gemeente");

        Assert.Contains("De editie is vastgesteld voor provincie Utrecht; dit is het deel van gemeente Amersfoort.", html);
        Assert.Contains($"""<a href="{Basis}PV26">Utrecht</a>""", html); // breadcrumb up to the edition's own gebied
    }

    [Fact]
    public void Render_LiveDashboard_Unchanged()
    {
        var html = DashboardPagina.Render(Voorbeelden.Invoer(Voorbeelden.Dashboard(), editie: null));

        Assert.DoesNotContain("rm-editie", html);
        Assert.Contains("id=\"peildatum\"", html);
        Assert.Contains("/dashboards/GM0307?peildatum=2024-09-01&realisatieTot=2024-09-02", Hrefs(html));
        Assert.Contains("/dashboards/PV26?peildatum=2024-09-01&realisatieTot=2024-09-02&kaart=asiel#landkaart", Hrefs(html));
    }

    [Fact]
    public void Editielijst_Gemeente_LinksToEachEditionsViewOfIt()
    {
        var html = Editielijst.Render(Voorbeelden.Boom, Voorbeelden.Boom.Get("GM0344"), [Editie]);

        Assert.Contains("<h1>Edities van gemeente Utrecht</h1>", html);
        Assert.Contains($"""<th scope="row"><a href="{Basis}GM0344">PRT 12 september 2024</a></th><td>provincie Utrecht</td><td>1 september 2024</td><td>2 september 2024</td><td>secretaris PRT Utrecht</td><td>12 september 2024 om 10:15</td>""", html);
    }

    [Fact]
    public void Editielijst_None_SaysSo()
    {
        var html = Editielijst.Render(Voorbeelden.Boom, Voorbeelden.Boom.Get("GM0106"), []);

        Assert.Contains("<p>Er zijn nog geen edities vastgesteld voor gemeente Assen.</p>", html);
        Assert.DoesNotContain("<table", html);
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPatroon();
}
