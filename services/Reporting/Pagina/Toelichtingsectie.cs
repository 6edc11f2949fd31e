using System.Text;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>
/// The method notes, generated from the figures themselves (registry and ingestion data), so
/// they can never disagree with the cards: per categorie the old and new opgave with dates,
/// how it is divided, the besluiten and each bron with its peildatum; then how it is computed.
/// </summary>
public static class Toelichtingsectie
{
    public static void Schrijf(StringBuilder html, PaginaInvoer p)
    {
        var d = p.Dashboard;
        html.Append("""<section class="rm-toelichting" aria-labelledby="toelichting-titel" id="toelichting"><h2 id="toelichting-titel">Toelichting</h2>""");
        foreach (var k in d.Kaarten)
        {
            html.Append($"""<h3>{E(Teksten.Categorie(k.Categorie))}</h3><p>Geteld worden {E(Teksten.WatGeteldWordt(k.Categorie))}. """);
            if (k.HasStartdatum)
            {
                html.Append($"De oude opgave is {E(Opmaak.Getal(k.Startpunt))} op {E(Opmaak.Datum(Opmaak.IsoDatum(k.Startdatum)))}; ");
                html.Append($"de nieuwe opgave is {E(Opmaak.Getal(k.Eindpunt))} per {E(Opmaak.Datum(Opmaak.IsoDatum(k.Einddatum)))}. ");
                var verdeling = k.Verdeling.Select(v => Teksten.Niveau(v.Niveau, v.Aantal)).ToList();
                if (verdeling.Count > 0) html.Append($"De opgave van {E(d.Gebied.Naam)} is de som van de opgaven van {E(string.Join(" en ", verdeling))}. ");
                if (k.Categorie == "oekraine") html.Append("De opgave voor de opvang van Oekraïners wordt per veiligheidsregio vastgesteld, niet per gemeente. ");
                if (k.Categorie == "huisvesting") html.Append("Het startpunt is de achterstand aan het begin van het halfjaar, het eindpunt de totaalopgave (taakstelling plus achterstand); de realisatie telt vanaf het begin van het halfjaar. ");
                if (k.Besluiten.Count > 0) html.Append($"Grondslag: {E(string.Join("; ", k.Besluiten))}. ");
            }
            else html.Append($"{E(d.Gebied.Naam)} heeft voor deze opgave geen eigen opgave; alleen de realisatie wordt getoond. ");
            html.Append(k.Bronnen.Count == 0
                ? "Er zijn geen tellingen tot en met " + E(Opmaak.Datum(p.RealisatieTot)) + ".</p>"
                : "Bron: " + E(string.Join("; ", k.Bronnen.Select(b => $"{Teksten.Bron(b.Bron)}, peildatum {Opmaak.Datum(Opmaak.IsoDatum(b.Peildatum))}"))) + ".</p>");
        }
        // An edition names the exact batches its figures came from, so a reader can trace them later.
        if (p.Editie is { } editie) Edities.Editiebanner.Toelichting(html, p, editie);
        html.Append($"""
            <h3>Zo wordt gerekend</h3>
            <ul>
            <li><strong>Indicatief schema</strong>: loopt in rechte lijn van de oude opgave op de startdatum naar de nieuwe opgave op de einddatum, naar rato van het aantal verstreken dagen. Voor de startdatum geldt de oude, na de einddatum de nieuwe opgave.</li>
            <li><strong>Realisatie</strong>: per bron de laatste telling met een peildatum tot en met {E(Opmaak.Datum(p.RealisatieTot))}, opgeteld over alle gebieden in {E(d.Gebied.Naam)}. Voor asiel is de realisatie regulier plus noodopvang plus tijdelijke gemeentelijke opvang (TGO).</li>
            <li><strong>Achterstand</strong>: indicatief schema min realisatie. Is de realisatie hoger dan het schema, dan heet het verschil een voorsprong.</li>
            <li><strong>Status</strong>: {E(Teksten.Status("groen").ToLowerInvariant())} (groen) bij een realisatie van 100 % van het schema of meer, {E(Teksten.Status("oranje").ToLowerInvariant())} (oranje) vanaf 75 %, daaronder {E(Teksten.Status("rood").ToLowerInvariant())} (rood). Een schema van 0 is altijd gehaald.</li>
            <li><strong>Delta</strong> in de tabel: de nieuwe opgave min de realisatie.</li>
            <li>Alle berekeningen zijn exact; alleen de getoonde getallen zijn afgerond op hele aantallen (percentages op één decimaal), met halve waarden van nul af.</li>
            </ul></section>
            """);
    }
}
