using static Regiemonitor.Calculation.Core.Tests.Testdata.Maak;
namespace Regiemonitor.Calculation.Core.Tests;
public sealed class ZzProbe
{
    [Fact] public void P1() { Assert.Equal(1, new Breuk(long.MaxValue - 1, long.MaxValue).AfrondenOpGeheel()); }
    [Fact] public void P1b() { Assert.Equal(new Breuk(1,1), new Breuk(long.MinValue, long.MinValue)); }
    [Fact] public void P3() {
        var boom = new GebiedBoom([new("NL","Nederland",Niveau.Land,null), new("PV22","Drenthe",Niveau.Provincie,"NL")]);
        var b = new Dashboardberekening(TimeProvider.System);
        var d = b.Bereken(boom, [Periode("2024-01-01",1,"2025-01-01",2, Categorie.Asiel, "GM0000")], [Telling(Bron.Coa, Categorie.Amv, "GM0000", "2024-01-01", 5)], "NL", Datum("2024-09-01"));
    }
    [Fact] public void P4() { Assert.Equal((Breuk)5, IndicatiefSchema.Waarde(Periode("2024-01-01",1,"2024-01-01",5), Datum("2024-09-01"))); }
    [Fact] public void P5() {
        var boom = new GebiedBoom([new("NL","Nederland",Niveau.Land,null)]);
        var d = new Dashboardberekening(TimeProvider.System).Bereken(boom, [], [Telling(Bron.Coa, Categorie.Asiel, "NL", "2024-01-01", 5), Telling(Bron.Coa, Categorie.Asiel, "NL", "2024-01-01", 7, Onderdeel.Tgo)], "NL", Datum("2024-09-01"));
        var k = d.Kaarten[1];
        Assert.Equal(k.Realisatie, k.Onderdelen!.Values.Sum());
    }
    [Fact] public void P7() { Assert.Equal(Status.Rood, StatusRegel.Bepaal(-10, 0)); }
}
