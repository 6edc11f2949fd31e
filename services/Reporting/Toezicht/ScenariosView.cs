using System.Text.Json.Nodes;
using Regiemonitor.Contracts.Calculation.V1;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>Verdeling scenarios as JSON: coverage per categorie (whole fraction and one decimal) and the cells per gemeente.</summary>
public static class ScenariosView
{
    public static JsonObject Van(Scenarios s) => new()
    {
        ["provincie"] = DashboardView.Gebied(s.Provincie),
        ["peildatum"] = s.Peildatum,
        ["scenarios"] = new JsonArray([.. s.Scenarios_.Select(Scenario)]),
    };

    private static JsonObject Scenario(ScenarioUitkomst u) => new()
    {
        ["id"] = u.Id,
        ["naam"] = u.Naam,
        ["versie"] = u.Versie,
        ["status"] = u.Status,
        ["geimporteerdOp"] = u.GeimporteerdOp,
        ["categorieen"] = new JsonArray([.. u.Categorieen.Select(Dekking)]),
        ["totaal"] = u.Totaal is { } t ? Dekking(t) : null,
        ["gemeenten"] = new JsonArray([.. u.Gemeenten.Select(g => new JsonObject
        {
            ["gebied"] = DashboardView.Gebied(g.Gebied),
            ["isUitruil"] = g.IsUitruil,
            ["saldo"] = g.Saldo,
            ["cellen"] = new JsonArray([.. g.Cellen.Select(c => new JsonObject
            {
                ["categorie"] = c.Categorie, ["opgave"] = c.Opgave, ["inbreng"] = c.Inbreng, ["verschil"] = c.Verschil,
            })]),
        })]),
    };

    private static JsonObject Dekking(CategorieDekking d) => new()
    {
        ["categorie"] = d.Categorie,
        ["opgave"] = d.Opgave,
        ["inbreng"] = d.Inbreng,
        ["dekking"] = Toezichtopmaak.Tiende(d.Dekking),
        ["dekkingExact"] = VoortgangView.Exact(d.Dekking),
        ["provincialeOpgave"] = d.HasProvincialeOpgave ? d.ProvincialeOpgave : null,
        ["verschilTotProvinciaal"] = d.HasVerschilTotProvinciaal ? d.VerschilTotProvinciaal : null,
    };
}
