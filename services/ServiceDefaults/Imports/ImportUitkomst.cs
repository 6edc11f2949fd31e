namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>
/// What an import did: stored a new batch, found the same content already stored, or refused
/// the file with its problems (and stored nothing).
/// </summary>
public sealed record ImportUitkomst(string? BatchId, bool Nieuw, int Rijen, IReadOnlyList<ImportFout> Fouten)
{
    public static ImportUitkomst Afgewezen(IReadOnlyList<ImportFout> fouten) => new(null, false, 0, fouten);
}
