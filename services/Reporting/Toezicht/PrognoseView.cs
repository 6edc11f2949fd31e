using System.Text.Json.Nodes;
using Regiemonitor.Contracts.Calculation.V1;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>The prognosis of the housing achterstand as JSON: the assumptions with where they came from, then year by year.</summary>
public static class PrognoseView
{
    public static JsonObject Van(Prognose p) => new()
    {
        ["gebied"] = DashboardView.Gebied(p.Gebied),
        ["aannames"] = p.Aannames is { } a ? new JsonObject
        {
            ["startJaar"] = a.StartJaar,
            ["taakstellingPerJaar"] = a.TaakstellingPerJaar,
            ["taakstellingHerkomst"] = a.TaakstellingHerkomst,
            ["gehuisvestPerJaar"] = a.GehuisvestPerJaar,
            ["gehuisvestHerkomst"] = a.GehuisvestHerkomst,
            ["startAchterstand"] = a.StartAchterstand,
            ["startAchterstandHerkomst"] = a.StartAchterstandHerkomst,
        } : null,
        ["jaren"] = new JsonArray([.. p.Jaren.Select(j => new JsonObject
        {
            ["jaar"] = j.Jaar,
            ["achterstandBegin"] = j.AchterstandBegin,
            ["taakstelling"] = j.Taakstelling,
            ["gehuisvest"] = j.Gehuisvest,
            ["extraCapaciteit"] = j.ExtraCapaciteit,
            ["achterstandEind"] = j.AchterstandEind,
            ["teHuisvestenVolgendJaar"] = j.TeHuisvestenVolgendJaar,
        })]),
        ["projecten"] = new JsonArray([.. p.Projecten.Select(x => new JsonObject
        {
            ["naam"] = x.Naam, ["gemeentecode"] = x.Gemeentecode, ["eenheden"] = x.Eenheden, ["jaar"] = x.Jaar,
        })]),
    };
}
