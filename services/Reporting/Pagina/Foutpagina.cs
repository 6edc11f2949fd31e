using System.Text;
using Regiemonitor.Calculation.Core;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>The page shown instead of a dashboard or report that cannot be made: what went wrong, in Dutch, and a way on.</summary>
public static class Foutpagina
{
    public static IResult Resultaat(GebiedBoom boom, int status, string titel, string detail, string? terugUrl = null, string? terugTekst = null)
    {
        var html = new StringBuilder();
        Paginaschil.Begin(html, $"{titel} – Regiemonitor", "", false, boom);
        html.Append($"""<main id="inhoud"><h1>{E(titel)}</h1><p>{E(detail)}</p>""");
        if (terugUrl is not null) html.Append($"""<p><a href="{E(terugUrl)}">{E(terugTekst)}</a></p>""");
        html.Append("""<p><a href="/dashboards/NL">Naar het landelijk overzicht</a></p></main>""");
        Paginaschil.Einde(html);
        return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: status);
    }
}
