using System.Globalization;

namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// Numbers and dates in the reasons and messages as the provincial reports write them
/// ("1.138", "1 oktober 2024"), independent of the server's culture.
/// </summary>
internal static class Opmaak
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Getal(long waarde) => waarde.ToString("#,0", Nl);

    /// <summary>With an explicit sign, so "+5" reads as a change and not as an amount.</summary>
    public static string MetTeken(long waarde) => waarde.ToString("+#,0;-#,0;0", Nl);

    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);
}
