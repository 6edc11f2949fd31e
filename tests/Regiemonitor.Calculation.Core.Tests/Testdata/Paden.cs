namespace Regiemonitor.Calculation.Core.Tests.Testdata;

/// <summary>
/// Locates the repository and the shared folder beside it from the test binary, so the tests read
/// the one copy of the fixtures and reference data instead of a drifting duplicate.
/// </summary>
internal static class Paden
{
    public static string Repo { get; } = ZoekRepo();

    public static string Shared => Bestaand(Path.GetFullPath(Path.Combine(Repo, "..", "shared")));

    public static string Referentiedata => Bestaand(Path.Combine(Repo, "services", "OpgaveRegistry", "Referentiedata"));

    public static string Fixture(string naam) => Bestaand(Path.Combine(Shared, "fixtures", naam));

    private static string ZoekRepo()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "Regiemonitor.slnx")) || Directory.Exists(Path.Combine(map.FullName, "services")))
                return map.FullName;
        }
        throw new DirectoryNotFoundException($"Geen repository (Regiemonitor.slnx of services/) boven {AppContext.BaseDirectory}.");
    }

    private static string Bestaand(string map) =>
        Directory.Exists(map) ? map : throw new DirectoryNotFoundException($"Map {map} bestaat niet; shared/ hoort naast de repository te staan.");
}
