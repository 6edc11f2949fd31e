using System.Net;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>HTML escaping, the one way text reaches a page.</summary>
public static class Html
{
    public static string E(string? tekst) => WebUtility.HtmlEncode(tekst ?? "");

    /// <summary>A number cell's content: the Dutch number, or a dash that a screen reader reads as "geen".</summary>
    public static string GetalOfLeeg(long? waarde) => waarde is { } w
        ? E(Weergave.Opmaak.Getal(w))
        : """<span aria-hidden="true">–</span><span class="rm-sr">geen</span>""";
}
