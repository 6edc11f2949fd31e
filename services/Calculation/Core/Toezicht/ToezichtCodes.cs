namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// The wire codes of the toezicht enums (CSV, JSON, gRPC, database): the lower-case member
/// name, as <c>Codes</c> in the core does for <c>Niveau</c> and <c>Onderdeel</c>.
/// </summary>
public static class ToezichtCodes
{
    public static string Code(this CorrectieVeld veld) => veld.ToString().ToLowerInvariant();
    public static string Code(this ScenarioStatus status) => status.ToString().ToLowerInvariant();
    public static string Code(this Grondslag grondslag) => grondslag.ToString().ToLowerInvariant();

    public static bool TryCorrectieVeld(string code, out CorrectieVeld veld) => TryCode(code, out veld);
    public static bool TryScenarioStatus(string code, out ScenarioStatus status) => TryCode(code, out status);

    public static ScenarioStatus ParseScenarioStatus(string code) =>
        TryScenarioStatus(code, out var s) ? s : throw new FormatException($"Onbekende scenariostatus '{code}'.");

    public static string Lijst<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(w => w.ToString().ToLowerInvariant()));

    private static bool TryCode<T>(string code, out T waarde) where T : struct, Enum
    {
        foreach (var w in Enum.GetValues<T>())
            if (w.ToString().ToLowerInvariant() == code) { waarde = w; return true; }
        waarde = default;
        return false;
    }
}
