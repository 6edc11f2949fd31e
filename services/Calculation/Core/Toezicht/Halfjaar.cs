using System.Globalization;

namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// A taakstelling period (DOMAIN.md §4): <c>2024-1</c> is [1 January, 1 July), <c>2024-2</c> is
/// [1 July, 1 January of the next year). Half-open like <see cref="OpgavePeriode"/>, so
/// <see cref="Eind"/> of one half-year is <see cref="Start"/> of the next and no day is counted twice.
/// </summary>
/// <remarks>
/// <c>default(Halfjaar)</c> (helft 0) is not a half-year; the constructor refuses it, so any value
/// built with <c>new</c>, <see cref="Parse"/> or <see cref="Van"/> is valid.
/// </remarks>
public readonly record struct Halfjaar(int Jaar, int Helft) : IComparable<Halfjaar>
{
    // Bounded by DateOnly: Eind of 9998-2 is 9999-01-01, the last year DateOnly can start.
    public int Jaar { get; } = Jaar is >= 1 and <= 9998 ? Jaar
        : throw new ArgumentOutOfRangeException(nameof(Jaar), Jaar, "Jaar van een halfjaar moet tussen 1 en 9998 liggen.");

    public int Helft { get; } = Helft is 1 or 2 ? Helft
        : throw new ArgumentOutOfRangeException(nameof(Helft), Helft, "Helft van een halfjaar is 1 of 2.");

    /// <summary>
    /// Accepts exactly <c>YYYY-1</c> or <c>YYYY-2</c> for years 2000 to 2100: the form of the
    /// contracts and the provincial reports; anything looser would let "2024-01" or "24-1" mean
    /// a different period in different places.
    /// </summary>
    public static bool TryParse(string? tekst, out Halfjaar h)
    {
        h = default;
        if (tekst is not { Length: 6 } || tekst[4] != '-' || tekst[5] is not ('1' or '2')) return false;
        var jaar = 0;
        for (var i = 0; i < 4; i++)
        {
            if (!char.IsAsciiDigit(tekst[i])) return false;
            jaar = jaar * 10 + (tekst[i] - '0');
        }
        if (jaar is < 2000 or > 2100) return false;
        h = new Halfjaar(jaar, tekst[5] - '0');
        return true;
    }

    public static Halfjaar Parse(string tekst) => TryParse(tekst, out var h) ? h
        : throw new FormatException($"'{tekst}' is geen halfjaar; verwacht JJJJ-1 of JJJJ-2 met een jaar van 2000 tot en met 2100.");

    /// <summary>The half-year containing <paramref name="d"/>.</summary>
    public static Halfjaar Van(DateOnly d) => new(d.Year, d.Month <= 6 ? 1 : 2);

    public DateOnly Start => new(Jaar, Helft == 1 ? 1 : 7, 1);

    /// <summary>Exclusive: the first day of the next half-year.</summary>
    public DateOnly Eind => Volgende.Start;

    public Halfjaar Vorige => Helft == 2 ? new(Jaar, 1) : new(Jaar - 1, 2);

    public Halfjaar Volgende => Helft == 1 ? new(Jaar, 2) : new(Jaar + 1, 1);

    /// <summary>
    /// 1 April (helft 1) or 1 October (helft 2): COA's koppelingen counted by then leave the
    /// gemeente the ~12 weeks it needs to house them before the period ends, so a shortfall of
    /// koppelingen on that date is not the gemeente's fault (koppelingstekort).
    /// </summary>
    public DateOnly Koppelingsdatum => new(Jaar, Helft == 1 ? 4 : 10, 1);

    /// <summary>1 January of the previous year: the inwoners the split uses (Huisvestingswet art. 29).</summary>
    public DateOnly InwonersPeildatum => new(Jaar - 1, 1, 1);

    public int CompareTo(Halfjaar other) => Jaar != other.Jaar ? Jaar.CompareTo(other.Jaar) : Helft.CompareTo(other.Helft);

    public static bool operator <(Halfjaar a, Halfjaar b) => a.CompareTo(b) < 0;
    public static bool operator >(Halfjaar a, Halfjaar b) => a.CompareTo(b) > 0;
    public static bool operator <=(Halfjaar a, Halfjaar b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Halfjaar a, Halfjaar b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Jaar}-{Helft}");
}
