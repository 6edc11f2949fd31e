using System.Text;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Grafieken;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Pagina.Html;
using RealisatiePunt = Regiemonitor.Reporting.Grafieken.RealisatiePunt;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>The five cards: figures, status in words and colour, and the chart with its table alternative.</summary>
public static class Kaartensectie
{
    public static void Schrijf(StringBuilder html, PaginaInvoer p)
    {
        html.Append("""<section class="rm-kaarten" aria-labelledby="kaarten-titel"><h2 id="kaarten-titel">Voortgang per opgave</h2><div class="rm-kaarten-rij">""");
        foreach (var k in p.Dashboard.Kaarten) Kaart(html, p, k);
        html.Append("</div></section>");
    }

    private static void Kaart(StringBuilder html, PaginaInvoer p, Kaart k)
    {
        var id = $"kaart-{k.Categorie}";
        var naam = Teksten.Categorie(k.Categorie);
        html.Append($"""<article class="rm-kaart" aria-labelledby="{id}-titel"><h3 id="{id}-titel">{E(naam)}</h3>""");
        var status = k.HasStatus ? k.Status : null;
        html.Append($"""<p class="rm-status"><span class="rm-stip {Teksten.StatusKlasse(status)}" aria-hidden="true"></span>{E(Teksten.Status(status))}</p><dl class="rm-cijfers">""");
        if (k.HasStartdatum)
        {
            Regel(html, $"Startpunt ({Opmaak.Datum(Opmaak.IsoDatum(k.Startdatum))})", Opmaak.Getal(k.Startpunt));
            Regel(html, $"Eindpunt ({Opmaak.Datum(Opmaak.IsoDatum(k.Einddatum))})", Opmaak.Getal(k.Eindpunt));
            Regel(html, $"Indicatief schema op {Opmaak.Datum(p.Peildatum)}", Opmaak.Getal(k.IndicatiefSchema));
        }
        else Regel(html, "Opgave", "geen eigen opgave");
        Regel(html, "Huidige realisatie", k.HasRealisatie ? Opmaak.Getal(k.Realisatie) : "geen gegevens");
        if (k.HasAchterstand)
            Regel(html, k.Achterstand < 0 ? "Voorsprong" : "Achterstand", Opmaak.Getal(Math.Abs(k.Achterstand)));
        if (k.HasPercentageTienden) Regel(html, "Realisatie als deel van het schema", Opmaak.Percentage(k.PercentageTienden / 10m));
        html.Append("</dl>");
        Grafiekdeel(html, p, k, id, naam);
        html.Append("</article>");
    }

    private static void Grafiekdeel(StringBuilder html, PaginaInvoer p, Kaart k, string id, string naam)
    {
        var punten = k.Reeks.Select(r => new RealisatiePunt(Opmaak.IsoDatum(r.Peildatum), r.Aantal)).ToList();
        if (k.HasStartdatum)
        {
            var invoer = new GrafiekInvoer($"{naam} in {p.Dashboard.Gebied.Naam}",
                Opmaak.IsoDatum(k.Startdatum), k.Startpunt, Opmaak.IsoDatum(k.Einddatum), k.Eindpunt, punten,
                p.Peildatum, k.HasIndicatiefSchema ? k.IndicatiefSchema : null, k.HasRealisatie ? k.Realisatie : null);
            html.Append($"""<figure class="rm-figuur">{Grafiek.Svg(invoer)}""");
        }
        else html.Append("""<figure class="rm-figuur"><p class="rm-geen-grafiek">Geen opgave, dus geen schema om te tonen.</p>""");

        html.Append($"""<figcaption><details><summary>Cijfers bij de grafiek van {E(naam)}</summary>""");
        html.Append($"""<table class="rm-tabel rm-klein"><caption>Realisatie van {E(naam)} per peildatum</caption>""");
        html.Append("""<thead><tr><th scope="col">Peildatum</th><th scope="col" class="rm-getal">Realisatie</th></tr></thead><tbody>""");
        foreach (var punt in punten)
            html.Append($"""<tr><td>{E(Opmaak.Datum(punt.Peildatum))}</td><td class="rm-getal">{E(Opmaak.Getal(punt.Aantal))}</td></tr>""");
        if (punten.Count == 0) html.Append("""<tr><td colspan="2">Geen tellingen in deze periode.</td></tr>""");
        html.Append("</tbody></table>");
        if (k.HasStartdatum)
            html.Append($"""<p>Indicatief schema: van {E(Opmaak.Getal(k.Startpunt))} op {E(Opmaak.Datum(Opmaak.IsoDatum(k.Startdatum)))} naar {E(Opmaak.Getal(k.Eindpunt))} op {E(Opmaak.Datum(Opmaak.IsoDatum(k.Einddatum)))}.</p>""");
        html.Append("</details></figcaption></figure>");
    }

    private static void Regel(StringBuilder html, string term, string waarde) =>
        html.Append($"""<div><dt>{E(term)}</dt><dd class="rm-getal">{E(waarde)}</dd></div>""");
}
