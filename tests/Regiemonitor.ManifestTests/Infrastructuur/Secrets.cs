using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Regiemonitor.ManifestTests.Infrastructuur;

/// <summary>
/// Secrets are never rendered: the platform team creates them (README, "Kubernetes") and the
/// manifests only name them. "A referenced Secret exists" therefore means: it is documented.
/// </summary>
public static partial class Secrets
{
    /// <summary>Setting names whose value is a credential; a *File or *Kid setting only points at one.</summary>
    [GeneratedRegex("(^|__)(AdminKey|ApiKey|ApiKeyHash|Password|Secret|Token|PrivateKeyPem|ConnectionStrings__.+)$|(?i:password|secret|_token$|connection-?string)", RegexOptions.CultureInvariant)]
    public static partial Regex Gevoelig();

    /// <summary>Every Secret an overlay refers to, with where.</summary>
    public static IReadOnlyList<(string Naam, string Waar)> Referenced(Manifest manifest)
    {
        var lijst = new List<(string, string)>();
        foreach (var d in manifest.OfKind("Deployment"))
        {
            var pod = d.PodSpec();
            foreach (var c in pod.AllContainers())
            {
                foreach (var e in c.Arr("envFrom").Select(e => e["secretRef"]).OfType<JsonObject>())
                    lijst.Add((e.Str("name")!, $"Deployment {d.Name()} envFrom"));
                foreach (var e in c.Arr("env"))
                    if (e.At("valueFrom", "secretKeyRef") is JsonObject s)
                        lijst.Add((s.Str("name")!, $"Deployment {d.Name()} env {e.Str("name")}"));
            }
            foreach (var v in pod.Arr("volumes"))
            {
                if (v.At("secret", "secretName").Str() is { } naam) lijst.Add((naam, $"Deployment {d.Name()} volume {v.Str("name")}"));
                foreach (var bron in v.At("projected") is JsonObject p ? p.Arr("sources") : [])
                    if (bron.At("secret", "name").Str() is { } n) lijst.Add((n, $"Deployment {d.Name()} volume {v.Str("name")}"));
            }
        }
        foreach (var i in manifest.OfKind("Ingress"))
            foreach (var tls in i.At("spec").Arr("tls"))
                if (tls.Str("secretName") is { } naam) lijst.Add((naam, $"Ingress {i.Name()} tls"));
        foreach (var component in manifest.OfKind("Component"))
            foreach (var m in component.At("spec").Arr("metadata"))
                if (m.At("secretKeyRef", "name").Str() is { } naam) lijst.Add((naam, $"Dapr Component {component.Name()} {m.Str("name")}"));
        return lijst;
    }

    /// <summary>The text the platform team follows: the Kubernetes section, wherever it lives.</summary>
    public static string Documentation { get; } = string.Join("\n",
        new[] { "k8s/README.md", "README.md" }.Select(Repository.Pad).Where(File.Exists).Select(File.ReadAllText));

    public static bool IsDocumented(string naam) => Documentation.Contains($"`{naam}`", StringComparison.Ordinal);
}
