using System.Globalization;
using System.Xml;

namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>
/// Which cell styles of a workbook show a number as a date, and the date such a number stands for.
/// Excel stores a date as a plain number (days since 1900, or 1904 for old Mac workbooks); only the
/// cell's number format makes it a date. Without this a peildatum typed in Excel would arrive as
/// "45536", which no user recognises as 1 September 2024.
/// </summary>
internal sealed class XlsxDatums
{
    private const string Hoofd = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The built-in number formats that are dates (ECMA-376 §18.8.30; 27-36 and 50-58 are East Asian date formats).</summary>
    private static readonly HashSet<int> IngebouwdeDatums = [14, 15, 16, 17, 22, .. Enumerable.Range(27, 10), .. Enumerable.Range(50, 9)];

    private readonly HashSet<int> _datumstijlen;
    private readonly bool _sinds1904;

    private XlsxDatums(HashSet<int> datumstijlen, bool sinds1904) => (_datumstijlen, _sinds1904) = (datumstijlen, sinds1904);

    public static readonly XlsxDatums Geen = new([], false);

    /// <summary>Reads the cell formats (<c>cellXfs</c>) and custom number formats of a styles part.</summary>
    public static XlsxDatums Lees(XmlReader? stijlen, bool sinds1904)
    {
        if (stijlen is null) return new XlsxDatums([], sinds1904);
        var eigen = new Dictionary<int, string>();
        var opmaak = new List<int>();
        var inCelopmaak = false;
        while (stijlen.Read())
        {
            if (stijlen.NamespaceURI != Hoofd) continue;
            if (stijlen.NodeType == XmlNodeType.EndElement && stijlen.LocalName == "cellXfs") inCelopmaak = false;
            if (stijlen.NodeType != XmlNodeType.Element) continue;
            switch (stijlen.LocalName)
            {
                case "numFmt" when Getal(stijlen.GetAttribute("numFmtId")) is { } id:
                    eigen[id] = stijlen.GetAttribute("formatCode") ?? "";
                    break;
                case "cellXfs":
                    inCelopmaak = !stijlen.IsEmptyElement;
                    break;
                case "xf" when inCelopmaak:
                    opmaak.Add(Getal(stijlen.GetAttribute("numFmtId")) ?? 0);
                    break;
            }
        }
        var datumstijlen = new HashSet<int>();
        for (var s = 0; s < opmaak.Count; s++)
            if (eigen.TryGetValue(opmaak[s], out var code) ? IsDatumcode(code) : IngebouwdeDatums.Contains(opmaak[s])) datumstijlen.Add(s);
        return new XlsxDatums(datumstijlen, sinds1904);
    }

    /// <summary>
    /// The number as the date it shows (JJJJ-MM-DD), when style <paramref name="stijl"/> is a date
    /// format; with a time of day as "JJJJ-MM-DD HH:mm", which the date check then refuses.
    /// </summary>
    public string? AlsDatum(int? stijl, string waarde)
    {
        if (stijl is not { } s || !_datumstijlen.Contains(s)) return null;
        if (!double.TryParse(waarde, NumberStyles.Float, CultureInfo.InvariantCulture, out var getal) || getal < 1 || getal > 2_958_465) return null;
        // FromOADate counts from 1899-12-30, which absorbs Excel's fictitious 29 February 1900 for every date after it.
        var moment = DateTime.FromOADate(getal + (_sinds1904 ? 1462 : 0));
        return moment.TimeOfDay == TimeSpan.Zero
            ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A custom format is a date when it has day or year placeholders outside quoted text, escapes
    /// and [..] sections (colours, locales, elapsed [h]); "m" alone may be minutes.
    /// </summary>
    internal static bool IsDatumcode(string code)
    {
        var sectie = code.Split(';')[0];
        for (var i = 0; i < sectie.Length; i++)
        {
            switch (sectie[i])
            {
                case '"': i = sectie.IndexOf('"', i + 1) is var eind and >= 0 ? eind : sectie.Length; break;
                case '\\' or '_' or '*': i++; break;
                case '[': i = sectie.IndexOf(']', i + 1) is var sluit and >= 0 ? sluit : sectie.Length; break;
                case 'd' or 'D' or 'y' or 'Y': return true;
            }
        }
        return false;
    }

    private static int? Getal(string? tekst) =>
        int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
