namespace Regiemonitor.Ingestion.Verwerking;

/// <summary>The states of an <see cref="ImportVerwerking"/>: the same words the API answers.</summary>
public static class VerwerkingStatus
{
    public const string Verwerken = "verwerken";
    public const string Geaccepteerd = "geaccepteerd";
    public const string Afgewezen = "afgewezen";
}

/// <summary>
/// A large realisatie import received and answered with 202: who sent it and why, how to read the
/// kept file again (<see cref="Werkmap"/>, <see cref="Blad"/>), and once it is done its outcome as
/// the synchronous answer would have given it (<see cref="Uitkomst"/>, a JSON object).
/// </summary>
public sealed record ImportVerwerking(
    string Id, string Status, DateTimeOffset OntvangenOp, string Door, string? Reden, bool Werkmap, string? Blad,
    DateTimeOffset? AfgerondOp = null, string? Uitkomst = null)
{
    public string StatusUrl => $"/api/v1/imports/realisatie/verwerkingen/{Id}";
}
