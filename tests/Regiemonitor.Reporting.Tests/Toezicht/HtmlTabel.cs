using System.Net;
using System.Text.RegularExpressions;

namespace Regiemonitor.Reporting.Tests.Toezicht;

/// <summary>Reads a rendered table row back as text cells, enough to check what a reader sees in which column.</summary>
internal static partial class HtmlTabel
{
    /// <summary>The cells (th and td, tags stripped, entities decoded) of the first row whose row header is <paramref name="kop"/>.</summary>
    internal static IReadOnlyList<string> Rij(string html, string kop)
    {
        foreach (Match rij in RijPatroon().Matches(html))
        {
            var cellen = CelPatroon().Matches(rij.Groups[1].Value).Select(c => Tekst(c.Groups[1].Value)).ToList();
            if (cellen.Count > 0 && cellen[0] == kop) return cellen;
        }
        throw new Xunit.Sdk.XunitException($"No row with header '{kop}'.");
    }

    internal static string Tekst(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ").Trim();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RijPatroon();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CelPatroon();
}
