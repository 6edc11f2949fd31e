using System.Text;
using Regiemonitor.Contracts.Calculation.V1;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// The verdeling scenarios of a province ("de puzzel"): the list with checkboxes in a plain GET
/// form to choose proposals to compare (no script needed), the chosen ones side by side, and the
/// page of one scenario with its download in the import format.
/// </summary>
public static class ScenarioPagina
{
    public const string Titel = "Verdelingsscenario's";

    /// <param name="gekozen">The proposals chosen for comparison, in the chosen order; null when none were chosen.</param>
    public static string Lijst(Toezichtpagina pagina, Scenarios alle, Scenarios? gekozen, string? peildatum)
    {
        var code = alle.Provincie.Code;
        var html = new StringBuilder(64 * 1024);
        pagina.Begin(html, $"{Titel} {alle.Provincie.Naam}", code, "Scenario's");
        html.Append($"""<h1>{E(Titel)}</h1><p class="rm-ondertitel">{E(VoortgangPagina.Gebiednaam(alle.Provincie))}</p>""");
        if (alle.Scenarios_.Count == 0)
            html.Append("<p>Er zijn voor deze provincie nog geen scenario's vastgelegd.</p>");
        else Formulier(html, alle, gekozen, peildatum);

        if (gekozen is { Scenarios_.Count: > 0 })
        {
            html.Append("""<section aria-labelledby="vergelijking-titel" id="vergelijking"><h2 id="vergelijking-titel">Vergelijking</h2>""");
            html.Append($"<p>{E(string.Join(" naast ", gekozen.Scenarios_.Select(Scenariovergelijking.Naam)))}.</p>");
            Scenariovergelijking.Schrijf(html, gekozen, "vergelijking");
            html.Append("</section>");
        }
        Toezichtpagina.Einde(html);
        return html.ToString();
    }

    private static void Formulier(StringBuilder html, Scenarios alle, Scenarios? gekozen, string? peildatum)
    {
        var code = alle.Provincie.Code;
        var ids = gekozen?.Scenarios_.Select(u => u.Id).ToHashSet() ?? [];
        html.Append($"""<form method="get" action="{E(Toezichtpagina.Pad(code, "scenarios"))}" class="rm-scenarioformulier">""");
        html.Append("""<section aria-labelledby="lijst-titel"><h2 id="lijst-titel">Scenario's</h2><div class="rm-scroll" role="region" aria-labelledby="lijst-titel" tabindex="0">""");
        html.Append("""<table class="rm-tabel"><caption>Vastgelegde scenario's; kies er een of meer om naast elkaar te zetten</caption><thead><tr><th scope="col">Vergelijk</th><th scope="col">Naam</th><th scope="col">Versie</th><th scope="col">Status</th><th scope="col">Geïmporteerd op</th></tr></thead><tbody>""");
        var i = 0;
        foreach (var u in alle.Scenarios_)
        {
            i++;
            html.Append($"""<tr><td><input type="checkbox" id="voorstel-{i}" name="voorstel" value="{E(u.Id)}"{(ids.Contains(u.Id) ? " checked" : "")}><label for="voorstel-{i}" class="rm-sr">Vergelijk {E(u.Naam)}, versie {E(u.Versie)}</label></td>""");
            html.Append($"""<th scope="row"><a href="{E(Toezichtpagina.Pad(code, $"scenarios/{Uri.EscapeDataString(u.Id)}"))}">{E(u.Naam)}</a></th><td>{E(u.Versie)}</td><td>{E(Toezichtopmaak.ScenarioStatus(u.Status))}</td><td>{E(Weergave.Opmaak.Tijdstip(u.GeimporteerdOp))}</td></tr>""");
        }
        html.Append("""</tbody></table></div></section><div class="rm-bediening">""");
        html.Append($"""<div><label for="peildatum">Peildatum van de provinciale opgave</label><input type="date" id="peildatum" name="peildatum" value="{E(peildatum)}"></div>""");
        html.Append("""<button type="submit">Vergelijk</button></div></form>""");
    }

    public static string Een(Toezichtpagina pagina, Scenarios s)
    {
        var code = s.Provincie.Code;
        var u = s.Scenarios_[0];
        var html = new StringBuilder(64 * 1024);
        pagina.Begin(html, $"Scenario {u.Naam} {s.Provincie.Naam}", code, u.Naam);
        html.Append($"""<h1>Scenario {E(u.Naam)}</h1><p class="rm-ondertitel">{E(VoortgangPagina.Gebiednaam(s.Provincie))}</p><dl class="rm-aannames">""");
        foreach (var (term, waarde) in new[]
                 {
                     ("Versie", u.Versie), ("Status", Toezichtopmaak.ScenarioStatus(u.Status)),
                     ("Geïmporteerd op", Weergave.Opmaak.Tijdstip(u.GeimporteerdOp)),
                     ("Vergeleken met de provinciale opgave op", Weergave.Opmaak.Tijdstip(s.Peildatum)),
                 })
            html.Append($"<div><dt>{E(term)}</dt><dd>{E(waarde)}</dd></div>");
        html.Append("</dl>");
        var basis = Toezichtpagina.Pad(code, $"scenarios/{Uri.EscapeDataString(u.Id)}/export.");
        Toezichtpagina.Downloads(html, [("Scenario als CSV (importformaat)", basis + "csv"), ("Scenario als Excel", basis + "xlsx")]);
        html.Append($"""<p><a href="{E(Toezichtpagina.Pad(code, $"scenarios?voorstel={Uri.EscapeDataString(u.Id)}"))}">Vergelijk met andere scenario's</a></p>""");
        html.Append("""<section aria-labelledby="inhoud-titel"><h2 id="inhoud-titel">Inhoud van het scenario</h2>""");
        Scenariovergelijking.Schrijf(html, s, "scenario");
        html.Append("</section>");
        Toezichtpagina.Einde(html);
        return html.ToString();
    }
}
