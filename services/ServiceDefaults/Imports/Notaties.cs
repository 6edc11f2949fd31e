using System.Globalization;
using System.Text.RegularExpressions;

namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>
/// How dates and numbers may be written in an import, and why another way of writing them is
/// refused. Spreadsheets write dates and numbers in the locale of whoever saved the file; a
/// figure read the wrong way round (9 January for 1 September, 1.234 for 1234) is worse than a
/// refused file, so only forms that can be read one way are accepted.
/// </summary>
internal static partial class Notaties
{
    public const string Datumvormen = "JJJJ-MM-DD (2024-09-01) of DD-MM-JJJJ (01-09-2024)";

    private static readonly string[] Maanden =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>The date, or null with the reason in <paramref name="reden"/>.</summary>
    public static DateOnly? Datum(string tekst, out string reden)
    {
        reden = "";
        if (Iso().IsMatch(tekst) || DagMaandJaar().IsMatch(tekst))
        {
            // The pattern fixed where each part is; read as digits, not by a format parser (once per row).
            var iso = tekst[4] == '-';
            int jaar = Cijfers(tekst.AsSpan(iso ? 0 : 6, 4)), maand = Cijfers(tekst.AsSpan(iso ? 5 : 3, 2)), dag = Cijfers(tekst.AsSpan(iso ? 8 : 0, 2));
            if (jaar >= 1 && maand is >= 1 and <= 12 && dag >= 1 && dag <= DateTime.DaysInMonth(jaar, maand)) return new DateOnly(jaar, maand, dag);
            reden = "die dag bestaat niet";
            return null;
        }
        reden = AndereDatum().Match(tekst) is { Success: true } m ? AndereNotatie(m) : tekst switch
        {
            _ when Serienummer().IsMatch(tekst) => "het is een getal; maak de cel in Excel een datum of typ de datum als tekst",
            _ when tekst.Contains(':') => "er staat een tijd bij; vul alleen de dag in",
            _ => "dit is geen datum",
        };
        return null;
    }

    private static int Cijfers(ReadOnlySpan<char> cijfers)
    {
        var getal = 0;
        foreach (var c in cijfers) getal = getal * 10 + (c - '0');
        return getal;
    }

    /// <summary>Dates with other separators or short parts: say whether the order of day and month is unknowable.</summary>
    private static string AndereNotatie(Match m)
    {
        var (a, b, c) = (m.Groups[1].Value, m.Groups[3].Value, m.Groups[4].Value);
        if (a.Length == 4) return "een andere notatie (jaar voorop hoort met streepjes: JJJJ-MM-DD)";
        if (c.Length == 2) return "dubbelzinnig, het jaartal heeft twee cijfers";
        int dag = int.Parse(a, CultureInfo.InvariantCulture), maand = int.Parse(b, CultureInfo.InvariantCulture);
        if (m.Groups[2].Value != "-" && dag != maand && dag is >= 1 and <= 12 && maand is >= 1 and <= 12)
            return $"dubbelzinnig: {dag} {Maanden[maand - 1]} of {maand} {Maanden[dag - 1]}?";
        return "een andere notatie (dag en maand met twee cijfers, jaar met vier, gescheiden door streepjes)";
    }

    /// <summary>Why <paramref name="tekst"/> (not empty, not only digits) is no whole number.</summary>
    public static string GeenGeheelGetal(string tekst)
    {
        if (Duizendtallen().Match(tekst) is { Success: true } d)
        {
            var teken = d.Groups[1].Value[0];
            var wat = teken switch { '.' => "de punt", ',' => "de komma", _ => "de spatie" };
            return $"{wat} lijkt een scheidingsteken voor duizendtallen; schrijf {string.Concat(tekst.Where(char.IsAsciiDigit))} (alleen cijfers).";
        }
        if (Decimalen().IsMatch(tekst)) return "het getal heeft decimalen; verwacht een heel aantal, zonder komma of punt.";
        return "schrijf alleen cijfers, zonder decimalen of scheidingstekens voor duizendtallen.";
    }

    /// <summary>A minus before something that looks like a number.</summary>
    public static bool IsNegatief(string tekst) => NegatiefGetal().IsMatch(tekst);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^[0-9]{2}-[0-9]{2}-[0-9]{4}$")]
    private static partial Regex DagMaandJaar();

    [GeneratedRegex(@"^([0-9]{1,4})([-/.])([0-9]{1,2})\2([0-9]{1,4})$")]
    private static partial Regex AndereDatum();

    [GeneratedRegex(@"^[0-9]{5}(\.[0-9]+)?$")]
    private static partial Regex Serienummer();

    // One separator used throughout: 1.234, 1,234,567, 1 234 (also the no-break spaces Excel writes).
    [GeneratedRegex(@"^[0-9]{1,3}([., \u00A0\u202F])[0-9]{3}(\1[0-9]{3})*$")]
    private static partial Regex Duizendtallen();

    [GeneratedRegex(@"^([0-9]{1,3}([., \u00A0\u202F][0-9]{3})*|[0-9]+)[.,][0-9]+$")]
    private static partial Regex Decimalen();

    [GeneratedRegex(@"^-\s*[0-9][0-9.,\s]*$")]
    private static partial Regex NegatiefGetal();
}
