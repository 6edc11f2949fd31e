using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>HTML escaping, the one way text reaches a page.</summary>
public static class Html
{
    // Keeps letters such as â and ë as they are (the page is UTF-8); escapes what HTML needs escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? tekst) => Encoder.Encode(tekst ?? "");

    /// <summary>A number cell's content: the Dutch number, or a dash that a screen reader reads as "geen".</summary>
    public static string GetalOfLeeg(long? waarde) => waarde is { } w
        ? E(Weergave.Opmaak.Getal(w))
        : """<span aria-hidden="true">–</span><span class="rm-sr">geen</span>""";
}
