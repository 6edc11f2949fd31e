namespace Regiemonitor.Ingestion.Verwerking;

/// <summary>Section <c>Regiemonitor</c>: from which size an import is answered at once and imported in the background.</summary>
public sealed class VerwerkingOptions
{
    /// <summary>
    /// A realisatie file larger than this many bytes answers 202 with a status URL instead of
    /// waiting for the import: a large file takes longer than a client or proxy should wait.
    /// </summary>
    public long AsyncImportBytes { get; set; } = 5 * 1024 * 1024;
}
