using System.Text.Json.Nodes;
using Regiemonitor.Contracts.Calculation.V1;

namespace Regiemonitor.Reporting;

/// <summary>
/// The dashboard view model of ARCHITECTURE.md, built from the calculation contract. Built as
/// explicit JSON so key names, order and nulls are exactly those of the public contract.
/// </summary>
public static class DashboardView
{
    public static JsonObject Van(Dashboard d) => new()
    {
        ["gebied"] = Gebied(d.Gebied),
        ["peildatum"] = d.Peildatum,
        ["realisatieTot"] = d.RealisatieTot,
        ["kaarten"] = new JsonArray([.. d.Kaarten.Select(Kaart)]),
        ["tabel"] = new JsonObject
        {
            ["rijen"] = new JsonArray([.. d.Rijen.Select(r => Rij(r, metGebied: true))]),
            ["totaal"] = Rij(d.Totaal, metGebied: false),
        },
    };

    internal static JsonObject Gebied(Contracts.Calculation.V1.Gebied g) => new()
    {
        ["code"] = g.Code, ["naam"] = g.Naam, ["niveau"] = g.Niveau,
    };

    private static JsonObject Kaart(Kaart k)
    {
        var kaart = new JsonObject
        {
            ["categorie"] = k.Categorie,
            ["startdatum"] = k.HasStartdatum ? k.Startdatum : null,
            ["startpunt"] = k.HasStartpunt ? k.Startpunt : null,
            ["einddatum"] = k.HasEinddatum ? k.Einddatum : null,
            ["eindpunt"] = k.HasEindpunt ? k.Eindpunt : null,
            ["indicatiefSchema"] = k.HasIndicatiefSchema ? k.IndicatiefSchema : null,
            ["realisatie"] = k.HasRealisatie ? k.Realisatie : null,
            ["achterstand"] = k.HasAchterstand ? k.Achterstand : null,
            ["percentage"] = k.HasPercentageTienden ? k.PercentageTienden / 10m : null,
            ["status"] = k.HasStatus ? k.Status : null,
            ["bronnen"] = new JsonArray([.. k.Bronnen.Select(b => new JsonObject { ["bron"] = b.Bron, ["peildatum"] = b.Peildatum })]),
        };
        if (k.Categorie == "asiel") VoegOnderdelenToe(kaart, k);
        return kaart;
    }

    private static JsonObject Rij(TabelRij rij, bool metGebied)
    {
        var json = new JsonObject();
        if (metGebied) json["gebied"] = Gebied(rij.Gebied);
        foreach (var k in rij.Kaarten)
        {
            var cel = new JsonObject { ["opgave"] = k.HasEindpunt ? k.Eindpunt : null };
            if (k.Categorie == "asiel") VoegOnderdelenToe(cel, k);
            cel["realisatie"] = k.HasRealisatie ? k.Realisatie : null;
            cel["delta"] = k.HasDelta ? k.Delta : null;
            json[k.Categorie] = cel;
        }
        return json;
    }

    private static void VoegOnderdelenToe(JsonObject json, Kaart k)
    {
        json["regulier"] = k.HasRegulier ? k.Regulier : null;
        json["noodopvang"] = k.HasNoodopvang ? k.Noodopvang : null;
        json["tgo"] = k.HasTgo ? k.Tgo : null;
    }
}
