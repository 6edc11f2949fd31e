using System.Text;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// The voortgangsrapportage per gemeente: the figures, the computed trede with a bijstelling right
/// beside it (both stay visible: the difference is information), the grondslag, the reasons in a
/// disclosure, the fixed assessment and every correction with its reason.
/// </summary>
public static class Gemeentetabel
{
    public static readonly string[] Cijferkoppen =
    [
        "Taakstelling", "Achterstand (voorsprong) bij begin", "Totaalopgave", "Gehuisvest",
        "% van taakstelling", "% van totaalopgave",
    ];

    /// <param name="open">Reasons open, for the printed edition where nothing can be unfolded.</param>
    public static void Schrijf(StringBuilder html, PeriodeResultaten r, bool open)
    {
        html.Append("""<section aria-labelledby="gemeenten-titel"><h2 id="gemeenten-titel">Per gemeente</h2>""");
        if (r.Rijen.Count == 0)
        {
            html.Append("<p>Er zijn in deze periode geen gemeenten met een taakstelling.</p></section>");
            return;
        }
        html.Append("""<div class="rm-scroll" role="region" aria-labelledby="gemeenten-titel" tabindex="0">""");
        html.Append($"""<table class="rm-tabel rm-gemeentetabel"><caption>Taakstelling, huisvesting en beoordeling per gemeente in {E(Toezichtopmaak.Periode(r.Periode))}</caption><thead><tr><th scope="col">Gemeente</th>""");
        foreach (var kop in Cijferkoppen) html.Append($"""<th scope="col" class="rm-getal">{E(kop)}</th>""");
        foreach (var kop in new[] { "Trede (berekend)", "Bijstelling", "Grondslag", "Redenen", "Vastgesteld", "Correcties" })
            html.Append($"""<th scope="col">{E(kop)}</th>""");
        html.Append("</tr></thead><tbody>");
        foreach (var rij in r.Rijen) Rij(html, rij, open);
        html.Append("</tbody></table></div></section>");
    }

    private static void Rij(StringBuilder html, PeriodeRij rij, bool open)
    {
        var naam = rij.Gebied.Naam;
        html.Append($"""<tr><th scope="row">{E(naam)}</th>""");
        if (rij.Cijfers is { } c) Cijfercellen(html, c);
        else html.Append(string.Concat(Enumerable.Repeat($"""<td class="rm-getal">{GetalOfLeeg(null)}</td>""", Cijferkoppen.Length)));

        html.Append("""<td class="rm-tredecel">""");
        if (rij.Beoordeling is { } b) html.Append(Tredelabel(b.Trede, b.Kleur, b.Naam));
        else html.Append("Nog niet beoordeeld");
        if (rij.HasVorigeTrede) html.Append($"""<br><span class="rm-noot">Vorige periode: trede {E(rij.VorigeTrede.ToString(Opmaak.Nl))}</span>""");
        html.Append("</td>");

        html.Append("""<td class="rm-tekstcel">""");
        if (rij.Bijstelling is { } s)
        {
            html.Append($"""<p class="rm-bijstelling">Bijgesteld naar {Tredelabel(s.Trede, s.Kleur, s.Naam)}</p>""");
            html.Append($"""<p>Door {E(s.Toezichthouder)} op {E(Weergave.Opmaak.Tijdstip(s.Tijdstip))}.</p><p>Motivering: {E(s.Motivering)}</p>""");
        }
        else html.Append("Geen");
        html.Append("</td>");

        html.Append(rij.Beoordeling is { } g
            ? $"""<td>{E(Toezichtopmaak.Grondslag(g.Grondslag))}<br><span class="rm-noot">Te huisvesten: {E(Opmaak.Getal(g.Doel))}</span></td>"""
            : "<td>–</td>");

        html.Append("""<td class="rm-tekstcel">""");
        if (rij.Beoordeling is { } beoordeling)
        {
            html.Append($"""<details class="rm-redenen"{(open ? " open" : "")}><summary>Redenen<span class="rm-sr"> voor {E(naam)}</span></summary><ul>""");
            foreach (var reden in beoordeling.Redenen) html.Append($"<li>{E(reden)}</li>");
            html.Append($"""</ul><p>Beleid: {E(beoordeling.Beleid)}, versie {E(beoordeling.Beleidsversie.ToString(Opmaak.Nl))}.</p></details>""");
        }
        else html.Append("–");
        html.Append("</td>");

        html.Append("""<td class="rm-tekstcel">""");
        if (rij.Vastgesteld is { } v)
            html.Append($"""{Tredelabel(v.Trede, v.Kleur, v.Naam)}<br>Vastgesteld door {E(v.VastgesteldDoor)} op {E(Weergave.Opmaak.Tijdstip(v.VastgesteldOp))}""");
        else html.Append("Nog niet vastgesteld");
        html.Append("</td>");

        html.Append("""<td class="rm-tekstcel">""");
        if (rij.Correcties.Count == 0) html.Append("Geen");
        else
        {
            html.Append("<ul>");
            foreach (var k in rij.Correcties)
                html.Append($"""<li>{E(Toezichtopmaak.Correctieveld(k.Veld))} gecorrigeerd naar {E(Opmaak.Getal(k.Waarde))}: {E(k.Reden)}</li>""");
            html.Append("</ul>");
        }
        html.Append("</td></tr>");
    }

    /// <summary>The six figure cells in the order of <see cref="Cijferkoppen"/>.</summary>
    public static void Cijfercellen(StringBuilder html, PeriodeCijfers c)
    {
        html.Append($"""<td class="rm-getal">{E(Opmaak.Getal(c.Taakstelling))}</td>""");
        html.Append($"""<td class="rm-getal">{AchterstandCel(c.HasAchterstandIn ? c.AchterstandIn : null)}</td>""");
        html.Append($"""<td class="rm-getal">{GetalOfLeeg(c.HasTotaalopgave ? c.Totaalopgave : null)}</td>""");
        html.Append($"""<td class="rm-getal">{GetalOfLeeg(c.HasGehuisvest ? c.Gehuisvest : null)}</td>""");
        html.Append($"""<td class="rm-getal">{PercentageCel(c.PercentageTaakstelling)}</td>""");
        html.Append($"""<td class="rm-getal">{PercentageCel(c.PercentageTotaalopgave)}</td>""");
    }

    public static string AchterstandCel(long? waarde) => waarde is { } w ? E(Toezichtopmaak.Achterstand(w)) : GetalOfLeeg(null);

    private static string PercentageCel(Breuk? breuk) => Toezichtopmaak.HeelPercentage(breuk) is { } p
        ? E(Toezichtopmaak.HeelPercentageTekst(p))
        : GetalOfLeeg(null);

    /// <summary>A coloured dot (decoration) and the trede in words (the information).</summary>
    public static string Tredelabel(int trede, string kleur, string naam) =>
        $"""<span class="rm-trede"><span class="rm-stip {Toezichtopmaak.TredeKlasse(kleur)}" aria-hidden="true"></span>{E(Toezichtopmaak.Trede(trede, kleur, naam))}</span>""";
}
