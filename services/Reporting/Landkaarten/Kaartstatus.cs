namespace Regiemonitor.Reporting.Landkaarten;

/// <summary>
/// The status classes a map and its legend share, so the page's CSS colours both alike and the
/// legend can never describe a class the map does not use.
/// </summary>
internal static class Kaartstatus
{
    public const string Onbekend = "onbekend";

    /// <summary>Thresholds as in DOMAIN §5 (realisatie / indicatief schema ≥ 1,00 and ≥ 0,75).</summary>
    public static readonly IReadOnlyList<(string Klasse, string Label)> Legenda =
    [
        ("groen", "Op of boven schema"),
        ("oranje", "Minstens 75 % van schema"),
        ("rood", "Onder 75 % van schema"),
        (Onbekend, "Geen gegevens"),
    ];

    /// <summary>
    /// Rejects unknown statuses instead of showing them as "geen gegevens": a typo upstream would
    /// otherwise silently turn a red area grey.
    /// </summary>
    public static string Klasse(Vlak vlak) => vlak.Status switch
    {
        null => Onbekend,
        "groen" or "oranje" or "rood" => vlak.Status,
        _ => throw new ArgumentException(
            $"Vlak {vlak.Gebiedcode} has status '{vlak.Status}'; expected groen, oranje, rood or null.", nameof(vlak)),
    };
}
