using System.Globalization;
using System.Text;

namespace Regiemonitor.Reporting.Landkaarten;

/// <summary>
/// Writes the SVG for a set of projected areas: fit to their bounding box, one linked path per
/// area. Colours and stroke are left to the page's CSS (rm-status-* classes), so the map follows
/// the same palette and contrast choices as the status dots.
/// </summary>
internal static class SvgSchrijver
{
    private const double Breedte = 600;
    private const double Marge = 5;
    private const string LegeHoogte = "100";

    // Several maps can sit on one page; aria-labelledby ids must still be unique there.
    private static long _volgnummer;

    public static string Schrijf(IReadOnlyList<(Vlak Vlak, Vorm Vorm)> vlakken, string titel)
    {
        var titelId = "rm-landkaart-" + Interlocked.Increment(ref _volgnummer).ToString(CultureInfo.InvariantCulture) + "-titel";
        var sb = new StringBuilder(vlakken.Count * 700 + 200);
        if (vlakken.Count == 0)
        {
            Open(sb, LegeHoogte, titel, titelId);
            sb.Append("<text class=\"rm-landkaart-leeg\" x=\"300\" y=\"55\" text-anchor=\"middle\">Geen gebieden om te tonen</text>");
            return sb.Append("</svg>").ToString();
        }

        var (minX, minY) = (vlakken.Min(v => v.Vorm.MinX), vlakken.Min(v => v.Vorm.MinY));
        var (breedte, hoogte) = (vlakken.Max(v => v.Vorm.MaxX) - minX, vlakken.Max(v => v.Vorm.MaxY) - minY);
        var schaal = breedte > 0 ? (Breedte - 2 * Marge) / breedte : 1;
        var schaalHoogte = Math.Ceiling(hoogte * schaal + 2 * Marge).ToString(CultureInfo.InvariantCulture);
        Open(sb, schaalHoogte, titel, titelId);

        var buffer = new long[vlakken.Max(v => v.Vorm.Ringen.Max(r => r.Length))];
        foreach (var (vlak, vorm) in vlakken)
        {
            var begin = sb.Length;
            // SVG <a href> is keyboard focusable by itself and takes its accessible name from <title>.
            sb.Append("<a href=\"").AppendEscaped(vlak.Href).Append("\"><title>").AppendEscaped(vlak.Omschrijving)
              .Append("</title><path class=\"rm-vlak rm-status-").Append(Kaartstatus.Klasse(vlak))
              .Append("\" data-gebied=\"").AppendEscaped(vlak.Gebiedcode)
              .Append("\" fill-rule=\"evenodd\" stroke-width=\"0.5\" vector-effect=\"non-scaling-stroke\" d=\"");
            var getekend = false;
            foreach (var ring in vorm.Ringen)
            {
                getekend |= SchrijfRing(sb, ring, buffer, minX, minY, schaal);
            }
            if (getekend)
            {
                sb.Append("\"/></a>");
            }
            else
            {
                // Nothing visible left after rounding: an invisible link would only be a confusing tab stop.
                sb.Length = begin;
            }
        }
        return sb.Append("</svg>").ToString();
    }

    // role="group", not "img": an img role makes its children presentational, which would hide the
    // area links from screen readers (WCAG 2.1 AA, 4.1.2).
    private static void Open(StringBuilder sb, string hoogte, string titel, string titelId) =>
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rm-landkaart-svg\" viewBox=\"0 0 600 ").Append(hoogte)
          .Append("\" role=\"group\" aria-labelledby=\"").Append(titelId).Append("\"><title id=\"").Append(titelId)
          .Append("\">").AppendEscaped(titel).Append("</title>");

    /// <summary>
    /// Writes one ring as <c>M x y L x y … Z</c> in tenths of a viewBox unit, which is finer than a
    /// screen pixel at this size. Returns false for rings that collapse to under three points.
    /// </summary>
    private static bool SchrijfRing(StringBuilder sb, double[] ring, long[] buffer, double minX, double minY, double schaal)
    {
        var lengte = 0;
        for (var i = 0; i < ring.Length; i += 2)
        {
            var x = (long)Math.Round(((ring[i] - minX) * schaal + Marge) * 10);
            var y = (long)Math.Round(((ring[i + 1] - minY) * schaal + Marge) * 10);
            if (lengte > 0 && buffer[lengte - 2] == x && buffer[lengte - 1] == y)
            {
                continue;
            }
            buffer[lengte++] = x;
            buffer[lengte++] = y;
        }
        // GeoJSON repeats the first position at the end; Z already closes the ring.
        if (lengte > 2 && buffer[lengte - 2] == buffer[0] && buffer[lengte - 1] == buffer[1])
        {
            lengte -= 2;
        }
        if (lengte < 6)
        {
            return false;
        }
        for (var i = 0; i < lengte; i += 2)
        {
            sb.Append(i == 0 ? "M" : i == 2 ? "L" : " ").AppendTienden(buffer[i]).Append(' ').AppendTienden(buffer[i + 1]);
        }
        sb.Append('Z');
        return true;
    }
}
