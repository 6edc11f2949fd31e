namespace Regiemonitor.Calculation.Core;

/// <summary>
/// An exact rational number. The indicatief schema is a day fraction of an integer range, so a
/// decimal would already round (1/3 of a day); officials act on the last unit, so values stay
/// exact until <see cref="AfrondenOpGeheel"/> rounds them for display.
/// </summary>
/// <remarks>
/// Values are kept unreduced while denominators agree (every series of one date shares its
/// period's length in days), so the hot paths — a day's schema and a sum over gebieden — cost a
/// multiplication and an addition, not a gcd. Equality is by value (1/2 equals 183/366); any
/// overflow throws instead of giving a wrong figure.
/// </remarks>
public readonly struct Breuk : IEquatable<Breuk>, IComparable<Breuk>
{
    private readonly long _teller;
    private readonly long _noemer; // > 0 once constructed; 0 only in default(Breuk), which is 0.

    public Breuk(long teller, long noemer)
    {
        if (noemer == 0) throw new DivideByZeroException("Noemer van een breuk mag niet 0 zijn.");
        // Reduce before fixing the sign, so long.MinValue/long.MinValue (= 1) does not overflow.
        var ggd = Ggd(Absoluut(teller), Absoluut(noemer));
        if (ggd > long.MaxValue) { teller = (long)((Int128)teller / ggd); noemer = (long)((Int128)noemer / ggd); }
        else if (ggd > 1) { teller /= (long)ggd; noemer /= (long)ggd; }
        if (noemer < 0) { teller = checked(-teller); noemer = checked(-noemer); }
        _teller = teller;
        _noemer = noemer;
    }

    /// <summary>Unreduced, for the hot paths; the caller guarantees <paramref name="noemer"/> &gt; 0.</summary>
    private Breuk(long teller, long noemer, bool _)
    {
        _teller = teller;
        _noemer = noemer;
    }

    public static readonly Breuk Nul = new(0, 1, true);

    /// <summary>The numerator in lowest terms.</summary>
    public long Teller => Gereduceerd()._teller;

    /// <summary>The denominator in lowest terms (always positive).</summary>
    public long Noemer => Gereduceerd()._noemer;

    private long N => _noemer == 0 ? 1 : _noemer;

    public static implicit operator Breuk(long waarde) => new(waarde, 1, true);

    /// <summary>
    /// <c>startwaarde + (eindwaarde - startwaarde) * verstreken / dagen</c> without a gcd: the
    /// indicatief schema of one day (see <see cref="IndicatiefSchema.Waarde(OpgavePeriode, DateOnly)"/>).
    /// </summary>
    internal static Breuk Interpolatie(long startwaarde, long eindwaarde, int verstreken, int dagen) =>
        new(checked(startwaarde * dagen + (eindwaarde - startwaarde) * verstreken), dagen, true);

    public static Breuk operator +(Breuk a, Breuk b)
    {
        long na = a.N, nb = b.N;
        if (na == nb) return new Breuk(checked(a._teller + b._teller), na, true);
        // Over the least common denominator, unreduced: a running sum then keeps the denominator
        // its terms share and the next addition takes the fast path above.
        var ggd = (long)Ggd((ulong)na, (ulong)nb);
        Int128 noemer = (Int128)na * (nb / ggd);
        Int128 teller = (Int128)a._teller * (nb / ggd) + (Int128)b._teller * (na / ggd);
        return noemer <= long.MaxValue && teller >= long.MinValue && teller <= long.MaxValue
            ? new Breuk((long)teller, (long)noemer, true)
            : Van(teller, noemer);
    }

    public static Breuk operator -(Breuk a) => new(checked(-a._teller), a.N, true);

    public static Breuk operator -(Breuk a, Breuk b) => a + -b;

    public static Breuk operator *(Breuk a, Breuk b) => Van((Int128)a._teller * b._teller, (Int128)a.N * b.N);

    public static Breuk operator /(Breuk a, Breuk b)
    {
        if (b._teller == 0) throw new DivideByZeroException("Deling door nul.");
        return Van((Int128)a._teller * b.N, (Int128)a.N * b._teller);
    }

    public int CompareTo(Breuk other) => ((Int128)_teller * other.N).CompareTo((Int128)other._teller * N);

    public bool Equals(Breuk other) => CompareTo(other) == 0;
    public override bool Equals(object? obj) => obj is Breuk b && Equals(b);
    public override int GetHashCode() { var r = Gereduceerd(); return HashCode.Combine(r._teller, r._noemer); }

    public static bool operator ==(Breuk a, Breuk b) => a.Equals(b);
    public static bool operator !=(Breuk a, Breuk b) => !a.Equals(b);
    public static bool operator <(Breuk a, Breuk b) => a.CompareTo(b) < 0;
    public static bool operator >(Breuk a, Breuk b) => a.CompareTo(b) > 0;
    public static bool operator <=(Breuk a, Breuk b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Breuk a, Breuk b) => a.CompareTo(b) >= 0;

    /// <summary>Rounds half away from zero to a whole number: the only rounding the domain allows.</summary>
    public long AfrondenOpGeheel()
    {
        var (q, r) = Math.DivRem(_teller, N);
        // |r| >= N - |r| means the remainder is at least one half; move away from zero.
        // (Written without |r| * 2, which overflows for denominators above long.MaxValue / 2.)
        if (Math.Abs(r) >= N - Math.Abs(r)) q += Math.Sign(_teller);
        return q;
    }

    /// <summary>Rounds half away from zero to the given number of decimals.</summary>
    public decimal Afronden(int decimalen)
    {
        long schaal = 1;
        for (var i = 0; i < decimalen; i++) schaal = checked(schaal * 10);
        return (this * schaal).AfrondenOpGeheel() / (decimal)schaal;
    }

    public override string ToString()
    {
        var r = Gereduceerd();
        return r._noemer == 1 ? r._teller.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{r._teller}/{r._noemer}";
    }

    private Breuk Gereduceerd() => new(_teller, N);

    private static ulong Absoluut(long x) => x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;

    private static ulong Ggd(ulong a, ulong b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    private static Int128 Ggd(Int128 a, Int128 b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a == 0 ? 1 : a;
    }

    /// <summary>Reduces a wide intermediate; checked narrowing: an overflow is an error, never a wrong figure.</summary>
    private static Breuk Van(Int128 teller, Int128 noemer)
    {
        var ggd = Ggd(Int128.Abs(teller), Int128.Abs(noemer));
        if (ggd > 1) { teller /= ggd; noemer /= ggd; }
        return new Breuk(checked((long)teller), checked((long)noemer));
    }
}
