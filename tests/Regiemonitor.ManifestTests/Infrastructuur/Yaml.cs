using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Regiemonitor.ManifestTests.Infrastructuur;

/// <summary>
/// YAML documents as <see cref="JsonNode"/> trees, typed as the YAML core schema types them: a
/// plain <c>8080</c> is a number and <c>true</c> a boolean, a quoted <c>"8080"</c> stays a string
/// (annotation values must be strings, so the difference matters).
/// </summary>
public static class Yaml
{
    public static IReadOnlyList<JsonObject> Documents(string tekst)
    {
        var stroom = new YamlStream();
        stroom.Load(new StringReader(tekst));
        return stroom.Documents.Select(d => Knoop(d.RootNode)).OfType<JsonObject>().ToList();
    }

    private static JsonNode? Knoop(YamlNode knoop) => knoop switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", Knoop(c.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(Knoop).ToArray()),
        YamlScalarNode s => Scalar(s),
        _ => throw new NotSupportedException($"YAML-knoop {knoop.NodeType} op {knoop.Start} wordt niet ondersteund."),
    };

    private static JsonNode? Scalar(YamlScalarNode s)
    {
        var waarde = s.Value ?? "";
        if (s.Style is not ScalarStyle.Plain) return JsonValue.Create(waarde);
        if (waarde is "" or "~" or "null") return null;
        if (waarde is "true") return JsonValue.Create(true);
        if (waarde is "false") return JsonValue.Create(false);
        if (long.TryParse(waarde, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var getal)) return JsonValue.Create(getal);
        return JsonValue.Create(waarde);
    }
}
