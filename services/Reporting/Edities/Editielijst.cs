using System.Text;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Reporting.Pagina;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Edities;

/// <summary>The page listing the editions that can show a gebied (its own and those of the areas above it), newest first.</summary>
public static class Editielijst
{
    public static string Render(GebiedBoom boom, Gebied? gebied, IReadOnlyList<Editie> edities)
    {
        var html = new StringBuilder();
        var titel = gebied is null ? "Edities" : $"Edities van {Editiebanner.Benoem(boom, gebied.Code)}";
        Paginaschil.Begin(html, $"{titel} – Regiemonitor", "", false, boom);
        html.Append($"""<main id="inhoud" class="rm-edities"><h1>{E(titel)}</h1>""");
        html.Append("<p>Een editie bevriest de cijfers van een dashboard zoals ze zijn vastgesteld, bijvoorbeeld voor een regietafel: correcties die later zijn ingelezen, veranderen een editie niet. ");
        html.Append("Een editie van een provincie geldt ook voor de gebieden daarin.</p>");
        html.Append("""<div class="rm-bediening"><form method="get" action="/edities">""");
        html.Append($"""<div><label for="gebiedcode">Gebiedcode</label><p id="gebiedcode-hulp" class="rm-uitleg">Bijvoorbeeld PV26 of GM0344.</p><input id="gebiedcode" name="gebiedcode" value="{E(gebied?.Code)}" autocomplete="off" aria-describedby="gebiedcode-hulp"></div>""");
        html.Append("""<button type="submit">Toon edities</button></form></div>""");

        if (edities.Count == 0)
        {
            html.Append(gebied is null ? "<p>Er zijn nog geen edities vastgesteld.</p>" : $"<p>Er zijn nog geen edities vastgesteld voor {E(Editiebanner.Benoem(boom, gebied.Code))}.</p>");
        }
        else
        {
            html.Append("""<div class="rm-scroll" role="region" aria-labelledby="edities-titel" tabindex="0"><table class="rm-tabel">""");
            html.Append($"""<caption id="edities-titel">{edities.Count} {(edities.Count == 1 ? "editie" : "edities")}, nieuwste eerst</caption>""");
            html.Append("""<thead><tr><th scope="col">Editie</th><th scope="col">Vastgesteld voor</th><th scope="col">Peildatum</th><th scope="col">Realisatie tot en met</th><th scope="col">Vastgesteld door</th><th scope="col">Vastgesteld op</th></tr></thead><tbody>""");
            foreach (var e in edities)
            {
                // The edition shown for the asked gebied (it covers it); without one, for its own gebied.
                var toon = gebied?.Code ?? e.Gebiedcode;
                html.Append($"""<tr><th scope="row"><a href="/edities/{E(Uri.EscapeDataString(e.Id))}/dashboards/{E(Uri.EscapeDataString(toon))}">{E(e.Omschrijving)}</a></th>""");
                html.Append($"<td>{E(Editiebanner.Benoem(boom, e.Gebiedcode))}</td>");
                html.Append($"<td>{E(Opmaak.Datum(e.Peildatum))}</td><td>{E(Opmaak.Datum(e.RealisatieTot))}</td>");
                html.Append($"<td>{E(e.Door)}</td><td>{E(Editiebanner.Vastgesteld(e))}</td></tr>");
            }
            html.Append("</tbody></table></div>");
        }
        html.Append("</main>");
        Paginaschil.Einde(html);
        return html.ToString();
    }
}
