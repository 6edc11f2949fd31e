using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;

namespace Regiemonitor.ManifestTests.Infrastructuur;

/// <summary>
/// Renders an overlay under <c>k8s/overlays</c> with <c>kubectl kustomize</c> (offline), once per
/// test run. Without kubectl every manifest test fails with a message that says so: a missing
/// tool must never turn into skipped (and so silently passing) checks.
/// </summary>
public static class Kustomize
{
    private static readonly ConcurrentDictionary<string, Lazy<Manifest>> Gerenderd = new();

    /// <summary>The overlays as folders on disk, so test cases exist even when rendering fails.</summary>
    public static IReadOnlyList<string> Overlays { get; } =
        Directory.GetDirectories(Repository.Pad("k8s/overlays")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static Manifest Render(string overlay) =>
        Gerenderd.GetOrAdd(overlay, o => new Lazy<Manifest>(() => new Manifest(o, Yaml.Documents(Kubectl("kustomize", Repository.Pad($"k8s/overlays/{o}")))))).Value;

    public static TheoryData<string> OverlayData()
    {
        var data = new TheoryData<string>();
        foreach (var o in Overlays) data.Add(o);
        return data;
    }

    /// <summary>Every overlay with every workload: one test case per Deployment per overlay.</summary>
    public static TheoryData<string, string> DeploymentData()
    {
        var data = new TheoryData<string, string>();
        foreach (var o in Overlays)
            foreach (var w in Workload.All)
                data.Add(o, w.Name);
        return data;
    }

    private static string Kubectl(params string[] argumenten)
    {
        var info = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in argumenten) info.ArgumentList.Add(a);
        Process proces;
        try
        {
            proces = Process.Start(info) ?? throw new InvalidOperationException("kubectl startte niet.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                "kubectl is not on PATH. The manifest tests render every overlay under k8s/overlays with " +
                "`kubectl kustomize` (kustomize is built into kubectl; no cluster is needed): install kubectl and run the tests again.", e);
        }
        using (proces)
        {
            var uitvoer = proces.StandardOutput.ReadToEndAsync();
            var fouten = proces.StandardError.ReadToEndAsync();
            if (!proces.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                proces.Kill(entireProcessTree: true);
                throw new TimeoutException($"kubectl {string.Join(' ', argumenten)} duurde langer dan 2 minuten.");
            }
            if (proces.ExitCode != 0)
                throw new InvalidOperationException($"kubectl {string.Join(' ', argumenten)} faalde (code {proces.ExitCode}):\n{fouten.Result}");
            return uitvoer.Result;
        }
    }
}
