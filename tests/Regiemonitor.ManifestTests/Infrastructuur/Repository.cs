namespace Regiemonitor.ManifestTests.Infrastructuur;

/// <summary>The repository root (the folder with Regiemonitor.slnx), found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = Vind();

    /// <summary>A repository-relative path (forward slashes) as a full path.</summary>
    public static string Pad(string relatief) => Path.Combine(Root, relatief.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>A full path inside the repository as a repository-relative path with forward slashes.</summary>
    public static string Relatief(string pad) => Path.GetRelativePath(Root, pad).Replace(Path.DirectorySeparatorChar, '/');

    private static string Vind()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
            if (File.Exists(Path.Combine(map.FullName, "Regiemonitor.slnx")))
                return map.FullName;
        throw new InvalidOperationException($"Regiemonitor.slnx niet gevonden boven {AppContext.BaseDirectory}.");
    }
}
