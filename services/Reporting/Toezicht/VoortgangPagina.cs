using System.Text;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Pagina;
using Regiemonitor.Reporting.Weergave;
using static Regiemonitor.Reporting.Pagina.Html;
using Halfjaar = Regiemonitor.Calculation.Core.Toezicht.Halfjaar;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// The half-yearly voortgangsrapportage (DOMAIN.md §4) of a gebied as an accessible page: the
/// figures of this and the previous periode, the assessment per gemeente, the treden counted and
/// the policy that was applied. The same HTML is printed to PDF.
/// </summary>
public static class VoortgangPagina
{
    public const string Titel = "Voortgangsrapportage huisvesting vergunninghouders";

    public static string Render(Toezichtpagina pagina, PeriodeResultaten r, IReadOnlyList<Halfjaar> periodes)
    {
        var code = r.Gebied.Code;
        var html = new StringBuilder(64 * 1024);
        pagina.Begin(html, $"{Titel} {r.Gebied.Naam} {r.Periode}", code, $"Voortgangsrapportage {r.Periode}");
        html.Append($"""<h1>{E(Titel)}</h1><p class="rm-ondertitel">{E(Gebiednaam(r.Gebied))}, {E(Toezichtopmaak.Periode(r.Periode))}</p>""");
        Bediening(html, r, periodes);
        Totalen(html, r);
        Gemeentetabel.Schrijf(html, r, open: pagina.StijlInline);
        Treden(html, r);
        Beleid(html, r, pagina);
        html.Append("""<p class="rm-noot">Percentages zijn gehuisvest gedeeld door de taakstelling en door de totaalopgave, afgerond op hele procenten (halve van nul af), zoals in de gepubliceerde rapportages. Totaalopgave = taakstelling + achterstand (min voorsprong) uit de vorige periode.</p>""");
        Toezichtpagina.Einde(html);
        return html.ToString();
    }

    /// <summary>"Provincie Utrecht": the name alone is ambiguous (Utrecht is also a gemeente).</summary>
    public static string Gebiednaam(Gebied g) => g.Niveau switch
    {
        "land" => g.Naam,
        "provincie" => $"Provincie {g.Naam}",
        "veiligheidsregio" => $"Veiligheidsregio {g.Naam}",
        "regio" => $"Regio {g.Naam}",
        _ => $"Gemeente {g.Naam}",
    };

    /// <summary>The periodes offered in the selector: recent ones around today, and always the one shown.</summary>
    public static IReadOnlyList<Halfjaar> Keuzes(Halfjaar huidig, Halfjaar getoond)
    {
        var lijst = new List<Halfjaar>();
        var h = huidig.Volgende;
        for (var i = 0; i < 12; i++, h = h.Vorige) lijst.Add(h);
        if (!lijst.Contains(getoond)) lijst.Add(getoond);
        return [.. lijst.OrderDescending()];
    }

    private static void Bediening(StringBuilder html, PeriodeResultaten r, IReadOnlyList<Halfjaar> periodes)
    {
        var code = r.Gebied.Code;
        html.Append($"""<div class="rm-bediening"><form method="get" action="{E(Toezichtpagina.Pad(code, "voortgang"))}"><div><label for="periode">Periode</label><select id="periode" name="periode">""");
        foreach (var p in periodes)
        {
            var waarde = p.ToString();
            html.Append($"""<option value="{E(waarde)}"{(waarde == r.Periode ? " selected" : "")}>{E(Toezichtopmaak.Periode(p))}</option>""");
        }
        html.Append("""</select></div><button type="submit">Toon</button></form>""");
        var basis = Toezichtpagina.Pad(code, $"voortgang/{Uri.EscapeDataString(r.Periode)}/export.");
        Toezichtpagina.Downloads(html, [("Tabel als CSV", basis + "csv"), ("Tabel als Excel", basis + "xlsx"), ("Rapportage als PDF", basis + "pdf")]);
        html.Append("</div>");
    }

