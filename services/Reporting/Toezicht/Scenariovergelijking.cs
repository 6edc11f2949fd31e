using System.Text;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Pagina;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// One or more verdeling scenarios side by side (DOMAIN.md §5): a column group per proposal with
/// coverage per categorie and the difference to the provincial opgave, then per categorie the
/// gemeenten with opgave, inbreng and difference, uitruil marked in words.
/// </summary>
public static class Scenariovergelijking
{
    // The one column of words among the figures: aligned left like text.
    private const string Uitruilkop = "Uitruil";

    public static void Schrijf(StringBuilder html, Scenarios s, string idVoorvoegsel)
    {
        var scenarios = s.Scenarios_;
        if (scenarios.Count == 0) return;
        Dekking(html, s, idVoorvoegsel);
        var gemeenten = scenarios.SelectMany(u => u.Gemeenten).Select(g => g.Gebied)
            .DistinctBy(g => g.Code).OrderBy(g => g.Naam, StringComparer.Create(Opmaak.Nl, true)).ToList();
        foreach (var categorie in Categorieen(scenarios))
            PerGemeente(html, scenarios, gemeenten, categorie, $"{idVoorvoegsel}-{categorie}");
        Uitruil(html, scenarios, gemeenten, $"{idVoorvoegsel}-uitruil");
    }

    /// <summary>"Voorstel A, versie 2 (ambtelijk)": how a proposal is named in column headers.</summary>
    public static string Naam(ScenarioUitkomst u) =>
        $"{u.Naam}, versie {u.Versie} ({Toezichtopmaak.ScenarioStatus(u.Status).ToLower(Opmaak.Nl)})";

    // The usual order of the opgaven first, then any categorie the dashboard does not know.
    private static IEnumerable<string> Categorieen(IEnumerable<ScenarioUitkomst> scenarios)
    {
        var aanwezig = scenarios.SelectMany(u => u.Categorieen.Select(c => c.Categorie)
            .Concat(u.Gemeenten.SelectMany(g => g.Cellen.Select(c => c.Categorie)))).ToHashSet();
        return Teksten.Categorieen.Where(aanwezig.Contains).Concat(aanwezig.Except(Teksten.Categorieen).Order(StringComparer.Ordinal));
    }

    private static void Kop(StringBuilder html, IReadOnlyList<ScenarioUitkomst> scenarios, string eerste, string[] velden, string? tussen = null)
    {
        html.Append($"""<thead><tr><th scope="col" rowspan="2">{E(eerste)}</th>""");
        if (tussen is not null) html.Append($"""<th scope="col" rowspan="2" class="rm-getal">{E(tussen)}</th>""");
        foreach (var u in scenarios) html.Append($"""<th scope="colgroup" colspan="{velden.Length}">{E(Naam(u))}</th>""");
        html.Append("</tr><tr>");
        foreach (var u in scenarios)
            foreach (var v in velden)
                html.Append($"""<th scope="col"{(v == Uitruilkop ? "" : " class=\"rm-getal\"")}>{E(v)}<span class="rm-sr"> {E(u.Naam)} versie {E(u.Versie)}</span></th>""");
        html.Append("</tr></thead>");
    }

    private static void Begin(StringBuilder html, string id, string titel, string bijschrift)
    {
        html.Append($"""<section aria-labelledby="{id}-titel"><h3 id="{id}-titel">{E(titel)}</h3><div class="rm-scroll" role="region" aria-labelledby="{id}-titel" tabindex="0">""");
        html.Append($"""<table class="rm-tabel"><caption>{E(bijschrift)}</caption>""");
    }

    private static void Dekking(StringBuilder html, Scenarios s, string id)
    {
        var scenarios = s.Scenarios_;
        var peildatum = Weergave.Opmaak.Tijdstip(s.Peildatum);
        Begin(html, $"{id}-dekking", "Dekking per categorie",
            $"Opgave, inbreng en dekking per categorie, vergeleken met de provinciale opgave op {peildatum}");
        Kop(html, scenarios, "Categorie", ["Opgave", "Inbreng", "Dekking", "Verschil tot provinciale opgave"], "Provinciale opgave");
        html.Append("<tbody>");
        foreach (var categorie in Categorieen(scenarios))
        {
            var provinciaal = scenarios.Select(u => u.Categorieen.FirstOrDefault(c => c.Categorie == categorie))
                .FirstOrDefault(c => c is { HasProvincialeOpgave: true });
            html.Append($"""<tr><th scope="row">{E(Teksten.Categorie(categorie))}</th><td class="rm-getal">{GetalOfLeeg(provinciaal?.ProvincialeOpgave)}</td>""");
            foreach (var u in scenarios) Dekkingcellen(html, u.Categorieen.FirstOrDefault(c => c.Categorie == categorie));
            html.Append("</tr>");
        }
        html.Append("""</tbody><tfoot><tr><th scope="row">Totaal</th>""");
        var totaalProvinciaal = scenarios.Select(u => u.Totaal).FirstOrDefault(t => t is { HasProvincialeOpgave: true });
        html.Append($"""<td class="rm-getal">{GetalOfLeeg(totaalProvinciaal?.ProvincialeOpgave)}</td>""");
        foreach (var u in scenarios) Dekkingcellen(html, u.Totaal);
        html.Append("""</tr></tfoot></table></div><p class="rm-noot">Dekking = inbreng gedeeld door opgave. Verschil tot provinciale opgave = inbreng min de provinciale opgave: negatief is wat de puzzel nog tekortkomt.</p></section>""");
    }

