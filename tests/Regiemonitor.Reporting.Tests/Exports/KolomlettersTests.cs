using Regiemonitor.Reporting.Exports;

namespace Regiemonitor.Reporting.Tests.Exports;

public sealed class KolomlettersTests
{
    [Theory]
    [InlineData(1, "A")]
    [InlineData(2, "B")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(30, "AD")]
    [InlineData(52, "AZ")]
    [InlineData(53, "BA")]
    [InlineData(702, "ZZ")]
    [InlineData(703, "AAA")]
    [InlineData(16384, "XFD")]
    public void Van_ColumnNumber_ReturnsBijectiveBase26Letters(int kolom, string verwacht) =>
        Assert.Equal(verwacht, Kolomletters.Van(kolom));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(16385)]
    public void Van_OutsideWorksheet_Throws(int kolom) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Kolomletters.Van(kolom));

    [Fact]
    public void Cel_ColumnAndRow_CombinesLettersAndRowNumber() =>
        Assert.Equal("AD12", Kolomletters.Cel(30, 12));

    [Fact]
    public void Cel_RowZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Kolomletters.Cel(1, 0));
}
