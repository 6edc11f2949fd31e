using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Regiemonitor.Reporting.Grafieken;

/// <summary>
/// Small builders for SVG elements. The chart is built as an <see cref="XElement"/> tree rather
/// than concatenated text so every title and label is escaped by the XML writer, not by hand.
/// </summary>
internal static class SvgOpbouw
{
    internal static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>
    /// A coordinate with at most one decimal, always with a decimal point: coordinates are
    /// machine syntax, so the Dutch comma of the page culture must never reach them.
    /// </summary>
    internal static string Coord(double waarde)
    {
        // Adding 0.0 turns a rounded -0 into 0, so "-0" never appears.
        var afgerond = Math.Round(waarde, 1, MidpointRounding.AwayFromZero) + 0.0;
        return afgerond.ToString("0.#", CultureInfo.InvariantCulture);
    }

    internal static XElement Element(string naam, params object?[] inhoud) => new(Ns + naam, inhoud);

    internal static XElement Lijn(string klasse, double x1, double y1, double x2, double y2, params object?[] extra) =>
        Element("line",
            new XAttribute("class", klasse),
            new XAttribute("x1", Coord(x1)), new XAttribute("y1", Coord(y1)),
            new XAttribute("x2", Coord(x2)), new XAttribute("y2", Coord(y2)),
            new XAttribute("stroke", "currentColor"),
            extra);

    internal static XElement Tekst(string klasse, double x, double y, string anker, string tekst) =>
        Element("text",
            new XAttribute("class", klasse),
            new XAttribute("x", Coord(x)), new XAttribute("y", Coord(y)),
            new XAttribute("text-anchor", anker),
            Schoon(tekst));

    internal static XElement Punt(double x, double y, string? titel) =>
        Element("circle",
            new XAttribute("class", "rm-punt"),
            new XAttribute("cx", Coord(x)), new XAttribute("cy", Coord(y)),
            new XAttribute("r", "3"),
            titel is null ? null : Element("title", Schoon(titel)));

    /// <summary>
    /// Drops characters XML 1.0 cannot carry at all (most control characters): escaping cannot
    /// save them, and one stray character in a title must not take the whole card down.
    /// </summary>
    internal static string Schoon(string tekst)
    {
        var schoon = new StringBuilder(tekst.Length);
        for (var i = 0; i < tekst.Length; i++)
        {
            if (XmlConvert.IsXmlChar(tekst[i]))
            {
                schoon.Append(tekst[i]);
            }
            else if (i + 1 < tekst.Length && XmlConvert.IsXmlSurrogatePair(tekst[i + 1], tekst[i]))
            {
                schoon.Append(tekst, i, 2);
                i++;
            }
        }

        return schoon.ToString();
    }
}
