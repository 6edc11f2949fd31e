using Microsoft.Extensions.Time.Testing;
using Regiemonitor.Calculation.Core;

namespace Regiemonitor.Calculation.Core.Tests;

/// <summary>A regio groups gemeenten beside the tree: it sums its members and never makes anything count twice.</summary>
public sealed class RegioTests
{
    private static readonly DateOnly D = new(2024, 9, 1);

    private static GebiedBoom Boom() => new([
        new Gebied("NL", "Nederland", Niveau.Land, null),
        new Gebied("PV22", "Drenthe", Niveau.Provincie, "NL"),
        new Gebied("VR03", "Drenthe", Niveau.Veiligheidsregio, "PV22"),
        new Gebied("GM0106", "Assen", Niveau.Gemeente, "VR03"),
        new Gebied("GM0114", "Emmen", Niveau.Gemeente, "VR03"),
        new Gebied("GM0118", "Hoogeveen", Niveau.Gemeente, "VR03"),
        new Gebied("RG01", "Zuidoost-Drenthe", Niveau.Regio, "PV22", ["GM0114", "GM0118"]),
    ]);

    [Fact]
    public void GebiedBoom_Regio_IsGeenKindVanDeProvincieMaarBevatZijnGemeenten()
    {
        var boom = Boom();
        Assert.DoesNotContain(boom.Kinderen("PV22"), g => g.Code == "RG01");
        Assert.DoesNotContain(boom.Subboom("PV22"), g => g.Code == "RG01");
        Assert.Equal(["GM0114", "GM0118"], boom.Kinderen("RG01").Select(g => g.Code));
        Assert.Equal(["RG01", "GM0118", "GM0114"], boom.Subboom("RG01").Select(g => g.Code));
        Assert.Equal(["Emmen", "Hoogeveen"], boom.TabelRijen("RG01").Select(g => g.Naam));
        Assert.Equal(["NL", "PV22", "RG01"], boom.Pad("RG01").Select(g => g.Code));
        Assert.Equal(["RG01"], boom.Regios("GM0114").Select(g => g.Code));
        Assert.Empty(boom.Regios("GM0106"));
        Assert.True(boom.InSubboom("RG01", "GM0118"));
        Assert.False(boom.InSubboom("RG01", "GM0106"));
    }

    [Fact]
    public void InEenSubboom_Scope_BevatSubbomenEnNietsOnbekends()
    {
        var boom = Boom();
        Assert.True(boom.InEenSubboom(["PV22"], "GM0114"));
        Assert.True(boom.InEenSubboom(["GM9999", "RG01"], "GM0118"));
        Assert.False(boom.InEenSubboom(["RG01"], "GM0106"));
        Assert.False(boom.InEenSubboom(["GM9999"], "GM0106"));   // an unknown scope code grants nothing
        Assert.False(boom.InEenSubboom(["NL"], "GM9999"));       // an unknown gebied is in no scope
        Assert.False(boom.InEenSubboom([], "GM0106"));           // empty never means everything
    }

    [Fact]
    public void GebiedBoom_RegioMetLidDatGeenGemeenteIs_Throws() =>
        Assert.Throws<ArgumentException>(() => new GebiedBoom([
            new Gebied("NL", "Nederland", Niveau.Land, null),
            new Gebied("PV22", "Drenthe", Niveau.Provincie, "NL"),
            new Gebied("RG01", "Fout", Niveau.Regio, "NL", ["PV22"]),
        ]));

    [Fact]
    public void Bereken_Regio_SomtLedenEnProvincieTeltNietDubbel()
    {
        var opgaven = new[]
        {
            new OpgavePeriode(Categorie.Asiel, "GM0106", new(2024, 1, 1), 100, new(2025, 1, 1), 200),
            new OpgavePeriode(Categorie.Asiel, "GM0114", new(2024, 1, 1), 300, new(2025, 1, 1), 600),
            new OpgavePeriode(Categorie.Asiel, "GM0118", new(2024, 1, 1), 30, new(2025, 1, 1), 60),
        };
        var tellingen = new[]
        {
            new RealisatieTelling(Bron.Coa, Categorie.Asiel, Onderdeel.Regulier, "GM0106", D, 150),
            new RealisatieTelling(Bron.Coa, Categorie.Asiel, Onderdeel.Regulier, "GM0114", D, 500),
            new RealisatieTelling(Bron.Coa, Categorie.Asiel, Onderdeel.Tgo, "GM0118", D, 45),
        };
        var berekening = new Dashboardberekening(new FakeTimeProvider());

        var regio = berekening.Bereken(Boom(), opgaven, tellingen, "RG01", D, D).Totaal.Kaarten[1];
        Assert.Equal(660, regio.Opgave);       // 600 + 60
        Assert.Equal(545, regio.Realisatie);   // 500 + 45
        var provincie = berekening.Bereken(Boom(), opgaven, tellingen, "PV22", D, D).Totaal.Kaarten[1];
        Assert.Equal(860, provincie.Opgave);   // 200 + 600 + 60, the regio adds nothing
        Assert.Equal(695, provincie.Realisatie);
    }
}