    private static void Dekkingcellen(StringBuilder html, CategorieDekking? d)
    {
        if (d is null)
        {
            html.Append(string.Concat(Enumerable.Repeat($"""<td class="rm-getal">{GetalOfLeeg(null)}</td>""", 4)));
            return;
        }
        html.Append($"""<td class="rm-getal">{E(Opmaak.Getal(d.Opgave))}</td><td class="rm-getal">{E(Opmaak.Getal(d.Inbreng))}</td>""");
        html.Append(Toezichtopmaak.Tiende(d.Dekking) is { } dekking
            ? $"""<td class="rm-getal">{E(Opmaak.Percentage(dekking))}</td>"""
            : $"""<td class="rm-getal">{GetalOfLeeg(null)}</td>""");
        html.Append(d.HasVerschilTotProvinciaal
            ? $"""<td class="rm-getal">{E(Toezichtopmaak.MetTeken(d.VerschilTotProvinciaal))}</td>"""
            : $"""<td class="rm-getal">{GetalOfLeeg(null)}</td>""");
    }

    private static void PerGemeente(StringBuilder html, IReadOnlyList<ScenarioUitkomst> scenarios, IReadOnlyList<Gebied> gemeenten, string categorie, string id)
    {
        var naam = Teksten.Categorie(categorie);
        Begin(html, id, $"{naam} per gemeente", $"{naam}: opgave, inbreng en verschil (inbreng min opgave) per gemeente");
        Kop(html, scenarios, "Gemeente", ["Opgave", "Inbreng", "Verschil"]);
        html.Append("<tbody>");
        foreach (var g in gemeenten)
        {
            html.Append($"""<tr><th scope="row">{E(g.Naam)}</th>""");
            foreach (var u in scenarios)
            {
                var gemeente = u.Gemeenten.FirstOrDefault(x => x.Gebied.Code == g.Code);
                if (gemeente?.Cellen.FirstOrDefault(c => c.Categorie == categorie) is not { } cel)
                {
                    html.Append(string.Concat(Enumerable.Repeat($"""<td class="rm-getal">{GetalOfLeeg(null)}</td>""", 3)));
                    continue;
                }
                var uitruil = gemeente.IsUitruil && cel.Verschil != 0 ? ", uitruil" : "";
                html.Append($"""<td class="rm-getal">{E(Opmaak.Getal(cel.Opgave))}</td><td class="rm-getal">{E(Opmaak.Getal(cel.Inbreng))}</td><td class="rm-getal">{E(Toezichtopmaak.MetTeken(cel.Verschil) + uitruil)}</td>""");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table></div></section>");
    }

    private static void Uitruil(StringBuilder html, IReadOnlyList<ScenarioUitkomst> scenarios, IReadOnlyList<Gebied> gemeenten, string id)
    {
        var metUitruil = gemeenten.Where(g => scenarios.Any(u => u.Gemeenten.Any(x => x.Gebied.Code == g.Code && x.IsUitruil))).ToList();
        html.Append($"""<section aria-labelledby="{id}-titel"><h3 id="{id}-titel">Uitruil tussen categorieën</h3>""");
        if (metUitruil.Count == 0)
        {
            html.Append("<p>Geen gemeente ruilt in deze voorstellen opgaven tussen categorieën uit.</p></section>");
            return;
        }
        html.Append($"""<div class="rm-scroll" role="region" aria-labelledby="{id}-titel" tabindex="0"><table class="rm-tabel rm-klein"><caption>Gemeenten die meer van de ene en minder van de andere opgave inbrengen, met hun saldo (inbreng min opgave over alle categorieën)</caption>""");
        Kop(html, scenarios, "Gemeente", [Uitruilkop, "Saldo"]);
        html.Append("<tbody>");
        foreach (var g in metUitruil)
        {
            html.Append($"""<tr><th scope="row">{E(g.Naam)}</th>""");
            foreach (var u in scenarios)
            {
                var x = u.Gemeenten.FirstOrDefault(y => y.Gebied.Code == g.Code);
                html.Append(x is null
                    ? $"""<td>Niet in dit voorstel</td><td class="rm-getal">{GetalOfLeeg(null)}</td>"""
                    : $"""<td>{(x.IsUitruil ? "Uitruil" : "Geen uitruil")}</td><td class="rm-getal">{E(Toezichtopmaak.MetTeken(x.Saldo))}</td>""");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table></div></section>");
    }
}
