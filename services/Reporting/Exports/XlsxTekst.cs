using System.Globalization;
using System.Text;
using System.Xml;

namespace Regiemonitor.Reporting.Exports;

/// <summary>
/// Texts as Excel reads them back: a sheet name Excel accepts, and cell texts in the
/// <c>_xHHHH_</c> convention of Office Open XML strings.
/// </summary>
internal static class XlsxTekst
{
    internal const int MaximumBladnaamLengte = 31;
    private const string StandaardBladnaam = "Blad1";

    /// <summary>
    /// Excel refuses to open a workbook whose sheet name is longer than 31 characters, contains
    /// <c>[]:*?/\</c>, starts or ends with an apostrophe, is empty or is "History".
    /// </summary>
    internal static string Bladnaam(string titel)
    {
        var naam = new StringBuilder(titel.Length);
        foreach (var teken in titel)
        {
            if (teken is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(teken))
            {
                naam.Append(teken);
            }
        }

        var resultaat = naam.ToString().Trim().Trim('\'');
        if (resultaat.Length > MaximumBladnaamLengte)
        {
            // Cutting between the halves of a surrogate pair would leave invalid UTF-16.
            var lengte = char.IsHighSurrogate(resultaat[MaximumBladnaamLengte - 1]) ? MaximumBladnaamLengte - 1 : MaximumBladnaamLengte;
            resultaat = resultaat[..lengte].TrimEnd().TrimEnd('\'');
        }

        if (resultaat.Length == 0 || resultaat.Equals("History", StringComparison.OrdinalIgnoreCase))
        {
            return StandaardBladnaam;
        }

        return resultaat;
    }

    /// <summary>
    /// Characters XML cannot carry (control characters, lone surrogates) become <c>_xHHHH_</c>, and a
    /// literal <c>_xHHHH_</c> in the data is protected as <c>_x005F_xHHHH_</c>, because Excel decodes
    /// that pattern when it reads the file and would otherwise change the text.
    /// </summary>
    internal static string Codeer(string tekst)
    {
        var uit = new StringBuilder(tekst.Length);
        for (var i = 0; i < tekst.Length; i++)
        {
            var teken = tekst[i];
            if (char.IsSurrogatePair(tekst, i))
            {
                uit.Append(teken).Append(tekst[++i]);
            }
            else if (!XmlConvert.IsXmlChar(teken))
            {
                uit.Append("_x").Append(((int)teken).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else if (teken == '_' && IsGecodeerdTeken(tekst, i))
            {
                uit.Append("_x005F_");
            }
            else
            {
                uit.Append(teken);
            }
        }

        return uit.ToString();
    }

    /// <summary>Excel drops leading and trailing white space unless the text says to keep it.</summary>
    internal static bool MoetWitruimteBewaren(string tekst) =>
        tekst.Length > 0 && (char.IsWhiteSpace(tekst[0]) || char.IsWhiteSpace(tekst[^1]));

    private static bool IsGecodeerdTeken(string tekst, int positie) =>
        positie + 7 <= tekst.Length
        && tekst[positie + 1] == 'x'
        && tekst[positie + 6] == '_'
        && !tekst.AsSpan(positie + 2, 4).ContainsAnyExcept("0123456789ABCDEFabcdef");
}
