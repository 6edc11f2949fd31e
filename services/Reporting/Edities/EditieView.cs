using System.Globalization;
using System.Text.Json.Nodes;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Dashboard = Regiemonitor.Contracts.Calculation.V1.Dashboard;

namespace Regiemonitor.Reporting.Edities;

/// <summary>An edition as JSON, alone, in a list, and beside the dashboard it freezes.</summary>
public static class EditieView
{
    public static JsonObject Van(Editie e) => new()
    {
        ["id"] = e.Id,
        ["gebiedcode"] = e.Gebiedcode,
        ["peildatum"] = e.Peildatum.Iso(),
        ["realisatieTot"] = e.RealisatieTot.Iso(),
        ["realisatieVersie"] = e.RealisatieVersie,
        ["opgaveVersie"] = e.OpgaveVersie,
        ["bronnen"] = new JsonArray([.. e.Bronnen.Select(b => new JsonObject
        {
            ["bron"] = b.Bron,
            ["peildatum"] = b.Peildatum.Iso(),
            ["batchIds"] = new JsonArray([.. b.BatchIds.Select(id => JsonValue.Create(id))]),
        })]),
        ["door"] = e.Door,
        ["vastgesteldOp"] = Moment(e.VastgesteldOp),
        ["omschrijving"] = e.Omschrijving,
    };

    public static JsonObject Lijst(IEnumerable<Editie> edities) => new()
    {
        ["edities"] = new JsonArray([.. edities.Select(Van)]),
    };

    /// <summary>The dashboard view model of <c>/api/v1/dashboards</c>, with the edition it belongs to.</summary>
    public static JsonObject Dashboard(Dashboard d, Editie e)
    {
        var json = DashboardView.Van(d);
        json["editie"] = Van(e);
        return json;
    }

    /// <summary>ISO 8601 in UTC to the second: <c>2024-09-12T08:15:00Z</c>.</summary>
    public static string Moment(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
