using System.Text;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>
/// The table of the children with opgave, realisatie (asiel split) and delta per categorie, and
/// the totals. Sorting is done on the server through links in the column headers, so it works
/// from the keyboard and without JavaScript; the header states the order with aria-sort.
/// </summary>
public static class Tabelsectie
{
    private static readonly string[] Velden = ["opgave", "regulier", "noodopvang", "tgo", "realisatie", "delta"];

    public static IReadOnlyList<string> VeldenVan(string categorie) =>
        categorie == "asiel" ? Velden : ["opgave", "realisatie", "delta"];

    public static bool Sorteerbaar(string sleutel) => sleutel == "gebied" ||
        sleutel.Split('.') is [var c, var v] && Teksten.Categorieen.Contains(c) && VeldenVan(c).Contains(v);

    public static long? Waarde(Kaart k, string veld) => veld switch
    {
        "opgave" => k.HasEindpunt ? k.Eindpunt : null,
        "regulier" => k.HasRegulier ? k.Regulier : null,
        "noodopvang" => k.HasNoodopvang ? k.Noodopvang : null,
        "tgo" => k.HasTgo ? k.Tgo : null,
        "realisatie" => k.HasRealisatie ? k.Realisatie : null,
        "delta" => k.HasDelta ? k.Delta : null,
        _ => null,
    };

    public static void Schrijf(StringBuilder html, PaginaInvoer p)
    {
        var d = p.Dashboard;
        if (d.Rijen.Count == 0) return;
        html.Append("""<section class="rm-tabelsectie" aria-labelledby="tabel-titel" id="tabel"><h2 id="tabel-titel">Tabel</h2><div class="rm-scroll" role="region" aria-labelledby="tabel-titel" tabindex="0">""");
        html.Append($"""<table class="rm-tabel"><caption>Opgave, realisatie en delta {E(Teksten.RijenPer(d.Gebied.Niveau))} in {E(d.Gebied.Naam)} op {E(Opmaak.Datum(p.Peildatum))}</caption>""");
        html.Append("<thead><tr>");
        Kop(html, p, "gebied", "Gebied", rowspan: true);
        foreach (var c in Teksten.Categorieen)
            html.Append($"""<th scope="colgroup" colspan="{VeldenVan(c).Count}">{E(Teksten.Categorie(c))}</th>""");
        html.Append("</tr><tr>");
        foreach (var c in Teksten.Categorieen)
            foreach (var v in VeldenVan(c)) Kop(html, p, $"{c}.{v}", Veldnaam(v), rowspan: false, verborgen: Teksten.Categorie(c));
        html.Append("</tr></thead><tbody>");
        foreach (var rij in Gesorteerd(d.Rijen, p.Keuzes))
        {
            html.Append($"""<tr><th scope="row"><a href="{E(p.Link(rij.Gebied.Code))}">{E(rij.Gebied.Naam)}</a></th>""");
            Cellen(html, rij);
            html.Append("</tr>");
        }
        html.Append("""</tbody><tfoot><tr><th scope="row">Totaal</th>""");
        Cellen(html, d.Totaal);
        html.Append("</tr></tfoot></table></div>");
        html.Append("""<p class="rm-uitleg">Delta = opgave − realisatie; een negatieve delta betekent meer gerealiseerd dan de opgave. Kies een kolomkop om te sorteren.</p></section>""");
    }

    private static IEnumerable<TabelRij> Gesorteerd(IEnumerable<TabelRij> rijen, Paginakeuzes keuzes)
    {
        if (keuzes.Sorteer is not { } sleutel) return rijen;
        if (sleutel == "gebied")
            return keuzes.Aflopend ? rijen.OrderByDescending(r => r.Gebied.Naam, StringComparer.Create(Opmaak.Nl, true))
                : rijen.OrderBy(r => r.Gebied.Naam, StringComparer.Create(Opmaak.Nl, true));
        var (c, v) = (sleutel.Split('.')[0], sleutel.Split('.')[1]);
        // Rows without a figure go last in either direction: "no data" is not the smallest number.
        long? W(TabelRij r) => Waarde(r.Kaarten.Single(k => k.Categorie == c), v);
        var metWaarde = rijen.Where(r => W(r) is not null);
        var geordend = keuzes.Aflopend ? metWaarde.OrderByDescending(W) : metWaarde.OrderBy(W);
        return geordend.Concat(rijen.Where(r => W(r) is null));
    }

    private static void Kop(StringBuilder html, PaginaInvoer p, string sleutel, string tekst, bool rowspan, string? verborgen = null)
    {
        var actief = p.Keuzes.Sorteer == sleutel;
        var ariaSort = actief ? (p.Keuzes.Aflopend ? "descending" : "ascending") : "none";
        var volgende = p.Keuzes with { Sorteer = sleutel, Aflopend = actief && !p.Keuzes.Aflopend };
        var pijl = actief ? (p.Keuzes.Aflopend ? " ▼" : " ▲") : "";
        var extra = verborgen is null ? "" : $"""<span class="rm-sr"> {E(verborgen)}</span>""";
        var richting = volgende.Aflopend ? "aflopend" : "oplopend";
        html.Append($"""<th scope="col"{(rowspan ? " rowspan=\"2\"" : "")} aria-sort="{ariaSort}"{(sleutel == "gebied" ? "" : " class=\"rm-getal\"")}>""");
        html.Append($"""<a href="{E(p.Zelf(volgende, "tabel"))}">{E(tekst)}{extra}<span class="rm-sr">, sorteer {richting}</span><span aria-hidden="true">{pijl}</span></a></th>""");
    }

    private static void Cellen(StringBuilder html, TabelRij rij)
    {
        foreach (var c in Teksten.Categorieen)
        {
            var k = rij.Kaarten.Single(x => x.Categorie == c);
            foreach (var v in VeldenVan(c))
                html.Append($"""<td class="rm-getal">{GetalOfLeeg(Waarde(k, v))}</td>""");
        }
    }

    private static string Veldnaam(string veld) => veld switch
    {
        "opgave" => "Opgave",
        "regulier" => "Regulier",
        "noodopvang" => "Noodopvang",
        "tgo" => "TGO",
        "realisatie" => "Realisatie",
        _ => "Delta",
    };
}
