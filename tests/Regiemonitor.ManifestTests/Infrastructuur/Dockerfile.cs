using System.Text.RegularExpressions;

namespace Regiemonitor.ManifestTests.Infrastructuur;

/// <summary>One instruction, its continuation lines joined.</summary>
public sealed record Instruction(string Keyword, string Arguments, int Line)
{
    /// <summary>The arguments split on white space, with the leading <c>--flag=value</c> options apart.</summary>
    public (IReadOnlyDictionary<string, string> Flags, IReadOnlyList<string> Words) Split()
    {
        var woorden = Arguments.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var vlaggen = new Dictionary<string, string>(StringComparer.Ordinal);
        while (woorden.Count > 0 && woorden[0].StartsWith("--", StringComparison.Ordinal))
        {
            var deel = woorden[0][2..].Split('=', 2);
            vlaggen[deel[0]] = deel.Length > 1 ? deel[1] : "";
            woorden.RemoveAt(0);
        }
        return (vlaggen, woorden);
    }
}

/// <summary>A build stage: <c>FROM image [AS name]</c> and what follows it.</summary>
public sealed partial record Stage(string BaseImage, string? Name, IReadOnlyList<Instruction> Instructions)
{
    /// <summary>The environment variables an image's own definition sets that Dockerfiles build on.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> BasisOmgeving = new(StringComparer.Ordinal)
    {
        ["mcr.microsoft.com/dotnet/aspnet"] = new() { ["APP_UID"] = "1654", ["ASPNETCORE_HTTP_PORTS"] = "8080" },
        ["mcr.microsoft.com/dotnet/sdk"] = new() { ["APP_UID"] = "1654" },
    };

    public IEnumerable<Instruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    /// <summary>ENV of the base image (where known) and of this stage, later settings winning.</summary>
    public IReadOnlyDictionary<string, string> Environment()
    {
        var env = new Dictionary<string, string>(
            BasisOmgeving.GetValueOrDefault(BaseImage.Split(':')[0]) ?? [], StringComparer.Ordinal);
        foreach (var i in All("ENV"))
        {
            var woorden = i.Arguments.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (woorden.Length > 0 && !woorden[0].Contains('=')) { env[woorden[0]] = string.Join(' ', woorden.Skip(1)); continue; }
            foreach (var w in woorden)
            {
                var deel = w.Split('=', 2);
                env[deel[0]] = Expand(deel[1].Trim('"'), env);
            }
        }
        return env;
    }

    /// <summary>The user the stage ends with, <c>$VAR</c> and <c>${VAR}</c> expanded; null without USER.</summary>
    public string? User() => All("USER").LastOrDefault() is { } u ? Expand(u.Arguments.Trim(), Environment()).Split(':')[0] : null;

    public static string Expand(string tekst, IReadOnlyDictionary<string, string> env) =>
        Variabele().Replace(tekst, m => env.GetValueOrDefault(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) ?? m.Value);

    [GeneratedRegex(@"\$\{(\w+)\}|\$(\w+)")]
    private static partial Regex Variabele();
}

/// <summary>A Dockerfile read into stages: enough to check its shape, not to build it.</summary>
public sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<Stage> stages) => Stages = stages;

    public IReadOnlyList<Stage> Stages { get; }

    public Stage Final => Stages[^1];

    public IEnumerable<Instruction> Instructions => Stages.SelectMany(s => s.Instructions);

    public static Dockerfile Read(string pad)
    {
        var stages = new List<Stage>();
        (string Basis, string? Naam)? huidig = null;
        var instructies = new List<Instruction>();
        foreach (var instructie in Instructies(File.ReadAllLines(pad)))
        {
            if (instructie.Keyword == "FROM")
            {
                if (huidig is { } h) stages.Add(new Stage(h.Basis, h.Naam, instructies));
                var (_, woorden) = instructie.Split();
                huidig = (woorden[0], woorden.Count >= 3 && woorden[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? woorden[2] : null);
                instructies = [];
            }
            else if (huidig is null) throw new InvalidOperationException($"{pad}:{instructie.Line}: {instructie.Keyword} voor de eerste FROM.");
            else instructies.Add(instructie);
        }
        if (huidig is { } laatste) stages.Add(new Stage(laatste.Basis, laatste.Naam, instructies));
        if (stages.Count == 0) throw new InvalidOperationException($"{pad} heeft geen FROM.");
        return new Dockerfile(stages);
    }

    private static IEnumerable<Instruction> Instructies(string[] regels)
    {
        var tekst = "";
        var begin = 0;
        for (var i = 0; i < regels.Length; i++)
        {
            var regel = regels[i].Trim();
            // Comments (and parser directives) are dropped, also between continuation lines.
            if (regel.StartsWith('#') || regel.Length == 0 && tekst.Length == 0) continue;
            if (tekst.Length == 0) begin = i + 1;
            if (regel.EndsWith('\\')) { tekst += regel[..^1] + " "; continue; }
            tekst += regel;
            if (tekst.Trim().Length == 0) { tekst = ""; continue; }
            var deel = tekst.Trim().Split((char[])[' ', '\t'], 2);
            yield return new Instruction(deel[0].ToUpperInvariant(), deel.Length > 1 ? deel[1].Trim() : "", begin);
            tekst = "";
        }
    }
}
