using System.Text.RegularExpressions;
using System.Xml.Linq;
using Regiemonitor.ManifestTests.Infrastructuur;

namespace Regiemonitor.ManifestTests;

/// <summary>
/// The Dockerfile of every process, read statically (no Docker engine is needed): each builds
/// from the repository root with the SDK, publishes its own project and runs it as a non-root
/// user on a runtime image with ICU.
/// </summary>
public sealed partial class DockerfileTests
{
    public static TheoryData<string> Workloads() => Workload.Names();

    private static readonly string[] RootBestanden = ["global.json", "nuget.config"];

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Dockerfile_IsMultiStage_FromTheSdkToARuntimeImage(string naam)
    {
        var docker = Lees(naam);
        Assert.True(docker.Stages.Count >= 2, $"{naam}: één stage; bouw met de SDK en draai zonder.");
        var bouw = Assert.Single(docker.Stages, s => s.All("RUN").Any(r => r.Arguments.StartsWith("dotnet publish", StringComparison.Ordinal)));
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", bouw.BaseImage);
        Assert.NotSame(bouw, docker.Final);
        Assert.DoesNotContain("/sdk:", docker.Final.BaseImage);
        Assert.Contains(docker.Final.All("COPY"), c => c.Split().Flags.GetValueOrDefault("from") == bouw.Name);
        // The .NET runtime comes from the official image: as the base, or copied onto another distribution.
        var runtime = docker.Final.BaseImage.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", StringComparison.Ordinal)
            || docker.Final.All("COPY").Any(c => c.Split().Flags.TryGetValue("from", out var van)
                && docker.Stages.Any(s => s.Name == van && s.BaseImage.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", StringComparison.Ordinal))
                && c.Arguments.Contains("/usr/share/dotnet", StringComparison.Ordinal));
        Assert.True(runtime, $"{naam}: de laatste stage heeft geen ASP.NET Core 10-runtime.");
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Dockerfile_RunsAsANumericNonRootUser(string naam)
    {
        var user = Lees(naam).Final.User();
        Assert.True(user is not null, $"{naam}: de laatste stage heeft geen USER en draait dus als root.");
        // Numeric, so the kubelet can verify runAsNonRoot without reading /etc/passwd.
        Assert.True(long.TryParse(user, out var uid) && uid > 0, $"{naam}: USER '{user}' is geen numerieke UID boven 0.");
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Dockerfile_PublishesTheWorkloadsProject_AndStartsItsAssembly(string naam)
    {
        var workload = Workload.Named(naam);
        var docker = Lees(naam);
        var publish = docker.Instructions.Single(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet publish", StringComparison.Ordinal));
        var project = publish.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2];
        Assert.Equal(workload.Project, project);
        Assert.True(File.Exists(Repository.Pad(project)), $"{naam}: {project} bestaat niet.");
        var assembly = XDocument.Load(Repository.Pad(project)).Descendants("AssemblyName").FirstOrDefault()?.Value
            ?? Path.GetFileNameWithoutExtension(project);
        var entrypoint = Assert.Single(docker.Final.All("ENTRYPOINT")).Arguments;
        Assert.Equal($"[\"dotnet\", \"{assembly}.dll\"]", entrypoint);
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Dockerfile_CopiesEveryProjectAndBuildFileTheBuildNeeds(string naam)
    {
        var workload = Workload.Named(naam);
        var docker = Lees(naam);
        var bouw = docker.Stages.Single(s => s.All("RUN").Any(r => r.Arguments.StartsWith("dotnet publish", StringComparison.Ordinal)));
        var instructies = bouw.Instructions.ToList();
        int Index(string begin) => instructies.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith(begin, StringComparison.Ordinal));
        var restore = Index("dotnet restore") is >= 0 and var r ? r : Index("dotnet publish");
        var publish = Index("dotnet publish");

        // Every COPY from the build context names something that exists (the context is the repository root).
        var kopieen = instructies.Select((i, n) => (i, n)).Where(x => x.i.Keyword is "COPY" or "ADD" && !x.i.Split().Flags.ContainsKey("from"))
            .SelectMany(x => x.i.Split().Words.SkipLast(1).Select(bron => (Bron: bron.TrimEnd('/'), Index: x.n))).ToList();
        foreach (var (bron, _) in kopieen)
            Assert.True(File.Exists(Repository.Pad(bron)) || Directory.Exists(Repository.Pad(bron)), $"{naam}: COPY {bron} bestaat niet in de repository.");
        bool Gekopieerd(string pad, int voor) => kopieen.Any(k => k.Index < voor && (k.Bron == pad || pad.StartsWith(k.Bron + "/", StringComparison.Ordinal)));

        var projecten = Projecten(workload.Project);
        var bouwbestanden = RootBestanden.Concat(projecten.SelectMany(Bouwbestanden)).Distinct().ToList();
        foreach (var b in bouwbestanden)
            Assert.True(Gekopieerd(b, restore), $"{naam}: {b} wordt niet vóór de restore gekopieerd.");
        foreach (var p in projecten)
        {
            Assert.True(Gekopieerd(p, restore), $"{naam}: {p} wordt niet vóór de restore gekopieerd.");
            Assert.True(Gekopieerd(p[..p.LastIndexOf('/')], publish), $"{naam}: de map van {p} wordt niet vóór de publish gekopieerd.");
        }
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Dockerfile_KeepsSecretsOut(string naam)
    {
        var docker = Lees(naam);
        foreach (var i in docker.Instructions.Where(i => i.Keyword is "ARG" or "ENV"))
            foreach (var woord in i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                Assert.False(Secrets.Gevoelig().IsMatch(woord.Split('=')[0]), $"{naam}:{i.Line}: {i.Keyword} {woord} zet een geheim in het image.");
        foreach (var i in docker.Instructions.Where(i => i.Keyword is "COPY" or "ADD"))
            Assert.False(GeheimBestand().IsMatch(i.Arguments), $"{naam}:{i.Line}: {i.Keyword} {i.Arguments} kopieert een sleutel of geheim.");
        Assert.DoesNotContain(docker.Instructions, i => i.Keyword == "ADD" && i.Arguments.Contains("://", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Dockerfile_KeepsIcuAndTimeZonesForDutchFormatting(string naam)
    {
        var final = Lees(naam).Final;
        Assert.Equal("false", final.Environment().GetValueOrDefault("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"));
        // The full Ubuntu aspnet image carries libicu and tzdata; chiseled, distroless and Alpine do not.
        var volledig = final.BaseImage.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", StringComparison.Ordinal)
            && !Regex.IsMatch(final.BaseImage, "chiseled|distroless|alpine");
        if (!volledig)
        {
            var apt = string.Join(' ', final.All("RUN").Select(r => r.Arguments));
            Assert.Matches(@"\blibicu\d+\b", apt);
            Assert.Matches(@"\btzdata\b", apt);
        }
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Dockerfile_ExposesTheKestrelPortOfItsImage(string naam)
    {
        var final = Lees(naam).Final;
        var urls = final.Environment().GetValueOrDefault("ASPNETCORE_URLS");
        Assert.False(string.IsNullOrEmpty(urls), $"{naam}: het image zet ASPNETCORE_URLS niet.");
        var poorten = urls.Split(';').Select(u => new Uri(u.Replace("+", "0.0.0.0", StringComparison.Ordinal)).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(poorten.Order(), final.All("EXPOSE").SelectMany(e => e.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Order());
    }

    [Fact]
    public void Dockerfile_OfThePdfPrinter_InstallsChromiumAndFonts()
    {
        foreach (var w in Workload.All.Where(w => w.PrintsPdf))
        {
            var final = Lees(w.Name).Final;
            var apt = string.Join(' ', final.All("RUN").Select(r => r.Arguments));
            Assert.Matches(@"apt-get install[^&]*\bchromium\b", apt);
            Assert.Matches(@"\bfonts-[a-z-]+\b", apt);
            Assert.Equal("/usr/bin/chromium", final.Environment().GetValueOrDefault("Regiemonitor__Pdf__Chromium"));
        }
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputGitAndKeysOutOfTheContext()
    {
        var regels = File.ReadAllLines(Repository.Pad(".dockerignore")).Select(r => r.Trim()).ToHashSet();
        Assert.Subset(regels, new HashSet<string> { "**/bin/", "**/obj/", ".git/", "**/*.pem" });
    }

    [Fact]
    public void Workloads_CoverEveryWebProject_AndKnowWhichSpeakHttp2Only()
    {
        var webProjecten = new[] { "services", "gateway" }
            .SelectMany(m => Directory.EnumerateFiles(Repository.Pad(m), "*.csproj", SearchOption.AllDirectories))
            .Where(p => XDocument.Load(p).Root?.Attribute("Sdk")?.Value == "Microsoft.NET.Sdk.Web")
            .Select(Repository.Relatief).Order(StringComparer.Ordinal);
        Assert.Equal(webProjecten, Workload.All.Select(w => w.Project).Order(StringComparer.Ordinal));
        foreach (var w in Workload.All)
        {
            var program = File.ReadAllText(Repository.Pad(w.ProjectDirectory + "/Program.cs"));
            Assert.True(program.Contains("AddBackendDefaults", StringComparison.Ordinal) == w.Http2Only,
                $"{w.Name}: Http2Only={w.Http2Only}, maar Program.cs {(w.Http2Only ? "roept AddBackendDefaults niet aan" : "roept AddBackendDefaults aan")}.");
        }
    }

    /// <summary>The project and every project it references, transitively, repository-relative.</summary>
    private static IReadOnlyList<string> Projecten(string project)
    {
        var gezien = new SortedSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>([project]);
        while (todo.TryPop(out var p))
        {
            if (!gezien.Add(p)) continue;
            var map = Path.GetDirectoryName(Repository.Pad(p))!;
            foreach (var r in XDocument.Load(Repository.Pad(p)).Descendants("ProjectReference"))
                todo.Push(Repository.Relatief(Path.GetFullPath(Path.Combine(map, r.Attribute("Include")!.Value.Replace('\\', '/')))));
        }
        return gezien.ToList();
    }

    /// <summary>Directory.Build.* and Directory.Packages.props that MSBuild imports for a project, from its folder up to the root.</summary>
    private static IEnumerable<string> Bouwbestanden(string project)
    {
        for (var map = Path.GetDirectoryName(Repository.Pad(project)); map is not null && map.StartsWith(Repository.Root, StringComparison.Ordinal); map = Path.GetDirectoryName(map))
            foreach (var naam in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
                if (File.Exists(Path.Combine(map, naam)))
                    yield return Repository.Relatief(Path.Combine(map, naam));
    }

    [GeneratedRegex(@"\.(pem|key|pfx|p12|crt)\b|(^|[\s/])\.env\b|secrets?\.json", RegexOptions.IgnoreCase)]
    private static partial Regex GeheimBestand();

    private static Dockerfile Lees(string naam)
    {
        var pad = Repository.Pad(Workload.Named(naam).Dockerfile);
        Assert.True(File.Exists(pad), $"{naam}: {Workload.Named(naam).Dockerfile} bestaat niet.");
        return Dockerfile.Read(pad);
    }
}
