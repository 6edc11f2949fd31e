using System.Text.Json.Nodes;

namespace Regiemonitor.ManifestTests.Infrastructuur;

/// <summary>The resources of one rendered overlay, with the look-ups the checks share.</summary>
public sealed class Manifest(string overlay, IReadOnlyList<JsonObject> resources)
{
    public string Overlay => overlay;

    public IReadOnlyList<JsonObject> Resources => resources;

    public IEnumerable<JsonObject> OfKind(string kind) => resources.Where(r => r.Str("kind") == kind);

    public JsonObject? Find(string kind, string name) => OfKind(kind).FirstOrDefault(r => r.Name() == name);

    public JsonObject Deployment(string name) =>
        Find("Deployment", name) ?? throw new InvalidOperationException($"Overlay '{overlay}' rendert geen Deployment '{name}'.");

    /// <summary>The Deployments whose pods a label selector (matchLabels/matchExpressions) selects.</summary>
    public IEnumerable<JsonObject> DeploymentsSelectedBy(JsonNode? selector) =>
        OfKind("Deployment").Where(d => Labels.Matches(selector, d.PodLabels()));

    /// <summary>
    /// The environment a container starts with: envFrom in order, then env, later entries winning
    /// (as the kubelet does). Values from Secrets are not known here, only where they come from.
    /// </summary>
    public IReadOnlyDictionary<string, EnvVar> Environment(JsonObject container)
    {
        var env = new Dictionary<string, EnvVar>(StringComparer.Ordinal);
        foreach (var bron in container.Arr("envFrom"))
        {
            var prefix = bron.Str("prefix") ?? "";
            if (bron["configMapRef"] is JsonObject cm)
            {
                var data = Find("ConfigMap", cm.Str("name")!)?["data"] as JsonObject;
                foreach (var (k, v) in data ?? [])
                    env[prefix + k] = new EnvVar(v.Str(), $"ConfigMap {cm.Str("name")}");
            }
            if (bron["secretRef"] is JsonObject s)
                env[$"{prefix}<secret {s.Str("name")}>"] = new EnvVar(null, $"Secret {s.Str("name")}");
        }
        foreach (var e in container.Arr("env"))
        {
            var naam = e.Str("name")!;
            env[naam] = e["valueFrom"] switch
            {
                JsonObject { } vf when vf["secretKeyRef"] is JsonObject s => new EnvVar(null, $"Secret {s.Str("name")}"),
                JsonObject { } vf when vf["configMapKeyRef"] is JsonObject c =>
                    new EnvVar((Find("ConfigMap", c.Str("name")!)?["data"] as JsonObject)?[c.Str("key")!].Str(), $"ConfigMap {c.Str("name")}"),
                JsonObject => new EnvVar(null, "valueFrom"),
                _ => new EnvVar(e.Str("value") ?? "", "literal"),
            };
        }
        return env;
    }
}

/// <summary>An environment variable's value (null when it comes from a Secret or the downward API) and its source.</summary>
public sealed record EnvVar(string? Value, string Source)
{
    public bool FromSecret => Source.StartsWith("Secret ", StringComparison.Ordinal);
}

/// <summary>Kubernetes label selectors.</summary>
public static class Labels
{
    /// <summary>Whether a selector selects the labels. A missing selector selects nothing, an empty one everything.</summary>
    public static bool Matches(JsonNode? selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector is not JsonObject s) return false;
        // A Service's selector is a plain map; a LabelSelector has matchLabels/matchExpressions.
        var alsMap = s.ContainsKey("matchLabels") || s.ContainsKey("matchExpressions") ? s["matchLabels"] as JsonObject : s;
        foreach (var (k, v) in alsMap ?? [])
            if (!labels.TryGetValue(k, out var w) || w != v.Str()) return false;
        foreach (var e in s.Arr("matchExpressions"))
        {
            var sleutel = e.Str("key")!;
            var waarden = e.Arr("values").Select(v => v.Str()).ToHashSet();
            var heeft = labels.TryGetValue(sleutel, out var waarde);
            var past = e.Str("operator") switch
            {
                "In" => heeft && waarden.Contains(waarde),
                "NotIn" => !heeft || !waarden.Contains(waarde),
                "Exists" => heeft,
                "DoesNotExist" => !heeft,
                var op => throw new NotSupportedException($"Selector-operator '{op}'."),
            };
            if (!past) return false;
        }
        return true;
    }
}
