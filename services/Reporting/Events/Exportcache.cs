using System.Security.Cryptography;
using System.Text;
using Regiemonitor.ServiceDefaults.Telemetrie;

namespace Regiemonitor.Reporting.Events;

/// <summary>
/// Printed PDFs by the SHA-256 of the HTML they were printed from: printing (a Chromium run of a
/// second or more) is by far the costliest step of an export, and the same page is often asked
/// again. Keyed by content, an entry can never be wrong, whatever the data or the caller; an
/// import only makes entries useless (they show the stand before it), so on its event the cache
/// is emptied at once (<see cref="ReportingEvents"/>). Without events the size bound still holds.
/// </summary>
public sealed partial class Exportcache(Bedrijfsmetingen metingen, ILogger<Exportcache> log)
{
    private const long MaxBytes = 64L * 1024 * 1024;

    private readonly Dictionary<string, byte[]> _pdfs = new(StringComparer.Ordinal);
    private readonly Lock _slot = new();
    private long _bytes;

    public int Aantal
    {
        get { lock (_slot) return _pdfs.Count; }
    }

    /// <summary>The PDF of <paramref name="html"/>: from the cache, or printed by <paramref name="print"/> and kept.</summary>
    public async Task<byte[]> Pdf(string html, Func<string, Task<byte[]>> print)
    {
        var sleutel = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
        lock (_slot)
            if (_pdfs.TryGetValue(sleutel, out var bekend))
            {
                metingen.Cache("pdf", treffer: true);
                return bekend;
            }
        metingen.Cache("pdf", treffer: false);
        var pdf = await print(html);
        lock (_slot)
        {
            if (_bytes + pdf.Length > MaxBytes) Leeg();
            if (pdf.Length <= MaxBytes && _pdfs.TryAdd(sleutel, pdf)) _bytes += pdf.Length;
        }
        return pdf;
    }

    /// <summary>Empties the cache because of event <paramref name="gebeurtenisId"/> (an import).</summary>
    public void Wis(string gebeurtenisId)
    {
        int aantal;
        lock (_slot)
        {
            aantal = _pdfs.Count;
            Leeg();
        }
        LogGewist(log, aantal, gebeurtenisId);
    }

    private void Leeg()
    {
        _pdfs.Clear();
        _bytes = 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Exportcache geleegd ({Aantal} PDF's) na gebeurtenis {Id}.")]
    private static partial void LogGewist(ILogger log, int aantal, string id);
}
