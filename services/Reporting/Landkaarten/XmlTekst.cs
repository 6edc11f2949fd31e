using System.Globalization;
using System.Text;

namespace Regiemonitor.Reporting.Landkaarten;

/// <summary>Small writers for the SVG and HTML text the maps emit.</summary>
internal static class XmlTekst
{
    /// <summary>
    /// Escapes for both element text and double- or single-quoted attributes. Characters XML 1.0
    /// forbids are dropped, because one stray control character in a name would otherwise make
    /// the whole inline SVG unparseable.
    /// </summary>
    public static StringBuilder AppendEscaped(this StringBuilder sb, string tekst)
    {
        foreach (var teken in tekst)
        {
            switch (teken)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                case < ' ' and not ('\t' or '\n' or '\r'):
                case '\uFFFE' or '\uFFFF':
                    break;
                default: sb.Append(teken); break;
            }
        }
        return sb;
    }

    /// <summary>
    /// Writes a coordinate given in tenths ("123.4", "12"). Invariant on purpose: SVG syntax needs
    /// a decimal point, whatever Opmaak does for figures people read.
    /// </summary>
    public static StringBuilder AppendTienden(this StringBuilder sb, long tienden)
    {
        if (tienden < 0)
        {
            sb.Append('-');
            tienden = -tienden;
        }
        sb.Append(CultureInfo.InvariantCulture, $"{tienden / 10}");
        var rest = tienden % 10;
        return rest == 0 ? sb : sb.Append('.').Append((char)('0' + rest));
    }
}
