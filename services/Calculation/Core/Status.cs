namespace Regiemonitor.Calculation.Core;

/// <summary>The traffic light of a card (DOMAIN.md §3 step 5).</summary>
public enum Status { Groen, Oranje, Rood }

public static class StatusRegel
{
    private static readonly Breuk Drempel = new(3, 4);

    /// <summary>
    /// realisatie / schema &gt;= 1 → groen, &gt;= 0,75 → oranje, else rood; a schema of 0 is met by
    /// definition (groen). Compared exactly, so 74,99 % never becomes oranje.
    /// </summary>
    public static Status Bepaal(Breuk indicatiefSchema, Breuk realisatie)
    {
        if (indicatiefSchema == Breuk.Nul || realisatie >= indicatiefSchema) return Status.Groen;
        // Opgave values are >= 0, so the schema is positive here.
        return realisatie >= Drempel * indicatiefSchema ? Status.Oranje : Status.Rood;
    }

    public static string Code(this Status status) => status.ToString().ToLowerInvariant();
}
