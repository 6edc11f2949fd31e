using System.Text;
using Regiemonitor.Calculation.Core;
using static Regiemonitor.Reporting.Pagina.Html;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>The frame every page shares: document head, skip link, header with search, footer.</summary>
public static class Paginaschil
{
    public const string StijlUrl = "/static/regiemonitor.css";

    public static void Begin(StringBuilder html, string titel, string stijl, bool stijlInline, GebiedBoom boom)
    {
        html.Append($"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(titel)}</title>""");
        html.Append(stijlInline ? $"<style>{stijl}</style>" : $"""<link rel="stylesheet" href="{StijlUrl}">""");
        html.Append("""</head><body><a class="rm-skip" href="#inhoud">Naar de inhoud</a><header class="rm-kop"><a href="/dashboards/NL">Regiemonitor</a>""");
        html.Append("""<form method="get" action="/dashboards/zoeken" role="search"><div><label for="zoekterm">Zoek een gebied</label><input id="zoekterm" name="q" list="gebiedsnamen" autocomplete="off" required></div><button type="submit">Zoek</button>""");
        html.Append("""<datalist id="gebiedsnamen">""");
        foreach (var g in boom.Alle.OrderBy(g => g.Naam, StringComparer.Create(Weergave.Opmaak.Nl, true)))
            html.Append($"""<option value="{E(g.Naam)}"></option>""");
        html.Append("</datalist></form></header>");
    }

    public static void Einde(StringBuilder html)
    {
        html.Append("""<footer class="rm-voet"><p>Regiemonitor: voortgang van de opgaven in de asielketen. Grenzen: CBS/Kadaster via PDOK; inwoners: CBS StatLine.</p></footer></body></html>""");
    }
}
