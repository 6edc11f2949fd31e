using System.Text;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Reporting.Pagina;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// What the toezicht pages share around their content: the site frame of <see cref="Paginaschil"/>,
/// a breadcrumb from NL down to the gebied and on to the page itself, and the links a page
/// passes on in its own query string.
/// </summary>
public sealed record Toezichtpagina(GebiedBoom Boom, Func<string, bool> InScope, bool StijlInline)
{
    public static string Pad(string gebiedcode, string rest) => $"/dashboards/{Uri.EscapeDataString(gebiedcode)}/{rest}";

    public void Begin(StringBuilder html, string titel, string gebiedcode, string paginanaam)
    {
        Paginaschil.Begin(html, $"{titel} – Regiemonitor", Stijl.Tekst, StijlInline, Boom);
        html.Append("""<main id="inhoud" class="rm-toezicht"><nav class="rm-kruimelpad" aria-label="Kruimelpad"><ol>""");
        if (Boom.Bevat(gebiedcode))
            foreach (var g in Boom.Pad(gebiedcode))
                html.Append(InScope(g.Code)
                    ? $"""<li><a href="/dashboards/{E(Uri.EscapeDataString(g.Code))}">{E(g.Naam)}</a></li>"""
                    : $"""<li>{E(g.Naam)}</li>""");
        html.Append($"""<li><span aria-current="page">{E(paginanaam)}</span></li></ol></nav>""");
    }

    public static void Einde(StringBuilder html)
    {
        html.Append("</main>");
        Paginaschil.Einde(html);
    }

    /// <summary>A list of download links, as on the dashboard page.</summary>
    public static void Downloads(StringBuilder html, IEnumerable<(string Tekst, string Href)> links)
    {
        html.Append("""<nav aria-label="Downloads"><ul class="rm-knoppen">""");
        foreach (var (tekst, href) in links) html.Append($"""<li><a href="{E(href)}">{E(tekst)}</a></li>""");
        html.Append("</ul></nav>");
    }
}
