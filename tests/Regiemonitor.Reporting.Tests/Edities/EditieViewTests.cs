using System.Text.Json.Nodes;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Edities;

namespace Regiemonitor.Reporting.Tests.Edities;

public sealed class EditieViewTests
{
    [Fact]
    public void Van_Edition_ContractKeysInOrderWithUtcSeconds()
    {
        var json = EditieView.Van(Voorbeelden.Editie());

        Assert.Equal(["id", "gebiedcode", "peildatum", "realisatieTot", "realisatieVersie", "opgaveVersie", "bronnen", "door", "vastgesteldOp", "omschrijving"],
            json.Select(p => p.Key));
        Assert.Equal("2024-09-12T08:15:00Z", (string)json["vastgesteldOp"]!);
        Assert.Equal("""{"bron":"KCIO","peildatum":"2024-09-02","batchIds":["realisatie-kcio-1","realisatie-kcio-2"]}""", json["bronnen"]![1]!.ToJsonString());
    }

    [Fact]
    public void Dashboard_Edition_TheDashboardViewWithTheEditionBeside()
    {
        var d = Voorbeelden.Dashboard();

        var json = EditieView.Dashboard(d, Voorbeelden.Editie());

        var zonder = JsonNode.Parse(json.ToJsonString())!.AsObject();
        zonder.Remove("editie");
        Assert.Equal(DashboardView.Van(d).ToJsonString(), zonder.ToJsonString());
        Assert.Equal("PRT 12 september 2024", (string)json["editie"]!["omschrijving"]!);
    }

    [Fact]
    public void EditieBronVan_BronInSeveralCards_OneEntryPerBronAndPeildatumWithAllBatches()
    {
        var d = Voorbeelden.Dashboard();
        d.Kaarten.Single(k => k.Categorie == "nidos").Bronnen.Add(new BronStand { Bron = "COA", Peildatum = "2024-08-01", BatchIds = { "realisatie-coa-0" } });
        d.Kaarten.Single(k => k.Categorie == "amv").Bronnen[0].BatchIds.Add("realisatie-coa-2");

        var bronnen = EditieBron.Van(d);

        Assert.Equal(["COA 2024-08-01 realisatie-coa-0", "COA 2024-09-01 realisatie-coa-1,realisatie-coa-2", "KCIO 2024-09-02 realisatie-kcio-1,realisatie-kcio-2"],
            bronnen.Select(b => $"{b.Bron} {b.Peildatum:yyyy-MM-dd} {string.Join(',', b.BatchIds)}"));
    }
}
