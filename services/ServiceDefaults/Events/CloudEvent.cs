using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regiemonitor.ServiceDefaults.Events;

/// <summary>
/// A CloudEvents 1.0 envelope in structured JSON mode: the form Dapr pub/sub sends and accepts,
/// and the form the embedded transport posts, so a subscriber handles both alike.
/// </summary>
/// <param name="Id">
/// Derived from the batch the event announces (<see cref="IdVoor"/>), never random: a
/// re-publication after a crash carries the same id, so a subscriber recognises it.
/// </param>
public sealed record CloudEvent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("data")] JsonElement Data)
{
    /// <summary>The media type of a whole event as the HTTP body (structured content mode).</summary>
    public const string MediaType = "application/cloudevents+json";

    [JsonPropertyName("specversion")]
    public string SpecVersion { get; init; } = "1.0";

    [JsonPropertyName("datacontenttype")]
    public string DataContentType { get; init; } = "application/json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>An event of <paramref name="topic"/> about <paramref name="batchId"/>, with its type and id following from both.</summary>
    public static CloudEvent Voor(string topic, string source, string batchId, DateTimeOffset tijdstip, object data) =>
        new(IdVoor(topic, batchId), source, Topics.Type(topic), tijdstip, JsonSerializer.SerializeToElement(data, Json));

    public static string IdVoor(string topic, string batchId) => $"{topic}:{batchId}";

    public string NaarJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>
    /// Reads a structured CloudEvent (extra attributes such as Dapr's <c>topic</c> or
    /// <c>traceparent</c> are ignored); null when the text is not one, with the reason.
    /// </summary>
    public static CloudEvent? Lees(string tekst, out string? reden)
    {
        CloudEvent? e;
        try { e = JsonSerializer.Deserialize<CloudEvent>(tekst, Json); }
        catch (JsonException ex)
        {
            reden = "geen geldige JSON: " + ex.Message;
            return null;
        }
        reden = e switch
        {
            null => "leeg bericht",
            { SpecVersion: not "1.0" } => $"specversion '{e.SpecVersion}' wordt niet ondersteund (verwacht 1.0)",
            _ when string.IsNullOrEmpty(e.Id) || string.IsNullOrEmpty(e.Source) || string.IsNullOrEmpty(e.Type) =>
                "id, source en type zijn verplicht",
            _ => null,
        };
        return reden is null ? e : null;
    }
}

/// <summary>The topics Regiemonitor publishes, and the CloudEvents type of each.</summary>
public static class Topics
{
    /// <summary>Ingestion stored a new realisatie batch.</summary>
    public const string RealisatieGeimporteerd = "realisatie-geimporteerd";

    /// <summary>The registry stored a new opgave batch.</summary>
    public const string OpgaveGewijzigd = "opgave-gewijzigd";

    public static readonly IReadOnlyList<string> Alle = [RealisatieGeimporteerd, OpgaveGewijzigd];

    /// <summary>Reverse-DNS and versioned, so a changed data shape gets a new type instead of surprising subscribers.</summary>
    public static string Type(string topic) => $"nl.regiemonitor.{topic}.v1";
}
