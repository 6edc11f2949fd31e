namespace Regiemonitor.FunctionalTests.Infrastructuur;

/// <summary>Where the repository and the shared fixtures are, found from the test's own location.</summary>
public static class Paden
{
    public static string Repository { get; } = Zoek();

    /// <summary>The published figures with expected results (shared/ sits beside the repository).</summary>
    public static string Fixture(string naam) => Path.Combine(Repository, "..", "shared", "fixtures", naam);

    private static string Zoek()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
            if (File.Exists(Path.Combine(map.FullName, "Regiemonitor.slnx"))) return map.FullName;
        throw new DirectoryNotFoundException("Regiemonitor.slnx niet gevonden boven " + AppContext.BaseDirectory);
    }
}
