namespace Regiemonitor.Calculation.Core.Tests;

public sealed class BreukTests
{
    [Theory]
    [InlineData(6, 8, 3, 4)]
    [InlineData(-6, 8, -3, 4)]
    [InlineData(6, -8, -3, 4)]
    [InlineData(-6, -8, 3, 4)]
    [InlineData(0, -5, 0, 1)]
    [InlineData(0, 7, 0, 1)]
    [InlineData(7, 1, 7, 1)]
    [InlineData(-12, 4, -3, 1)]
    public void Constructor_AnyTellerAndNoemer_NormalisesSignIntoTellerAndDividesGgd(
        long teller, long noemer, long verwachteTeller, long verwachteNoemer)
    {
        var breuk = new Breuk(teller, noemer);

        Assert.Equal(verwachteTeller, breuk.Teller);
        Assert.Equal(verwachteNoemer, breuk.Noemer);
    }

    [Fact]
    public void Equals_SameValueWrittenDifferently_AreEqualWithEqualHash()
    {
        // Equality of the record struct is field-wise, so it is only value equality because of normalisation.
        Assert.Equal(new Breuk(1, 2), new Breuk(-50, -100));
        Assert.Equal(new Breuk(1, 2).GetHashCode(), new Breuk(-50, -100).GetHashCode());
        Assert.Equal(Breuk.Nul, new Breuk(0, -3));
        Assert.NotEqual(new Breuk(1, 2), new Breuk(-1, 2));
    }

    [Fact]
    public void Constructor_NoemerZero_ThrowsDivideByZero()
    {
        Assert.Throws<DivideByZeroException>(() => new Breuk(1, 0));
    }

    [Fact]
    public void ImplicitConversion_Long_IsWholeBreuk()
    {
        Breuk b = 42;

        Assert.Equal(42, b.Teller);
        Assert.Equal(1, b.Noemer);
    }

    [Fact]
    public void Add_DifferentNoemers_IsExactSum()
    {
        // 1/6 + 1/4 = 2/12 + 3/12 = 5/12
        Assert.Equal(new Breuk(5, 12), new Breuk(1, 6) + new Breuk(1, 4));
    }

    [Fact]
    public void Add_SameNoemerSummingToWhole_IsNormalised()
    {
        // 1/4 + 3/4 = 4/4 = 1: the same-noemer shortcut must still reduce.
        var som = new Breuk(1, 4) + new Breuk(3, 4);

        Assert.Equal(1, som.Teller);
        Assert.Equal(1, som.Noemer);
    }

    [Fact]
    public void Subtract_DifferentNoemers_IsExactDifference()
    {
        // 1/6 - 1/4 = 2/12 - 3/12 = -1/12
        Assert.Equal(new Breuk(-1, 12), new Breuk(1, 6) - new Breuk(1, 4));
        // 5 - 7/3 = 15/3 - 7/3 = 8/3
        Assert.Equal(new Breuk(8, 3), 5 - new Breuk(7, 3));
    }

    [Fact]
    public void Negate_Breuk_FlipsSignOnly()
    {
        Assert.Equal(new Breuk(-3, 4), -new Breuk(3, 4));
        Assert.Equal(new Breuk(3, 4), -new Breuk(-3, 4));
    }

    [Fact]
    public void Multiply_DifferentNoemers_IsExactProduct()
    {
        // 2/3 * 9/4 = 18/12 = 3/2
        Assert.Equal(new Breuk(3, 2), new Breuk(2, 3) * new Breuk(9, 4));
        // -2/5 * 5/7 = -10/35 = -2/7
        Assert.Equal(new Breuk(-2, 7), new Breuk(-2, 5) * new Breuk(5, 7));
    }

    [Fact]
    public void Divide_DifferentNoemers_IsExactQuotient()
    {
        // (2/3) / (4/9) = 2/3 * 9/4 = 3/2
        Assert.Equal(new Breuk(3, 2), new Breuk(2, 3) / new Breuk(4, 9));
        // (1/2) / (-3/4) = 1/2 * -4/3 = -2/3: the sign of the divisor moves to the teller.
        var q = new Breuk(1, 2) / new Breuk(-3, 4);
        Assert.Equal(-2, q.Teller);
        Assert.Equal(3, q.Noemer);
    }

    [Fact]
    public void Divide_ByZero_ThrowsDivideByZero()
    {
        Assert.Throws<DivideByZeroException>(() => new Breuk(1, 2) / Breuk.Nul);
    }

    [Fact]
    public void Multiply_IntermediateBeyondLong_StillExactWhenResultFits()
    {
        // (MaxValue/3) * (3/MaxValue) has a 128-bit intermediate but is exactly 1.
        Assert.Equal((Breuk)1, new Breuk(long.MaxValue, 3) * new Breuk(3, long.MaxValue));
    }

    [Fact]
    public void Compare_DifferentNoemers_OrdersByValue()
    {
        Assert.True(new Breuk(1, 3) < new Breuk(1, 2));
        Assert.True(new Breuk(-1, 2) < new Breuk(-1, 3));
        Assert.True(new Breuk(2, 3) > new Breuk(3, 5));
        Assert.True(new Breuk(2, 4) <= new Breuk(1, 2));
        Assert.True(new Breuk(2, 4) >= new Breuk(1, 2));
        Assert.False(new Breuk(1, 3) >= new Breuk(1, 2));
        Assert.Equal(0, new Breuk(2, 4).CompareTo(new Breuk(1, 2)));
    }

