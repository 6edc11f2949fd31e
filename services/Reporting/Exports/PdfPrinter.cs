using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Regiemonitor.Reporting.Exports;

/// <summary>Section <c>Regiemonitor:Pdf</c>.</summary>
public sealed class PdfOptions
{
    /// <summary>Headless Chromium (Debian package <c>chromium</c>).</summary>
    public string Chromium { get; set; } = "/usr/bin/chromium";
    public int TimeoutSeconden { get; set; } = 60;
}

/// <summary>
/// Prints a page's HTML (with its stylesheet inline, so nothing is fetched) to PDF with headless
/// Chromium: the same HTML as on screen, laid out by the print stylesheet (A4 landscape).
/// </summary>
public sealed class PdfPrinter(IOptions<PdfOptions> options, ILogger<PdfPrinter> log)
{
    public bool Beschikbaar => File.Exists(options.Value.Chromium);

    public async Task<byte[]> Print(string html, CancellationToken ct)
    {
        var map = Directory.CreateTempSubdirectory("regiemonitor-pdf-");
        try
        {
            var pagina = Path.Combine(map.FullName, "pagina.html");
            var pdf = Path.Combine(map.FullName, "pagina.pdf");
            await File.WriteAllTextAsync(pagina, html, ct);
            var info = new ProcessStartInfo(options.Value.Chromium)
            {
                RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            };
            // The flags keep Chromium from reaching out to the network (none is available or wanted).
            foreach (var a in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                         $"--user-data-dir={Path.Combine(map.FullName, "profiel")}", "--no-pdf-header-footer",
                         $"--print-to-pdf={pdf}", new Uri(pagina).AbsoluteUri,
                     })
                info.ArgumentList.Add(a);
            using var proces = Process.Start(info)!;
            var fouten = proces.StandardError.ReadToEndAsync(ct);
            _ = proces.StandardOutput.ReadToEndAsync(ct);
            using var limiet = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limiet.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconden));
            try { await proces.WaitForExitAsync(limiet.Token); }
            catch (OperationCanceledException) { proces.Kill(entireProcessTree: true); throw; }
            if (!File.Exists(pdf))
            {
                log.LogError("Chromium maakte geen PDF (code {Code}): {Fouten}", proces.ExitCode, await fouten);
                throw new InvalidOperationException("Chromium maakte geen PDF.");
            }
            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            map.Delete(recursive: true);
        }
    }
}
