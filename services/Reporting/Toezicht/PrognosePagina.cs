using System.Text;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>The assumptions a reader typed, as given (empty = let the calculation derive it).</summary>
public sealed record Prognoseinvoer(string? StartJaar, string? Jaren, string? Taakstelling, string? Gehuisvest, string? Achterstand);

/// <summary>
/// The prognosis of the housing achterstand (DOMAIN.md §5): a form for the assumptions that works
/// without JavaScript, the assumptions used with where each came from, the table per year and a
/// chart of the achterstand whose text alternative is that table.
/// </summary>
public static class PrognosePagina
{
    public const string Titel = "Prognose van de achterstand huisvesting vergunninghouders";

    public static string Render(Toezichtpagina pagina, Prognose p, Prognoseinvoer invoer)
    {
        var html = new StringBuilder(32 * 1024);
        pagina.Begin(html, $"Prognose huisvesting {p.Gebied.Naam}", p.Gebied.Code, "Prognose");
        html.Append($"""<h1>{E(Titel)}</h1><p class="rm-ondertitel">{E(VoortgangPagina.Gebiednaam(p.Gebied))}</p>""");
        Formulier(html, p.Gebied.Code, invoer);
        Aannames(html, p);
        Jaartabel(html, p);
        Grafiek(html, p);
        Projecten(html, p, pagina);
        html.Append("""<p class="rm-noot">Per jaar: achterstand einde jaar = achterstand 1 januari + taakstelling − gehuisvest − extra capaciteit (projecten in dat jaar); te huisvesten volgend jaar = taakstelling + achterstand einde jaar. Een negatieve achterstand heet voorsprong.</p>""");
        Toezichtpagina.Einde(html);
        return html.ToString();
    }

    private static void Formulier(StringBuilder html, string code, Prognoseinvoer invoer)
    {
        html.Append("""<p id="aannames-hint" class="rm-uitleg">Laat een veld leeg om het af te leiden uit de vastgelegde cijfers. Gebruik hele getallen zonder punten.</p>""");
        html.Append($"""<form method="get" action="{E(Toezichtpagina.Pad(code, "prognose"))}" class="rm-aannameformulier">""");
        Veld(html, "startJaar", "Eerste jaar", invoer.StartJaar, "2000", "2100");
        Veld(html, "jaren", "Aantal jaren", invoer.Jaren, "1", Prognosevraag.MaxJaren.ToString(Opmaak.Nl));
        Veld(html, "taakstelling", "Taakstelling per jaar", invoer.Taakstelling, "0", null);
        Veld(html, "gehuisvest", "Gehuisvest per jaar", invoer.Gehuisvest, "0", null);
        Veld(html, "achterstand", "Achterstand op 1 januari van het eerste jaar (negatief is voorsprong)", invoer.Achterstand, null, null);
        html.Append($"""<button type="submit">Bereken</button></form><p><a href="{E(Toezichtpagina.Pad(code, "prognose"))}">Alle aannames afleiden uit de cijfers</a></p>""");
    }

    private static void Veld(StringBuilder html, string naam, string label, string? waarde, string? min, string? max) =>
        html.Append($"""<div><label for="{naam}">{E(label)}</label><input type="number" step="1" inputmode="numeric" id="{naam}" name="{naam}" value="{E(waarde)}" aria-describedby="aannames-hint"{(min is null ? "" : $" min=\"{min}\"")}{(max is null ? "" : $" max=\"{max}\"")}></div>""");

    private static void Aannames(StringBuilder html, Prognose p)
    {
        if (p.Aannames is not { } a) return;
        html.Append("""<section aria-labelledby="aannames-titel"><h2 id="aannames-titel">Gebruikte aannames</h2><dl class="rm-aannames">""");
        Aanname(html, "Eerste jaar", a.StartJaar.ToString(Opmaak.Nl), null);
        Aanname(html, "Taakstelling per jaar", Opmaak.Getal(a.TaakstellingPerJaar), a.TaakstellingHerkomst);
        Aanname(html, "Gehuisvest per jaar", Opmaak.Getal(a.GehuisvestPerJaar), a.GehuisvestHerkomst);
        Aanname(html, $"Achterstand op 1 januari {a.StartJaar}", Toezichtopmaak.Achterstand(a.StartAchterstand), a.StartAchterstandHerkomst);
        html.Append("</dl></section>");
    }

