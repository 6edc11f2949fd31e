using System.Globalization;
using System.Text;
using Regiemonitor.Calculation.Core;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>Finding a gebied by (part of) its name or its code, ignoring case and accents ("Fryslan" finds "Fryslân").</summary>
public static class ZoekPagina
{
    public static IReadOnlyList<Gebied> Zoek(GebiedBoom boom, string zoekterm)
    {
        var term = Normaliseer(zoekterm);
        if (term.Length == 0) return [];
        var treffers = boom.Alle.Where(g => Normaliseer(g.Naam).Contains(term, StringComparison.Ordinal) || Normaliseer(g.Code) == term).ToList();
        // An exact name wins, so "Utrecht" finds the province and the gemeente, exact ones first.
        return [.. treffers.OrderBy(g => Normaliseer(g.Naam) == term ? 0 : 1).ThenBy(g => g.Niveau).ThenBy(g => g.Naam, StringComparer.Create(Weergave.Opmaak.Nl, true))];
    }

    public static string Render(GebiedBoom boom, string zoekterm, IReadOnlyList<Gebied> treffers, string stijl)
    {
        var html = new StringBuilder();
        Paginaschil.Begin(html, $"Zoeken naar {zoekterm} – Regiemonitor", stijl, false, boom);
        html.Append($"""<main id="inhoud"><h1>Zoeken naar ‘{E(zoekterm)}’</h1>""");
        if (treffers.Count == 0) html.Append("<p>Geen gebied gevonden. Probeer een deel van de naam, bijvoorbeeld ‘Drenthe’ of ‘Assen’.</p>");
        else
        {
            html.Append($"<p>{treffers.Count} {(treffers.Count == 1 ? "gebied" : "gebieden")} gevonden:</p><ul>");
            foreach (var g in treffers)
                html.Append($"""<li><a href="/dashboards/{E(Uri.EscapeDataString(g.Code))}">{E(g.Naam)}</a> ({E(g.Niveau.Code())})</li>""");
            html.Append("</ul>");
        }
        html.Append("</main>");
        Paginaschil.Einde(html);
        return html.ToString();
    }

    private static string Normaliseer(string tekst)
    {
        var ontleed = tekst.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string([.. ontleed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }
}
