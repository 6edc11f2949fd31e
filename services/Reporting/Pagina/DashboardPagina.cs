using System.Text;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>
/// The accessible dashboard page of one gebied, rendered on the server: it works without
/// JavaScript, and the same HTML is printed to PDF.
/// </summary>
public static class DashboardPagina
{
    public static string Render(PaginaInvoer p)
    {
        var d = p.Dashboard;
        var html = new StringBuilder(256 * 1024);
        var editie = p.Editie is { } e ? $" – editie {e.Omschrijving}" : "";
        Paginaschil.Begin(html, $"{Titel(p)}{editie} – Regiemonitor", p.Stijl, p.StijlInline, p.Boom);
        html.Append("""<main id="inhoud">""").Append(Inhoud(p, ingesloten: false)).Append("</main>");
        Paginaschil.Einde(html);
        return html.ToString();
    }

    /// <summary>
    /// The dashboard itself, without the site frame: the page's main content, and what an embedded
    /// view loads into its iframe (there without downloads, which need the host's own credentials).
    /// </summary>
    public static string Inhoud(PaginaInvoer p, bool ingesloten)
    {
        var d = p.Dashboard;
        var html = new StringBuilder(256 * 1024);
        html.Append("""<nav class="rm-kruimelpad" aria-label="Kruimelpad"><ol>""");
        foreach (var g in p.Boom.Pad(d.Gebied.Code))
            html.Append(g.Code == d.Gebied.Code ? $"""<li><a href="{E(p.Link(g.Code))}" aria-current="page">{E(g.Naam)}</a></li>"""
                : p.InScope(g.Code) ? $"""<li><a href="{E(p.Link(g.Code))}">{E(g.Naam)}</a></li>"""
                : $"""<li>{E(g.Naam)}</li>""");
        html.Append("</ol></nav>");

        html.Append($"""<h1>{E(Titel(p))}</h1><p class="rm-uitleg">{E(NiveauZin(d.Gebied.Niveau))} Realisatie tot en met {E(Opmaak.Datum(p.RealisatieTot))}.</p>""");
        if (p.VerouderdSinds is { } berekendOp)
            html.Append($"""<p class="rm-noot rm-verouderd" id="verouderd" role="status">Deze cijfers zijn mogelijk verouderd: de berekening is tijdelijk niet bereikbaar. U ziet de cijfers zoals ze berekend zijn op {E(Opmaak.Tijdstip(berekendOp.IsoUtc()))}; probeer het over een paar minuten opnieuw.</p>""");
        // An edition's figures are frozen: a banner says so, and there is no date to change.
        if (p.Editie is { } editie) Edities.Editiebanner.Schrijf(html, p, editie);
        else if (d.Kennisstand.Length > 0)
            html.Append($"""<p class="rm-noot" id="kennisstand">Cijfers zoals ze bekend waren op {E(Opmaak.Tijdstip(d.Kennisstand))}; latere correcties zijn niet meegeteld. <a href="/dashboards/{E(Uri.EscapeDataString(d.Gebied.Code))}?peildatum={E(d.Peildatum)}&amp;realisatieTot={E(d.RealisatieTot)}">Bekijk de huidige cijfers</a>.</p>""");
        html.Append("""<div class="rm-bediening">""");
        if (p.Editie is null)
        {
            html.Append($"""<form method="get" action="/dashboards/{E(Uri.EscapeDataString(d.Gebied.Code))}">""");
            html.Append($"""<div><label for="peildatum">Peildatum</label><input type="date" id="peildatum" name="peildatum" value="{E(d.Peildatum)}" required></div>""");
            html.Append($"""<div><label for="realisatieTot">Realisatie tot en met</label><input type="date" id="realisatieTot" name="realisatieTot" value="{E(d.RealisatieTot)}"></div>""");
            if (d.Kennisstand.Length > 0) html.Append($"""<input type="hidden" name="kennisstand" value="{E(d.Kennisstand)}">""");
            html.Append("""<button type="submit">Toon</button></form>""");
        }
        if (!ingesloten)
            html.Append($"""<nav aria-label="Downloads"><ul class="rm-knoppen"><li><a href="{E(p.Export("csv"))}">Tabel als CSV</a></li><li><a href="{E(p.Export("xlsx"))}">Tabel als Excel</a></li><li><a href="{E(p.Export("pdf"))}">Pagina als PDF</a></li></ul></nav>""");
        html.Append("</div>");
        // Toezicht and planning pages of a province: live figures, so neither in an embedded view (one dashboard only) nor in an edition.
        if (!ingesloten && p.Editie is null) Toezicht.Toezichtlinks.Schrijf(html, d.Gebied, p.Vandaag);

        Kaartensectie.Schrijf(html, p);
        Landkaartsectie.Schrijf(html, p);
        Tabelsectie.Schrijf(html, p);
        Toelichtingsectie.Schrijf(html, p);
        return html.ToString();
    }

    private static string Titel(PaginaInvoer p) => $"{p.Dashboard.Gebied.Naam}: voortgang op {Opmaak.Datum(p.Peildatum)}";

    private static string NiveauZin(string niveau) => niveau switch
    {
        "land" => "Landelijk overzicht.",
        "provincie" => "Provincie.",
        "veiligheidsregio" => "Veiligheidsregio.",
        "regio" => "Regio.",
        _ => "Gemeente.",
    };
}
