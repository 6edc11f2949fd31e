using System.Text.Json.Nodes;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Toezicht;

namespace Regiemonitor.Reporting.Tests.Toezicht;

public sealed class VoortgangViewTests
{
    private static JsonObject Json() => VoortgangView.Van(Voorbeelden.Voortgang());

    [Fact]
    public void Van_UtrechtTotal_WholePercentagesAndTheExactFraction()
    {
        var totaal = Json()["totaal"]!;

        Assert.Equal(155, (long)totaal["percentageTaakstelling"]!);
        Assert.Equal(111, (long)totaal["percentageTotaalopgave"]!);
        Assert.Equal(163500, (long)totaal["percentageTaakstellingExact"]!["teller"]!);
        Assert.Equal(1055, (long)totaal["percentageTaakstellingExact"]!["noemer"]!);
        Assert.Equal(1477, (long)totaal["percentageTotaalopgaveExact"]!["noemer"]!);
        Assert.Equal(-158, (long)totaal["achterstandUit"]!);
    }

    [Fact]
    public void Van_AbsentValues_AreNullNotZero()
    {
        var r = Voorbeelden.Voortgang();
        r.Totaal = new PeriodeCijfers { Taakstelling = 1055, Gemeenten = 2 };
        r.Rijen[0].Beoordeling = null;

        var json = VoortgangView.Van(r);
        var totaal = json["totaal"]!.AsObject();

        foreach (var sleutel in new[] { "achterstandIn", "totaalopgave", "gehuisvest", "percentageTaakstelling", "percentageTaakstellingExact", "achterstandUit", "koppelingen" })
        {
            Assert.True(totaal.ContainsKey(sleutel), sleutel);
            Assert.Null(totaal[sleutel]);
        }
        Assert.Null(json["rijen"]![0]!["beoordeling"]);
    }

    [Fact]
    public void Van_Rij_CarriesBijstellingBesideTheComputedAssessment()
    {
        var utrecht = Json()["rijen"]![1]!;

        Assert.Equal("GM0344", (string)utrecht["gebied"]!["code"]!);
        Assert.Equal(2, (int)utrecht["beoordeling"]!["trede"]!);
        Assert.Equal(3, (int)utrecht["bijstelling"]!["trede"]!);
        Assert.Equal("J. de Vries", (string)utrecht["bijstelling"]!["toezichthouder"]!);
        Assert.Equal("Gedeputeerde Staten", (string)utrecht["vastgesteld"]!["vastgesteldDoor"]!);
        Assert.False(utrecht["beoordeling"]!.AsObject().ContainsKey("vastgesteldDoor"));
        Assert.Equal("Dubbele registratie in TVS verwijderd", (string)utrecht["correcties"]![0]!["reden"]!);
        Assert.Equal(1, (int)utrecht["vorigeTrede"]!);
    }

    [Fact]
    public void Van_Always_CamelCaseKeysAndPeriodeInWords()
    {
        var json = Json();

        Assert.Equal(["gebied", "periode", "periodeOmschrijving", "vorigePeriode", "totaal", "vorigTotaal", "rijen", "treden", "beleid"],
            json.Select(p => p.Key));
        Assert.Equal("tweede halfjaar 2022 (1 juli 2022 – 1 januari 2023)", (string)json["periodeOmschrijving"]!);
        Assert.Equal(-1, (int)json["treden"]![0]!["verschil"]!);
        Assert.Equal(5, (int)json["beleid"]![0]!["maxTrede"]!);
    }
}
