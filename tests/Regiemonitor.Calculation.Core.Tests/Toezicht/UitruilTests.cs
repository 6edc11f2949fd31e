using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

public sealed class UitruilTests
{
    private static readonly Dictionary<string, long> Taakstellingen = new() { ["Utrecht"] = 300, ["Zeist"] = 60, ["Houten"] = 40 };

    [Fact]
    public void Controleer_SomNul_GeenProblemen()
    {
        Assert.Empty(Uitruil.Controleer([new("Utrecht", 20), new("Zeist", -15), new("Houten", -5)], Taakstellingen));
    }

    [Fact]
    public void Controleer_SomNietNul_MeldtDeSomMetTeken()
    {
        var problemen = Uitruil.Controleer([new("Utrecht", 20), new("Zeist", -15)], Taakstellingen);

        Assert.Equal(["De uitruil telt op tot +5; een uitruil moet de som gelijk laten."], problemen);
        Assert.Contains("tot -1.200;", Uitruil.Controleer([new("Utrecht", -1200), new("Zeist", 0)], Taakstellingen)[0]);
    }

    [Fact]
    public void Controleer_EenGemeente_TenMinsteTweeVerschillende()
    {
        var problemen = Uitruil.Controleer([new("Zeist", 10), new("Zeist", -10)], Taakstellingen);

        Assert.Equal(["Een uitruil moet ten minste twee verschillende gemeenten betreffen."], problemen);
        Assert.Contains(Uitruil.Controleer([], Taakstellingen), p => p.Contains("twee verschillende"));
    }

    [Fact]
    public void Controleer_GemeenteZonderTaakstelling_Gemeld()
    {
        var problemen = Uitruil.Controleer([new("Utrecht", 10), new("Bunnik", -10)], Taakstellingen);

        Assert.Equal(["Gemeente Bunnik heeft geen taakstelling om uit te ruilen."], problemen);
    }

    [Fact]
    public void Controleer_TaakstellingOnderNul_Gemeld()
    {
        var problemen = Uitruil.Controleer([new("Utrecht", 50), new("Houten", -50)], Taakstellingen);

        Assert.Equal(["Na de uitruil zou Houten een taakstelling van -10 hebben; een taakstelling kan niet negatief worden."], problemen);
    }

    [Fact]
    public void Controleer_TaakstellingPreciesNul_Toegestaan()
    {
        Assert.Empty(Uitruil.Controleer([new("Utrecht", 40), new("Houten", -40)], Taakstellingen));
    }

    [Fact]
    public void Controleer_MeerdereProblemen_AllemaalTegelijk()
    {
        var problemen = Uitruil.Controleer([new("Bunnik", 5)], Taakstellingen);

        Assert.Equal(3, problemen.Count);
    }

    [Fact]
    public void Pas_GeldigeUitruilen_PastZeToeInVolgordeZonderDeInvoerTeWijzigen()
    {
        var resultaat = Uitruil.Pas(Taakstellingen,
        [
            [new("Utrecht", 20), new("Zeist", -20)],
            [new("Zeist", -40), new("Houten", 40)],
        ]);

        Assert.Equal(320, resultaat["Utrecht"]);
        Assert.Equal(0, resultaat["Zeist"]);
        Assert.Equal(80, resultaat["Houten"]);
        Assert.Equal(Taakstellingen.Values.Sum(), resultaat.Values.Sum());
        Assert.Equal(60, Taakstellingen["Zeist"]);
    }

    [Fact]
    public void Pas_TweedeUitruilGaatOnderNulNaDeEerste_InvalidOperation()
    {
        // Each is fine on its own; together Zeist gives away more than it has.
        var fout = Assert.Throws<InvalidOperationException>(() => Uitruil.Pas(Taakstellingen,
        [
            [new("Utrecht", 40), new("Zeist", -40)],
            [new("Houten", 30), new("Zeist", -30)],
        ]));

        Assert.Contains("Uitruil 2", fout.Message);
        Assert.Contains("Zeist een taakstelling van -10", fout.Message);
    }
}