    [Fact]
    public void Compare_Sorting_UsesValueNotTeller()
    {
        // Sorted by teller this would be 1/10, 2/3, 3/4, -1/2; by value it is:
        var gesorteerd = new[] { new Breuk(3, 4), new Breuk(-1, 2), new Breuk(1, 10), new Breuk(2, 3) }.Order().ToArray();

        Assert.Equal([new Breuk(-1, 2), new Breuk(1, 10), new Breuk(2, 3), new Breuk(3, 4)], gesorteerd);
    }

    [Theory]
    [InlineData(5, 2, 3)]             // 2.5 → 3
    [InlineData(-5, 2, -3)]           // -2.5 → -3 (away from zero, not to even)
    [InlineData(7, 2, 4)]             // 3.5 → 4 (banker's rounding would give 4 too, 2.5 tells them apart)
    [InlineData(-7, 2, -4)]           // -3.5 → -4
    [InlineData(24999, 10000, 2)]     // 2.4999 → 2
    [InlineData(-24999, 10000, -2)]   // -2.4999 → -2
    [InlineData(25001, 10000, 3)]     // 2.5001 → 3
    [InlineData(1, 3, 0)]             // 0.333 → 0
    [InlineData(-1, 3, 0)]            // -0.333 → 0
    [InlineData(2, 3, 1)]             // 0.667 → 1
    [InlineData(-2, 3, -1)]           // -0.667 → -1
    [InlineData(1, 2, 1)]             // 0.5 → 1
    [InlineData(-1, 2, -1)]           // -0.5 → -1
    [InlineData(0, 1, 0)]
    [InlineData(42, 1, 42)]
    public void AfrondenOpGeheel_Value_RoundsHalfAwayFromZero(long teller, long noemer, long verwacht)
    {
        Assert.Equal(verwacht, new Breuk(teller, noemer).AfrondenOpGeheel());
    }

    [Theory]
    [InlineData(826, 10, 1, "82.6")]
    [InlineData(8255, 100, 1, "82.6")]     // 82.55 → 82.6: half away from zero
    [InlineData(-8255, 100, 1, "-82.6")]
    [InlineData(8249, 100, 1, "82.5")]
    [InlineData(1, 3, 2, "0.33")]
    [InlineData(2, 3, 2, "0.67")]
    [InlineData(5, 2, 0, "3")]
    [InlineData(1, 8, 2, "0.13")]          // 0.125 → 0.13
    public void Afronden_Decimalen_RoundsHalfAwayFromZero(long teller, long noemer, int decimalen, string verwacht)
    {
        Assert.Equal(decimal.Parse(verwacht, System.Globalization.CultureInfo.InvariantCulture), new Breuk(teller, noemer).Afronden(decimalen));
    }

    [Fact]
    public void Add_ResultBeyondLong_ThrowsOverflowInsteadOfWrapping()
    {
        Assert.Throws<OverflowException>(() => (Breuk)long.MaxValue + 1);
        // Different noemers take the 128-bit path; narrowing back must be checked too.
        Assert.Throws<OverflowException>(() => new Breuk(long.MaxValue, 2) + new Breuk(long.MaxValue, 3));
    }

    [Fact]
    public void Subtract_ResultBelowLong_ThrowsOverflowInsteadOfWrapping()
    {
        Assert.Throws<OverflowException>(() => (Breuk)(long.MinValue + 1) - 2);
    }

    [Fact]
    public void Multiply_ResultBeyondLong_ThrowsOverflowInsteadOfWrapping()
    {
        Assert.Throws<OverflowException>(() => (Breuk)long.MaxValue * 2);
        // Coprime noemers whose product does not fit in a long.
        Assert.Throws<OverflowException>(() => new Breuk(1, 4_000_000_007) * new Breuk(1, 3_000_000_019));
    }

    [Fact]
    public void Divide_ResultBeyondLong_ThrowsOverflowInsteadOfWrapping()
    {
        Assert.Throws<OverflowException>(() => (Breuk)long.MaxValue / new Breuk(1, 2));
    }

    [Fact]
    public void Negate_MinValue_ThrowsOverflowInsteadOfWrapping()
    {
        Assert.Throws<OverflowException>(() => -(Breuk)long.MinValue);
        Assert.Throws<OverflowException>(() => new Breuk(long.MinValue, -1));
    }

    [Fact]
    public void AfrondenOpGeheel_NoemerAboveHalfOfLongRange_RoundsWithoutOverflow()
    {
        // (MaxValue - 1) / MaxValue is just below 1 and rounds to 1; no intermediate needs more than a long.
        Assert.Equal(1, new Breuk(long.MaxValue - 1, long.MaxValue).AfrondenOpGeheel());
        Assert.Equal(-1, new Breuk(-(long.MaxValue - 1), long.MaxValue).AfrondenOpGeheel());
    }

    [Fact]
    public void ToString_WholeAndFraction_ShowsTellerAndNoemer()
    {
        Assert.Equal("7", new Breuk(14, 2).ToString());
        Assert.Equal("-3/4", new Breuk(3, -4).ToString());
    }
}
