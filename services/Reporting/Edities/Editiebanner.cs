using System.Text;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Reporting.Pagina;
using Regiemonitor.Reporting.Toezicht;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Edities;

/// <summary>
/// What an edition's page says about itself, on screen and on paper: the banner under the title,
/// and the frozen batches in the method notes.
/// </summary>
public static class Editiebanner
{
    public static void Schrijf(StringBuilder html, PaginaInvoer p, Editie e)
    {
        html.Append($"""<section class="rm-editie" aria-labelledby="editie-titel"><h2 id="editie-titel">Vastgestelde editie</h2>""");
        html.Append($"""<p>Editie {E(e.Omschrijving)} van {E(Opmaak.Datum(e.Peildatum))}, vastgesteld door {E(e.Door)} op {E(Vastgesteld(e))}; cijfers bevroren.</p>""");
        html.Append("<p>Correcties die later zijn ingelezen, veranderen deze cijfers niet.");
        if (p.Dashboard.Gebied.Code != e.Gebiedcode)
            html.Append($" De editie is vastgesteld voor {E(Benoem(p.Boom, e.Gebiedcode))}; dit is het deel van {E(Benoem(p.Boom, p.Dashboard.Gebied.Code))}.");
        html.Append(""" Welke batches zijn gebruikt, staat in de <a href="#toelichting">toelichting</a>.</p></section>""");
    }

    /// <summary>The method notes of an edition: per bron the frozen batches with their peildatum, and the data versions.</summary>
    public static void Toelichting(StringBuilder html, PaginaInvoer p, Editie e)
    {
        html.Append("""<h3>Bevroren gegevens van deze editie</h3>""");
        html.Append($"<p>De editie {E(e.Omschrijving)} is vastgesteld door {E(e.Door)} op {E(Vastgesteld(e))} voor {E(Benoem(p.Boom, e.Gebiedcode))}, ");
        html.Append($"met peildatum {E(Opmaak.Datum(e.Peildatum))} en realisatie tot en met {E(Opmaak.Datum(e.RealisatieTot))}. ");
        html.Append("De cijfers komen uit de batches hieronder; wat daarna is ingelezen, ook een correctie van dezelfde peildatum, telt in deze editie niet mee.</p>");
        if (e.Bronnen.Count == 0) html.Append($"<p>Er waren geen tellingen tot en met {E(Opmaak.Datum(e.RealisatieTot))}.</p>");
        else
        {
            html.Append("<ul>");
            foreach (var b in e.Bronnen)
            {
                html.Append($"<li>{E(Teksten.Bron(b.Bron))}, peildatum {E(Opmaak.Datum(b.Peildatum))}: ");
                html.Append(b.BatchIds.Count switch
                {
                    0 => "batch niet bekend",
                    1 => $"batch <code>{E(b.BatchIds[0])}</code>",
                    _ => "batches " + string.Join(", ", b.BatchIds.Select(id => $"<code>{E(id)}</code>")),
                });
                html.Append("</li>");
            }
            html.Append("</ul>");
        }
        html.Append($"<p>Gegevensversies: realisatie <code>{E(e.RealisatieVersie)}</code>, opgaven <code>{E(e.OpgaveVersie)}</code>. Editie <code>{E(e.Id)}</code>.</p>");
    }

    /// <summary>"12 september 2024 om 10:15", Dutch time.</summary>
    public static string Vastgesteld(Editie e) => Weergave.Opmaak.Tijdstip(EditieView.Moment(e.VastgesteldOp));

    /// <summary>"provincie Utrecht", "gemeente Utrecht", "Nederland": names repeat across niveaus, so the niveau is said.</summary>
    public static string Benoem(GebiedBoom boom, string code) =>
        !boom.TryGet(code, out var g) ? code : g.Niveau == Niveau.Land ? g.Naam : $"{g.Niveau.Code()} {g.Naam}";
}
