using System.Text;
using Regiemonitor.Contracts.Calculation.V1;
using static Regiemonitor.Reporting.Pagina.Html;
using Halfjaar = Regiemonitor.Calculation.Core.Toezicht.Halfjaar;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// The way from a province's dashboard to its toezicht and planning pages. Only provinces: the
/// voortgangsrapportage, the interventieladder and the puzzel are provincial instruments.
/// </summary>
public static class Toezichtlinks
{
    public static void Schrijf(StringBuilder html, Gebied gebied, DateOnly? vandaag)
    {
        if (gebied.Niveau != "provincie" || vandaag is not { } d) return;
        var periode = Halfjaar.Van(d);
        html.Append("""<nav class="rm-toezichtlinks" aria-label="Toezicht en planning"><ul class="rm-knoppen">""");
        html.Append($"""<li><a href="{E(Toezichtpagina.Pad(gebied.Code, $"voortgang/{periode}"))}">Voortgangsrapportage {E(Toezichtopmaak.PeriodeKort(periode))}</a></li>""");
        html.Append($"""<li><a href="{E(Toezichtpagina.Pad(gebied.Code, "prognose"))}">Prognose huisvesting</a></li>""");
        html.Append($"""<li><a href="{E(Toezichtpagina.Pad(gebied.Code, "scenarios"))}">Verdelingsscenario's</a></li></ul></nav>""");
    }
}
