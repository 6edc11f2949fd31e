using Regiemonitor.Reporting.Toezicht;
using Halfjaar = Regiemonitor.Calculation.Core.Toezicht.Halfjaar;

namespace Regiemonitor.Reporting.Tests.Toezicht;

public sealed class ToezichtopmaakTests
{
    [Theory]
    [InlineData(2023, 1, "eerste halfjaar 2023 (1 januari – 1 juli 2023)")]
    [InlineData(2023, 2, "tweede halfjaar 2023 (1 juli 2023 – 1 januari 2024)")]
    public void Periode_Halfjaar_InWordsWithDates(int jaar, int helft, string verwacht) =>
        Assert.Equal(verwacht, Toezichtopmaak.Periode(new Halfjaar(jaar, helft)));

    [Fact]
    public void Periode_MalformedText_IsShownAsGiven() => Assert.Equal("2023-3", Toezichtopmaak.Periode("2023-3"));

    [Theory]
    [InlineData(163500, 1055, 155L)] // Utrecht 2022-2, gehuisvest / taakstelling
    [InlineData(163500, 1477, 111L)] // gehuisvest / totaalopgave
    [InlineData(5, 2, 3L)]           // half away from zero, not to even
    [InlineData(-5, 2, -3L)]
    [InlineData(249, 100, 2L)]
    public void HeelPercentage_Breuk_RoundsHalfAwayFromZero(long teller, long noemer, long verwacht) =>
        Assert.Equal(verwacht, Toezichtopmaak.HeelPercentage(Voorbeelden.Breuk(teller, noemer)));

    [Fact]
    public void HeelPercentage_AbsentOrZeroDenominator_IsNull()
    {
        Assert.Null(Toezichtopmaak.HeelPercentage(null));
        Assert.Null(Toezichtopmaak.HeelPercentage(Voorbeelden.Breuk(1, 0)));
    }

    [Theory]
    [InlineData(8255, 100, "82,6 %")]
    [InlineData(82600, 1000, "82,6 %")]
    [InlineData(1, 3, "0,3 %")]
    public void Tiende_Breuk_OneDecimalDutch(long teller, long noemer, string verwacht) =>
        Assert.Equal(verwacht, Toezichtopmaak.TiendeTekst(Toezichtopmaak.Tiende(Voorbeelden.Breuk(teller, noemer))));

    [Theory]
    [InlineData(1422L, "achterstand 1.422")]
    [InlineData(-1422L, "voorsprong 1.422")]
    [InlineData(0L, "0")]
    public void Achterstand_Sign_InWords(long waarde, string verwacht) => Assert.Equal(verwacht, Toezichtopmaak.Achterstand(waarde));

    [Theory]
    [InlineData(3, 1, "2 meer")]
    [InlineData(1, 3, "2 minder")]
    [InlineData(2, 2, "gelijk")]
    public void Verandering_Counts_InWords(int nu, int vorig, string verwacht) => Assert.Equal(verwacht, Toezichtopmaak.Verandering(nu, vorig));

    [Theory]
    [InlineData("paars", "rm-trede-paars")]
    [InlineData("geel", "rm-trede-geel")]
    [InlineData("\"><script>", "rm-status-onbekend")]
    public void TredeKlasse_Kleur_KnownClassOrNeutral(string kleur, string verwacht) => Assert.Equal(verwacht, Toezichtopmaak.TredeKlasse(kleur));
}
