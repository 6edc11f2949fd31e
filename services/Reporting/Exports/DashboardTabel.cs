using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Pagina;

namespace Regiemonitor.Reporting.Exports;

/// <summary>The overview table of a dashboard as an export table: the same rows and numbers as the JSON and the page.</summary>
public static class DashboardTabel
{
    public static Tabel Van(Dashboard d)
    {
        var kolommen = new List<string> { "gebiedcode", "gebied", "niveau" };
        foreach (var c in Teksten.Categorieen) kolommen.AddRange(Tabelsectie.VeldenVan(c).Select(v => $"{c} {v}"));
        var rijen = d.Rijen.Select(Rij).Append(Rij(d.Totaal, "Totaal")).ToList();
        return new Tabel($"{d.Gebied.Naam} {d.Peildatum}", kolommen, rijen);
    }

    private static IReadOnlyList<object?> Rij(TabelRij rij) => Rij(rij, null);

    private static IReadOnlyList<object?> Rij(TabelRij rij, string? totaal)
    {
        var cellen = new List<object?> { totaal is null ? rij.Gebied.Code : "", totaal ?? rij.Gebied.Naam, totaal is null ? rij.Gebied.Niveau : "" };
        foreach (var c in Teksten.Categorieen)
        {
            var k = rij.Kaarten.Single(x => x.Categorie == c);
            cellen.AddRange(Tabelsectie.VeldenVan(c).Select(v => (object?)Tabelsectie.Waarde(k, v)));
        }
        return cellen;
    }
}
