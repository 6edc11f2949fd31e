namespace Regiemonitor.Calculation.Core;

/// <summary>
/// An exact rational number. The indicatief schema is a day fraction of an integer range, so a
/// decimal would already round (1/3 of a day); officials act on the last unit, so values stay
/// exact until <see cref="AfrondenOpGeheel"/> rounds them for display.
/// </summary>
public readonly record struct Breuk : IComparable<Breuk>
{
    public long Teller { get; }
    public long Noemer { get; }

    public Breuk(long teller, long noemer)
    {
        if (noemer == 0) throw new DivideByZeroException("Noemer van een breuk mag niet 0 zijn.");
        // Reduce before fixing the sign, so long.MinValue/long.MinValue (= 1) does not overflow.
        var ggd = Ggd(Absoluut(teller), Absoluut(noemer));
        if (ggd > long.MaxValue) { teller = (long)((Int128)teller / ggd); noemer = (long)((Int128)noemer / ggd); }
        else if (ggd > 1) { teller /= (long)ggd; noemer /= (long)ggd; }
        if (noemer < 0) { teller = checked(-teller); noemer = checked(-noemer); }
        Teller = teller;
        Noemer = noemer;
    }

    public static readonly Breuk Nul = new(0, 1);

    public static implicit operator Breuk(long waarde) => new(waarde, 1);

    public static Breuk operator +(Breuk a, Breuk b) => a.Noemer == b.Noemer
        ? new Breuk(checked(a.Teller + b.Teller), a.Noemer)
        : Van(Int128Teller(a, b.Noemer) + Int128Teller(b, a.Noemer), (Int128)a.Noemer * b.Noemer);

    public static Breuk operator -(Breuk a) => new(checked(-a.Teller), a.Noemer);

    public static Breuk operator -(Breuk a, Breuk b) => a + -b;

    public static Breuk operator *(Breuk a, Breuk b) =>
        Van((Int128)a.Teller * b.Teller, (Int128)a.Noemer * b.Noemer);

    public static Breuk operator /(Breuk a, Breuk b)
    {
        if (b.Teller == 0) throw new DivideByZeroException("Deling door nul.");
        return Van((Int128)a.Teller * b.Noemer, (Int128)a.Noemer * b.Teller);
    }

    public int CompareTo(Breuk other) => Int128Teller(this, other.Noemer).CompareTo(Int128Teller(other, Noemer));

    public static bool operator <(Breuk a, Breuk b) => a.CompareTo(b) < 0;
    public static bool operator >(Breuk a, Breuk b) => a.CompareTo(b) > 0;
    public static bool operator <=(Breuk a, Breuk b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Breuk a, Breuk b) => a.CompareTo(b) >= 0;

    /// <summary>Rounds half away from zero to a whole number: the only rounding the domain allows.</summary>
    public long AfrondenOpGeheel()
    {
        var (q, r) = Math.DivRem(Teller, Noemer);
        // |r| >= Noemer - |r| means the remainder is at least one half; move away from zero.
        // (Written without |r| * 2, which overflows for denominators above long.MaxValue / 2.)
        if (Math.Abs(r) >= Noemer - Math.Abs(r)) q += Math.Sign(Teller);
        return q;
    }

    /// <summary>Rounds half away from zero to the given number of decimals.</summary>
    public decimal Afronden(int decimalen)
    {
        long schaal = 1;
        for (var i = 0; i < decimalen; i++) schaal = checked(schaal * 10);
        return (this * schaal).AfrondenOpGeheel() / (decimal)schaal;
    }

    public override string ToString() => Noemer == 1 ? Teller.ToString() : $"{Teller}/{Noemer}";

    private static ulong Absoluut(long x) => x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;

    private static ulong Ggd(ulong a, ulong b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    private static Int128 Int128Teller(Breuk b, long andereNoemer) => (Int128)b.Teller * andereNoemer;

    private static Breuk Van(Int128 teller, Int128 noemer)
    {
        var ggd = Int128Ggd(Int128.Abs(teller), Int128.Abs(noemer));
        if (ggd > 1) { teller /= ggd; noemer /= ggd; }
        // Checked narrowing: an overflow is an error, never a silently wrong figure.
        return new Breuk(checked((long)teller), checked((long)noemer));
    }

    private static Int128 Int128Ggd(Int128 a, Int128 b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a == 0 ? 1 : a;
    }
}