    private static void Aanname(StringBuilder html, string term, string waarde, string? herkomst) =>
        html.Append($"""<div><dt>{E(term)}</dt><dd><strong>{E(waarde)}</strong>{(string.IsNullOrEmpty(herkomst) ? "" : $" <span class=\"rm-noot\">(herkomst: {E(herkomst)})</span>")}</dd></div>""");

    private static void Jaartabel(StringBuilder html, Prognose p)
    {
        html.Append("""<section aria-labelledby="jaren-titel"><h2 id="jaren-titel">Prognose per jaar</h2><div class="rm-scroll" role="region" aria-labelledby="jaren-titel" tabindex="0">""");
        html.Append($"""<table class="rm-tabel" id="prognosetabel"><caption>Achterstand en te huisvesten vergunninghouders per jaar in {E(p.Gebied.Naam)}</caption><thead><tr>""");
        foreach (var kop in new[] { "Jaar", "Achterstand 1 januari", "Taakstelling", "Gehuisvest", "Extra capaciteit", "Achterstand einde jaar", "Te huisvesten volgend jaar" })
            html.Append($"""<th scope="col"{(kop == "Jaar" ? "" : " class=\"rm-getal\"")}>{E(kop)}</th>""");
        html.Append("</tr></thead><tbody>");
        foreach (var j in p.Jaren)
        {
            html.Append($"""<tr><th scope="row">{E(j.Jaar.ToString(Opmaak.Nl))}</th><td class="rm-getal">{E(Toezichtopmaak.Achterstand(j.AchterstandBegin))}</td>""");
            html.Append($"""<td class="rm-getal">{E(Opmaak.Getal(j.Taakstelling))}</td><td class="rm-getal">{E(Opmaak.Getal(j.Gehuisvest))}</td><td class="rm-getal">{E(Opmaak.Getal(j.ExtraCapaciteit))}</td>""");
            html.Append($"""<td class="rm-getal">{E(Toezichtopmaak.Achterstand(j.AchterstandEind))}</td><td class="rm-getal">{E(Opmaak.Getal(j.TeHuisvestenVolgendJaar))}</td></tr>""");
        }
        if (p.Jaren.Count == 0) html.Append("""<tr><td colspan="7">Geen jaren om te tonen.</td></tr>""");
        html.Append("</tbody></table></div></section>");
    }

    private static void Grafiek(StringBuilder html, Prognose p)
    {
        var punten = Prognosegrafiek.Punten(p);
        if (punten.Count == 0) return;
        html.Append($"""<section aria-labelledby="grafiek-titel"><h2 id="grafiek-titel">Achterstand per jaar</h2><figure class="rm-figuur rm-prognosegrafiek">{Prognosegrafiek.Svg(p.Gebied.Naam, punten)}""");
        html.Append("""<figcaption>De achterstand op 1 januari van elk jaar; onder nul is een voorsprong. De tabel <a href="#prognosetabel">Prognose per jaar</a> geeft dezelfde cijfers.</figcaption></figure></section>""");
    }

    private static void Projecten(StringBuilder html, Prognose p, Toezichtpagina pagina)
    {
        html.Append("""<section aria-labelledby="projecten-titel"><h2 id="projecten-titel">Projecten met extra capaciteit</h2>""");
        if (p.Projecten.Count == 0)
        {
            html.Append("<p>Er zijn geen projecten vastgelegd.</p></section>");
            return;
        }
        html.Append("""<div class="rm-scroll" role="region" aria-labelledby="projecten-titel" tabindex="0"><table class="rm-tabel rm-klein"><caption>Projecten per jaar, meegeteld als extra capaciteit</caption><thead><tr><th scope="col">Jaar</th><th scope="col">Project</th><th scope="col">Gemeente</th><th scope="col" class="rm-getal">Eenheden</th></tr></thead><tbody>""");
        foreach (var x in p.Projecten.OrderBy(x => x.Jaar))
        {
            var gemeente = pagina.Boom.TryGet(x.Gemeentecode, out var g) ? g.Naam : x.Gemeentecode;
            html.Append($"""<tr><td>{E(x.Jaar.ToString(Opmaak.Nl))}</td><th scope="row">{E(x.Naam)}</th><td>{E(gemeente)}</td><td class="rm-getal">{E(Opmaak.Getal(x.Eenheden))}</td></tr>""");
        }
        html.Append("</tbody></table></div></section>");
    }
}
