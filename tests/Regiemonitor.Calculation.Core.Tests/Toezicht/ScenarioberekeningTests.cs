using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

public sealed class ScenarioberekeningTests
{
    // Three gemeenten; Amersfoort offers 50 more asiel places and 50 fewer Oekraïne beds.
    private static readonly Scenario Voorstel = new("s1", "Utrecht", "Puzzel regio Amersfoort", "eerste voorstel", ScenarioStatus.Ambtelijk,
    [
        new("Amersfoort", "oekraine", 200, 150),
        new("Amersfoort", "asiel", 300, 350),
        new("Leusden", "oekraine", 50, 50),
        new("Leusden", "asiel", 80, 60),
        new("Leusden", "amv", 10, 10),
        new("Baarn", "asiel", 40, 40),
    ]);

    private static readonly Dictionary<string, long> Provinciaal = new() { ["oekraine"] = 300, ["asiel"] = 400, ["amv"] = 10 };

    [Fact]
    public void Bereken_TotalenPerCategorieInVasteVolgorde()
    {
        var uitkomst = Scenarioberekening.Bereken(Voorstel, Provinciaal);

        Assert.Same(Voorstel, uitkomst.Scenario);
        Assert.Equal(["oekraine 250/200", "asiel 420/450", "amv 10/10"],
            uitkomst.Categorieen.Select(c => $"{c.Categorie} {c.Opgave}/{c.Inbreng}"));
    }

    [Fact]
    public void Bereken_DekkingEnVerschilTotProvinciaal()
    {
        var uitkomst = Scenarioberekening.Bereken(Voorstel, Provinciaal);
        var oekraine = uitkomst.Categorieen[0];
        var asiel = uitkomst.Categorieen[1];

        Assert.Equal(new Breuk(80, 1), oekraine.Dekking); // 200 of 250
        Assert.Equal(300, oekraine.ProvincialeOpgave);
        Assert.Equal(-100, oekraine.VerschilTotProvinciaal);
        Assert.Equal(107, asiel.Dekking!.Value.AfrondenOpGeheel()); // 450 of 420 = 107,1 %
        Assert.Equal(new Breuk(45_000, 420), asiel.Dekking);
        Assert.Equal(50, asiel.VerschilTotProvinciaal);
    }

    [Fact]
    public void Bereken_Totaal_OverAlleCategorieen()
    {
        var totaal = Scenarioberekening.Bereken(Voorstel, Provinciaal).Totaal;

        Assert.Equal(("totaal", 680L, 660L), (totaal.Categorie, totaal.Opgave, totaal.Inbreng));
        Assert.Equal(new Breuk(66_000, 680), totaal.Dekking);
        Assert.Equal(710, totaal.ProvincialeOpgave);
        Assert.Equal(-50, totaal.VerschilTotProvinciaal);
    }

    [Fact]
    public void Bereken_UitruilPerGemeente()
    {
        var gemeenten = Scenarioberekening.Bereken(Voorstel, Provinciaal).Gemeenten;

        Assert.Equal(["Amersfoort", "Baarn", "Leusden"], gemeenten.Select(g => g.Gemeente));
        var amersfoort = gemeenten[0];
        Assert.True(amersfoort.IsUitruil);
        Assert.Equal(0, amersfoort.Saldo);
        Assert.Equal(-50, amersfoort.Verschil["oekraine"]);
        Assert.Equal(50, amersfoort.Verschil["asiel"]);
        Assert.Equal(["oekraine", "asiel"], amersfoort.Verschil.Keys);

        Assert.False(gemeenten[1].IsUitruil); // Baarn: exactly its opgave
        Assert.Equal(0, gemeenten[1].Saldo);

        var leusden = gemeenten[2];
        Assert.False(leusden.IsUitruil); // only less, nothing more: a shortfall, not a swap
        Assert.Equal(-20, leusden.Saldo);
        Assert.Equal(0, leusden.Verschil["amv"]);
    }

    [Fact]
    public void Bereken_CategorieAlleenProvinciaal_TochGetoond()
    {
        var scenario = Voorstel with { Regels = [new("Baarn", "asiel", 40, 40)] };

        var uitkomst = Scenarioberekening.Bereken(scenario, new Dictionary<string, long> { ["amv"] = 10 });

        Assert.Equal(["asiel", "amv"], uitkomst.Categorieen.Select(c => c.Categorie));
        var amv = uitkomst.Categorieen[1];
        Assert.Equal((0L, 0L), (amv.Opgave, amv.Inbreng));
        Assert.Null(amv.Dekking);
        Assert.Equal(-10, amv.VerschilTotProvinciaal);
        Assert.Null(uitkomst.Categorieen[0].ProvincialeOpgave);
        Assert.Null(uitkomst.Categorieen[0].VerschilTotProvinciaal);
        Assert.Null(uitkomst.Totaal.ProvincialeOpgave); // asiel has none: no partial total
    }

    [Fact]
    public void Bereken_LeegScenario_TotaalZonderDekking()
    {
        var uitkomst = Scenarioberekening.Bereken(Voorstel with { Regels = [] }, new Dictionary<string, long>());

        Assert.Empty(uitkomst.Categorieen);
        Assert.Empty(uitkomst.Gemeenten);
        Assert.Null(uitkomst.Totaal.Dekking);
        Assert.Null(uitkomst.Totaal.ProvincialeOpgave);
    }

    [Fact]
    public void Controleer_GeldigeRegels_GeenProblemen() => Assert.Empty(Scenarioberekening.Controleer(Voorstel.Regels));

    [Fact]
    public void Controleer_OngeldigeRegels_AlleProblemenInHetNederlands()
    {
        var problemen = Scenarioberekening.Controleer(
        [
            new("Baarn", "huisvesting", 10, 10),
            new("Baarn", "asiel", -1, 10),
            new("Baarn", "amv", 1, -2),
            new("Zeist", "asiel", 1, 1),
            new("Zeist", "asiel", 2, 2),
        ]);

        Assert.Equal(
        [
            "Baarn: onbekende categorie 'huisvesting'; toegestaan zijn oekraine, asiel, amv.",
            "Baarn, asiel: de opgave mag niet negatief zijn (-1).",
            "Baarn, amv: de inbreng mag niet negatief zijn (-2).",
            "Zeist heeft meer dan één regel voor asiel.",
        ], problemen);
    }

    [Fact]
    public void Bereken_OngeldigeRegelsOfProvincialeCategorie_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() =>
            Scenarioberekening.Bereken(Voorstel with { Regels = [new("Baarn", "Asiel", 1, 1)] }, Provinciaal));
        Assert.Throws<ArgumentException>(() =>
            Scenarioberekening.Bereken(Voorstel, new Dictionary<string, long> { ["nidos"] = 5 }));
    }
}
