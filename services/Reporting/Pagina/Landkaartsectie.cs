using System.Text;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Landkaarten;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>
/// The map of the children coloured by status for one categorie, chosen with links (no script
/// needed); each area links to its own dashboard; legend and a text alternative beside it.
/// </summary>
public static class Landkaartsectie
{
    public static void Schrijf(StringBuilder html, PaginaInvoer p)
    {
        var d = p.Dashboard;
        if (d.Gebied.Niveau == "gemeente") return;
        var categorie = p.Keuzes.KaartCategorie;
        // The oekraine opgave is set per veiligheidsregio, so below NL its map shows those.
        var rijen = categorie == "oekraine" && d.VeiligheidsregioRijen.Count > 0 ? d.VeiligheidsregioRijen : d.Rijen;
        var vlakken = rijen.Select(r => Vlak(p, r, categorie)).ToList();

        html.Append("""<section class="rm-landkaart" aria-labelledby="landkaart-titel" id="landkaart"><h2 id="landkaart-titel">Kaart</h2>""");
        html.Append("""<nav aria-label="Categorie op de kaart"><ul class="rm-knoppen">""");
        foreach (var c in Teksten.Categorieen)
        {
            var huidig = c == categorie ? """ aria-current="true" """ : " ";
            html.Append($"""<li><a{huidig}href="{E(p.Zelf(p.Keuzes with { KaartCategorie = c }, "landkaart"))}">{E(Teksten.Categorie(c))}</a></li>""");
        }
        html.Append("</ul></nav>");
        var titel = $"Kaart van {Teksten.Categorie(categorie)} in {d.Gebied.Naam}: status per {(ReferenceEquals(rijen, d.Rijen) ? Teksten.RijNiveau(d.Gebied.Niveau) : "veiligheidsregio")}";
        html.Append($"""<div class="rm-landkaart-vlak">{p.Grenzen.Svg(vlakken, titel)}{Grenzen.Legenda()}</div>""");
        html.Append("""<details><summary>Tekstalternatief bij de kaart</summary><ul class="rm-tekstalternatief">""");
        foreach (var v in vlakken) html.Append($"""<li><a href="{E(v.Href)}">{E(v.Omschrijving)}</a></li>""");
        html.Append("""</ul></details><p class="rm-bron">Grenzen: CBS/Kadaster via PDOK (CBS gebiedsindelingen 2025), vereenvoudigd door cartomap/nl.</p></section>""");
    }

    private static Vlak Vlak(PaginaInvoer p, TabelRij rij, string categorie)
    {
        var k = rij.Kaarten.Single(x => x.Categorie == categorie);
        var status = k.HasStatus ? k.Status : null;
        var omschrijving = k.HasPercentageTienden
            ? $"{rij.Gebied.Naam}: {Teksten.Percentage(k.PercentageTienden)} van het indicatief schema, {Teksten.Status(status).ToLowerInvariant()}"
            : $"{rij.Gebied.Naam}: {Teksten.Status(status).ToLowerInvariant()}";
        return new Vlak(rij.Gebied.Code, rij.Gebied.Naam, status, p.Link(rij.Gebied.Code), omschrijving);
    }
}