    private static void Totalen(StringBuilder html, PeriodeResultaten r)
    {
        html.Append($"""<section aria-labelledby="totalen-titel"><h2 id="totalen-titel">Resultaten van {E(r.Gebied.Naam)}</h2><div class="rm-scroll" role="region" aria-labelledby="totalen-titel" tabindex="0">""");
        html.Append($"""<table class="rm-tabel"><caption>Taakstelling en huisvesting van {E(r.Gebied.Naam)} in deze en de vorige periode</caption><thead><tr><th scope="col">Periode</th>""");
        foreach (var kop in Gemeentetabel.Cijferkoppen) html.Append($"""<th scope="col" class="rm-getal">{E(kop)}</th>""");
        html.Append("""<th scope="col" class="rm-getal">Achterstand (voorsprong) na afloop</th></tr></thead><tbody>""");
        foreach (var (periode, c) in new[] { (r.Periode, r.Totaal), (r.VorigePeriode, r.VorigTotaal) })
        {
            if (c is null) continue;
            html.Append($"""<tr><th scope="row">{E(Toezichtopmaak.Periode(periode))}</th>""");
            Gemeentetabel.Cijfercellen(html, c);
            html.Append($"""<td class="rm-getal">{Gemeentetabel.AchterstandCel(c.HasAchterstandUit ? c.AchterstandUit : null)}</td></tr>""");
        }
        html.Append("</tbody></table></div>");
        if (r.Totaal is { } t)
            html.Append($"""<p>{E(Opmaak.Getal(t.Gemeenten))} {(t.Gemeenten == 1 ? "gemeente" : "gemeenten")} met een taakstelling in deze periode.</p>""");
        html.Append("</section>");
    }

    private static void Treden(StringBuilder html, PeriodeResultaten r)
    {
        if (r.Treden.Count == 0) return;
        html.Append("""<section aria-labelledby="treden-titel"><h2 id="treden-titel">Gemeenten per trede</h2><div class="rm-scroll" role="region" aria-labelledby="treden-titel" tabindex="0">""");
        html.Append($"""<table class="rm-tabel rm-klein"><caption>Aantal gemeenten per trede van de interventieladder, nu en in de vorige periode</caption><thead><tr><th scope="col">Trede</th><th scope="col" class="rm-getal">{E(r.Periode)}</th><th scope="col" class="rm-getal">{E(r.VorigePeriode)}</th><th scope="col">Verandering</th></tr></thead><tbody>""");
        foreach (var t in r.Treden)
            html.Append($"""<tr><th scope="row">{Gemeentetabel.Tredelabel(t.Trede, t.Kleur, t.Naam)}</th><td class="rm-getal">{E(Opmaak.Getal(t.Aantal))}</td><td class="rm-getal">{E(Opmaak.Getal(t.VorigAantal))}</td><td>{E(Toezichtopmaak.Verandering(t.Aantal, t.VorigAantal))}</td></tr>""");
        html.Append("""</tbody></table></div><p class="rm-noot">Geteld is de trede die geldt: de bijstelling door de toezichthouder als die er is, anders de berekende trede.</p></section>""");
    }

    private static void Beleid(StringBuilder html, PeriodeResultaten r, Toezichtpagina pagina)
    {
        if (r.Beleid.Count == 0) return;
        html.Append("""<section aria-labelledby="beleid-titel"><h2 id="beleid-titel">Gebruikt beleid</h2>""");
        foreach (var b in r.Beleid)
        {
            var provincie = pagina.Boom.TryGet(b.Provincie, out var g) ? g.Naam : b.Provincie;
            html.Append($"""<h3>{E(b.Naam)} ({E(provincie)})</h3><p>""");
            html.Append(b.Versie == 0
                ? "Standaardbeleid: de provincie heeft geen eigen beleid ingesteld."
                : $"Versie {E(b.Versie.ToString(Opmaak.Nl))}, geldig vanaf het {E(Toezichtopmaak.Vanaf(b.Vanaf))}.");
            html.Append($" Hoogste trede: {E(b.MaxTrede.ToString(Opmaak.Nl))}.</p><ul>");
            foreach (var regel in b.Regels) html.Append($"<li>{E(regel)}</li>");
            html.Append("</ul>");
        }
        html.Append("</section>");
    }
}
