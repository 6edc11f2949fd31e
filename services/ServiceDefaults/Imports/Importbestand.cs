using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>
/// An uploaded import file, CSV or Excel workbook, and the one way every import reads it
/// (<see cref="Lees"/>). The upload is spooled to a temporary file in the data directory instead
/// of memory: a workbook must be seekable to be read (its directory is at the end), and a large
/// CSV should cost disk, not the service's memory. The file is deleted when this is disposed,
/// whatever happened in between.
/// </summary>
public sealed class Importbestand : IAsyncDisposable, IDisposable
{
    private const int Blok = 81920;
    private readonly Stream _inhoud;

    private Importbestand(Stream inhoud, string? contentType, string? blad)
    {
        _inhoud = inhoud;
        GevraagdBlad = string.IsNullOrWhiteSpace(blad) ? null : blad;
        Span<byte> begin = stackalloc byte[4];
        inhoud.Position = 0;
        IsWerkmap = IsWerkmapFormaat(contentType, begin[..inhoud.ReadAtLeast(begin, begin.Length, throwOnEndOfStream: false)]);
    }

    /// <summary>The sheet asked for with <c>?blad=</c>; null for the first.</summary>
    public string? GevraagdBlad { get; }

    public bool IsWerkmap { get; }

    /// <summary>The sheet <see cref="Lees"/> read; null for CSV or a workbook that could not be opened.</summary>
    public string? Blad { get; private set; }

    /// <summary>
    /// A workbook when the Content-Type says so or the body starts like a ZIP package (how every
    /// .xlsx starts); anything else is read as CSV. The bytes decide too because people post a
    /// workbook with whatever Content-Type their tool sends.
    /// </summary>
    public static bool IsWerkmapFormaat(string? contentType, ReadOnlySpan<byte> begin) =>
        contentType?.StartsWith(XlsxTabel.ContentType, StringComparison.OrdinalIgnoreCase) == true || XlsxTabel.IsWerkmap(begin);

    /// <summary>
    /// Spools the request body (within <see cref="OpslagOptions.MaxImportBytes"/>) to a temporary
    /// file; null when it is larger. <c>?blad=</c> names the sheet of a workbook.
    /// </summary>
    public static async Task<Importbestand?> Ontvang(HttpRequest request, OpslagOptions opslag, CancellationToken ct)
    {
        var max = opslag.MaxImportBytes;
        if (request.ContentLength > max) return null;
        // The limit is enforced below; Kestrel's own default (30 MB) would otherwise cut off an upload the configured limit allows.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } grens) grens.MaxRequestBodySize = null;

        var map = Path.Combine(opslag.DataDir, "uploads");
        Directory.CreateDirectory(map);
        // DeleteOnClose: the file goes when the stream is disposed, on success, refusal or exception alike.
        var bestand = new FileStream(Path.Combine(map, $"import-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, Blok, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var blok = new byte[Blok];
            int gelezen;
            while ((gelezen = await request.Body.ReadAsync(blok, ct)) > 0)
            {
                if (bestand.Length + gelezen > max)
                {
                    await bestand.DisposeAsync();
                    return null;
                }
                await bestand.WriteAsync(blok.AsMemory(0, gelezen), ct);
            }
            await bestand.FlushAsync(ct);
            return new Importbestand(bestand, request.ContentType, request.Query["blad"]);
        }
        catch
        {
            await bestand.DisposeAsync();
            throw;
        }
    }

    /// <summary>The size of the upload in bytes.</summary>
    public long Lengte => _inhoud.Length;

    /// <summary>
    /// Keeps a copy of the upload at <paramref name="pad"/>, on disk before this returns, for work
    /// that outlives the request (the spool file itself goes when this is disposed). Written under
    /// a <c>.deel</c> name first, so a crash never leaves a half file under the final name.
    /// </summary>
    public async Task BewaarAls(string pad, CancellationToken ct)
    {
        var deel = pad + ".deel";
        await using (var doel = new FileStream(deel, FileMode.CreateNew, FileAccess.Write, FileShare.None, Blok, FileOptions.Asynchronous))
        {
            _inhoud.Position = 0;
            await _inhoud.CopyToAsync(doel, ct);
            doel.Flush(flushToDisk: true);
        }
        File.Move(deel, pad);
    }

    /// <summary>A file kept with <see cref="BewaarAls"/>, read as it was received; the caller deletes it.</summary>
    public static Importbestand Open(string pad, bool werkmap, string? blad) =>
        new(new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.Read, Blok, FileOptions.Asynchronous),
            werkmap ? XlsxTabel.ContentType : null, blad);

    /// <summary>A file already in memory (tests, callers that hold bytes).</summary>
    public static Importbestand Van(byte[] inhoud, string? contentType = null, string? blad = null) =>
        new(new MemoryStream(inhoud, writable: false), contentType, blad);

    /// <summary>The contract's table: rows with their line (CSV) or spreadsheet row (XLSX), and every problem found reading it.</summary>
    public (IReadOnlyList<CsvRegel> Regels, IReadOnlyList<ImportFout> Fouten) Lees(IReadOnlyList<string> kolommen)
    {
        _inhoud.Position = 0;
        if (!IsWerkmap) return CsvTabel.Lees(_inhoud, kolommen);
        var (regels, fouten, blad) = XlsxTabel.LeesBlad(_inhoud, kolommen, GevraagdBlad);
        Blad = blad;
        return (regels, MetBlad(fouten));
    }

    /// <summary>
    /// Streams the contract's table to <paramref name="perRegel"/>, row by row, for imports too large
    /// to hold as parsed text. The problems come with their sheet already (<see cref="MetBlad"/>).
    /// </summary>
    public Leesuitkomst Lees(IReadOnlyList<string> kolommen, Action<CsvRegel> perRegel)
    {
        _inhoud.Position = 0;
        if (!IsWerkmap) return CsvTabel.Lees(_inhoud, kolommen, perRegel);
        var (uitkomst, blad) = XlsxTabel.LeesBlad(_inhoud, kolommen, GevraagdBlad, perRegel);
        Blad = blad;
        return uitkomst with { Fouten = MetBlad(uitkomst.Fouten) };
    }

    /// <summary>
    /// The problems with the sheet they are on: a row number alone does not say where in a
    /// workbook. Problems outside the file (regel 0, query parameters) stay without one.
    /// </summary>
    public IReadOnlyList<ImportFout> MetBlad(IReadOnlyList<ImportFout> fouten) =>
        Blad is null ? fouten : [.. fouten.Select(f => f.Regel > 0 && f.Blad is null ? f with { Blad = Blad } : f)];

    public ValueTask DisposeAsync() => _inhoud.DisposeAsync();

    public void Dispose() => _inhoud.Dispose();
}
