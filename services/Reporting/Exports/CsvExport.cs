using System.Globalization;
using System.Text;

namespace Regiemonitor.Reporting.Exports;

/// <summary>
/// CSV as a Dutch Excel opens it by double-click: a BOM so the encoding is recognised
/// (otherwise "Súdwest-Fryslân" turns into mojibake), <c>;</c> between fields because <c>,</c> is
/// the decimal separator there, and no thousand separators so figures stay numbers.
/// </summary>
public static class CsvExport
{
    private const char Scheidingsteken = ';';
    private const string Regeleinde = "\r\n";

    // Invariant digits and minus sign with only the decimal separator swapped: nl-NL formatting
    // would also bring in culture data (ICU) that the export does not otherwise need.
    private static readonly NumberFormatInfo Getalnotatie = MaakGetalnotatie();

    /// <summary>
    /// UTF-8 with BOM, <c>;</c> separated, <c>,</c> as decimal separator, CRLF line ends and
    /// RFC 4180 quoting of fields that contain <c>;</c>, <c>"</c>, CR or LF. The first line holds
    /// the column headers; <c>null</c> becomes an empty field.
    /// </summary>
    public static byte[] Schrijf(Tabel tabel)
    {
        ArgumentNullException.ThrowIfNull(tabel);
        tabel.Valideer();

        var tekst = new StringBuilder();
        SchrijfRegel(tekst, tabel.Kolommen);
        foreach (var rij in tabel.Rijen)
        {
            SchrijfRegel(tekst, rij);
        }

        var utf8MetBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. utf8MetBom.GetPreamble(), .. utf8MetBom.GetBytes(tekst.ToString())];
    }

    private static void SchrijfRegel<T>(StringBuilder tekst, IReadOnlyList<T> cellen)
    {
        for (var i = 0; i < cellen.Count; i++)
        {
            if (i > 0)
            {
                tekst.Append(Scheidingsteken);
            }

            tekst.Append(Veld(cellen[i]));
        }

        tekst.Append(Regeleinde);
    }

    private static string Veld(object? cel) => cel switch
    {
        null => "",
        long getal => getal.ToString(Getalnotatie),
        int getal => getal.ToString(Getalnotatie),
        decimal getal => getal.ToString(Getalnotatie),
        string s => MetAanhalingstekensIndienNodig(s),
        _ => throw new ArgumentException($"Unsupported cell type {cel.GetType().Name}."),
    };

    private static string MetAanhalingstekensIndienNodig(string waarde) =>
        waarde.AsSpan().IndexOfAny([Scheidingsteken, '"', '\r', '\n']) < 0
            ? waarde
            : "\"" + waarde.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static NumberFormatInfo MaakGetalnotatie()
    {
        var notatie = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        notatie.NumberDecimalSeparator = ",";
        return NumberFormatInfo.ReadOnly(notatie);
    }
}
