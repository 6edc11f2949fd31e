using System.Globalization;
using System.Text.Json.Nodes;

namespace Regiemonitor.ManifestTests.Infrastructuur;

/// <summary>Short paths through rendered Kubernetes objects.</summary>
public static class Json
{
    public static string? Str(this JsonNode? knoop) => knoop is JsonValue v ? v.ToString() : null;

    public static string? Str(this JsonNode? knoop, string veld) => knoop?[veld].Str();

    public static IEnumerable<JsonObject> Arr(this JsonNode? knoop, string veld) =>
        (knoop?[veld] as JsonArray ?? []).OfType<JsonObject>();

    public static JsonNode? At(this JsonNode? knoop, params string[] pad)
    {
        foreach (var stap in pad) knoop = (knoop as JsonObject)?[stap];
        return knoop;
    }

    public static string? Name(this JsonObject resource) => resource.At("metadata", "name").Str();

    public static JsonObject PodSpec(this JsonObject deployment) =>
        deployment.At("spec", "template", "spec") as JsonObject ?? throw new InvalidOperationException($"Deployment {deployment.Name()} heeft geen pod spec.");

    public static IReadOnlyDictionary<string, string> PodLabels(this JsonObject deployment) =>
        (deployment.At("spec", "template", "metadata", "labels") as JsonObject ?? [])
        .ToDictionary(l => l.Key, l => l.Value.Str() ?? "", StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string?> PodAnnotations(this JsonObject deployment) =>
        (deployment.At("spec", "template", "metadata", "annotations") as JsonObject ?? [])
        .ToDictionary(a => a.Key, a => a.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.ToString() : null, StringComparer.Ordinal);

    /// <summary>The containers and init containers of a pod.</summary>
    public static IEnumerable<JsonObject> AllContainers(this JsonObject podSpec) =>
        podSpec.Arr("initContainers").Concat(podSpec.Arr("containers"));

    /// <summary>The container named after the Deployment: the Regiemonitor process itself.</summary>
    public static JsonObject AppContainer(this JsonObject deployment) =>
        deployment.PodSpec().Arr("containers").FirstOrDefault(c => c.Str("name") == deployment.Name())
        ?? throw new InvalidOperationException($"Deployment {deployment.Name()} heeft geen container '{deployment.Name()}'.");

    /// <summary>A port reference (number or name) resolved against a container's ports.</summary>
    public static long? ResolvePort(this JsonObject container, JsonNode? poort) => poort switch
    {
        JsonValue v when v.TryGetValue<long>(out var n) => container.Arr("ports").Any(p => p["containerPort"].Str() == n.ToString(CultureInfo.InvariantCulture)) ? n : null,
        JsonValue v => container.Arr("ports").FirstOrDefault(p => p.Str("name") == v.ToString())?["containerPort"]?.GetValue<long>(),
        _ => null,
    };

    public static IReadOnlyList<long> ContainerPorts(this JsonObject container) =>
        container.Arr("ports").Select(p => p["containerPort"]!.GetValue<long>()).ToList();

    /// <summary>A Kubernetes quantity (100m, 1, 256Mi, 1Gi) as a number.</summary>
    public static decimal Quantity(string tekst)
    {
        (string Achtervoegsel, decimal Factor)[] eenheden =
        [
            ("Ki", 1024m), ("Mi", 1024m * 1024), ("Gi", 1024m * 1024 * 1024), ("Ti", 1024m * 1024 * 1024 * 1024),
            ("m", 0.001m), ("k", 1e3m), ("M", 1e6m), ("G", 1e9m), ("T", 1e12m),
        ];
        foreach (var (achtervoegsel, factor) in eenheden)
            if (tekst.EndsWith(achtervoegsel, StringComparison.Ordinal))
                return decimal.Parse(tekst[..^achtervoegsel.Length], CultureInfo.InvariantCulture) * factor;
        return decimal.Parse(tekst, CultureInfo.InvariantCulture);
    }
}
