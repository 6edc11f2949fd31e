using System.Globalization;
using Regiemonitor.Contracts.Calculation.V1;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// The prognosis assumptions from the query string. An empty field means "not given" (a form
/// sends its empty inputs), so the calculation derives that number from the stored figures; a
/// field that is not a whole number in range is refused with the parameter's name.
/// </summary>
public static class Prognosevraag
{
    public const int MaxJaren = 30;

    /// <summary>The request, or the Dutch reason it cannot be made (naming the parameter).</summary>
    public static (GetPrognoseRequest? Vraag, string? Fout) Lees(
        string gebiedcode, string? startJaar, string? jaren, string? taakstelling, string? gehuisvest, string? achterstand)
    {
        var vraag = new GetPrognoseRequest { Gebiedcode = gebiedcode };
        if (Getal(startJaar, "startJaar", 2000, 2100, out var s) is { } f1) return (null, f1);
        if (Getal(jaren, "jaren", 1, MaxJaren, out var j) is { } f2) return (null, f2);
        if (Getal(taakstelling, "taakstelling", 0, 10_000_000, out var t) is { } f3) return (null, f3);
        if (Getal(gehuisvest, "gehuisvest", 0, 10_000_000, out var g) is { } f4) return (null, f4);
        // An achterstand may be negative: a voorsprong carried into the first year.
        if (Getal(achterstand, "achterstand", -10_000_000, 10_000_000, out var a) is { } f5) return (null, f5);
        if (s is { } sj) vraag.StartJaar = (int)sj;
        if (j is { } jr) vraag.Jaren = (int)jr;
        if (t is { } tw) vraag.TaakstellingPerJaar = tw;
        if (g is { } gw) vraag.GehuisvestPerJaar = gw;
        if (a is { } aw) vraag.StartAchterstand = aw;
        return (vraag, null);
    }

    private static string? Getal(string? tekst, string naam, long min, long max, out long? waarde)
    {
        waarde = null;
        if (string.IsNullOrWhiteSpace(tekst)) return null;
        if (!long.TryParse(tekst.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var w))
            return $"{naam} '{tekst}' is geen geheel getal; gebruik alleen cijfers, zonder punten, bijvoorbeeld 1100.";
        if (w < min || w > max)
            return $"{naam} {w} ligt buiten het toegestane bereik van {min} tot en met {max}.";
        waarde = w;
        return null;
    }
}
