using Regiemonitor.Reporting.Exports;

namespace Regiemonitor.Reporting.Tests.Exports;

/// <summary>Tables shaped like the dashboard's gebieden table, with the awkward values in it.</summary>
internal static class Voorbeeld
{
    internal static Tabel Gebieden() => new(
        "Provincies",
        ["Gebied", "Asiel opgave", "Asiel delta", "Percentage"],
        [
            Rij("Drenthe", 5138L, -2427L, 82.6m),
            Rij("Noord; \"Oost\"", 120000L, 0L, 100m),
            Rij("'s-Gravenhage & Rijswijk", null, 558L, null),
        ]);

    internal static Tabel EenCel(object? waarde) => new("Test", ["Waarde"], [Rij(waarde)]);

    internal static IReadOnlyList<object?> Rij(params object?[] cellen) => cellen;
}
