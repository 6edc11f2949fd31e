using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

public sealed class HalfjaarTests
{
    [Theory]
    [InlineData("2024-1", 2024, 1)]
    [InlineData("2024-2", 2024, 2)]
    [InlineData("2000-1", 2000, 1)]
    [InlineData("2100-2", 2100, 2)]
    public void TryParse_GeldigeTekst_GeeftJaarEnHelft(string tekst, int jaar, int helft)
    {
        Assert.True(Halfjaar.TryParse(tekst, out var h));
        Assert.Equal(new Halfjaar(jaar, helft), h);
        Assert.Equal(tekst, h.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024-3")]
    [InlineData("2024-0")]
    [InlineData("2024-01")]
    [InlineData("24-1")]
    [InlineData("2024/1")]
    [InlineData(" 2024-1")]
    [InlineData("2024-1 ")]
    [InlineData("1999-2")]
    [InlineData("2101-1")]
    [InlineData("２０２４-1")] // full-width digits: char.IsDigit would accept them
    [InlineData("2024-H1")]
    public void TryParse_OngeldigeTekst_False(string? tekst)
    {
        Assert.False(Halfjaar.TryParse(tekst, out var h));
        Assert.Equal(default, h);
    }

    [Fact]
    public void Parse_OngeldigeTekst_FormatExceptionInHetNederlands()
    {
        var fout = Assert.Throws<FormatException>(() => Halfjaar.Parse("2024-3"));
        Assert.Contains("'2024-3' is geen halfjaar", fout.Message);
        Assert.Equal(new Halfjaar(2023, 2), Halfjaar.Parse("2023-2"));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2024, 0)]
    [InlineData(2024, 3)]
    [InlineData(9999, 1)]
    public void Constructor_OngeldigJaarOfHelft_Throws(int jaar, int helft) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Halfjaar(jaar, helft));

    [Fact]
    public void StartEnEind_HalfOpenEnAansluitend()
    {
        var eerste = Halfjaar.Parse("2024-1");
        var tweede = Halfjaar.Parse("2024-2");

        Assert.Equal(new DateOnly(2024, 1, 1), eerste.Start);
        Assert.Equal(new DateOnly(2024, 7, 1), eerste.Eind);
        Assert.Equal(new DateOnly(2024, 7, 1), tweede.Start);
        Assert.Equal(new DateOnly(2025, 1, 1), tweede.Eind);
        Assert.Equal(eerste.Eind, tweede.Start);
    }

    [Theory]
    [InlineData("2024-01-01", "2024-1")]
    [InlineData("2024-06-30", "2024-1")]
    [InlineData("2024-07-01", "2024-2")]
    [InlineData("2024-12-31", "2024-2")]
    public void Van_Datum_HalfjaarDatDeDatumBevat(string datum, string verwacht)
    {
        var d = DateOnly.Parse(datum, System.Globalization.CultureInfo.InvariantCulture);
        var h = Halfjaar.Van(d);

        Assert.Equal(verwacht, h.ToString());
        Assert.True(h.Start <= d && d < h.Eind);
    }

    [Fact]
    public void VorigeEnVolgende_OverDeJaargrens()
    {
        Assert.Equal(Halfjaar.Parse("2023-2"), Halfjaar.Parse("2024-1").Vorige);
        Assert.Equal(Halfjaar.Parse("2024-1"), Halfjaar.Parse("2024-2").Vorige);
        Assert.Equal(Halfjaar.Parse("2024-2"), Halfjaar.Parse("2024-1").Volgende);
        Assert.Equal(Halfjaar.Parse("2025-1"), Halfjaar.Parse("2024-2").Volgende);
    }

    [Fact]
    public void Koppelingsdatum_EenAprilOfEenOktober()
    {
        Assert.Equal(new DateOnly(2024, 4, 1), Halfjaar.Parse("2024-1").Koppelingsdatum);
        Assert.Equal(new DateOnly(2024, 10, 1), Halfjaar.Parse("2024-2").Koppelingsdatum);
    }

    [Fact]
    public void InwonersPeildatum_EenJanuariVanHetVorigeJaar()
    {
        Assert.Equal(new DateOnly(2023, 1, 1), Halfjaar.Parse("2024-1").InwonersPeildatum);
        Assert.Equal(new DateOnly(2023, 1, 1), Halfjaar.Parse("2024-2").InwonersPeildatum);
    }

    [Fact]
    public void CompareTo_EerstJaarDanHelft()
    {
        var lijst = new[] { "2024-2", "2023-2", "2024-1", "2023-1" }.Select(Halfjaar.Parse).Order().Select(h => h.ToString());

        Assert.Equal(["2023-1", "2023-2", "2024-1", "2024-2"], lijst);
        Assert.True(Halfjaar.Parse("2023-2") < Halfjaar.Parse("2024-1"));
        Assert.True(Halfjaar.Parse("2024-2") > Halfjaar.Parse("2024-1"));
        Assert.True(Halfjaar.Parse("2024-1") <= Halfjaar.Parse("2024-1"));
        Assert.True(Halfjaar.Parse("2024-1") >= Halfjaar.Parse("2024-1"));
        Assert.False(Halfjaar.Parse("2025-1") < Halfjaar.Parse("2024-2"));
    }
}
