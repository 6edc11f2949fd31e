using System.Text.Json;

namespace Regiemonitor.Reporting.Landkaarten;

/// <summary>
/// Reads the RFC 7946 FeatureCollections shipped in Referentiedata/geo. Only what the maps need
/// is read (feature id and Polygon/MultiPolygon rings); anything else in a feature is ignored.
/// </summary>
internal static class GeoJsonLezer
{
    public static IEnumerable<(string Code, Vorm Vorm)> Lees(string pad)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(pad));
        var features = document.RootElement.GetProperty("features");
        var resultaat = new List<(string, Vorm)>(features.GetArrayLength());
        foreach (var feature in features.EnumerateArray())
        {
            var code = feature.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()!
                : throw new InvalidDataException($"{pad}: a feature has no string id (the gebiedcode).");
            resultaat.Add((code, new Vorm(Ringen(feature.GetProperty("geometry"), pad, code))));
        }
        return resultaat;
    }

    private static List<double[]> Ringen(JsonElement geometrie, string pad, string code)
    {
        var coordinaten = geometrie.GetProperty("coordinates");
        var ringen = new List<double[]>();
        switch (geometrie.GetProperty("type").GetString())
        {
            case "Polygon":
                VoegPolygoonToe(coordinaten, ringen);
                break;
            case "MultiPolygon":
                foreach (var polygoon in coordinaten.EnumerateArray())
                {
                    VoegPolygoonToe(polygoon, ringen);
                }
                break;
            case var type:
                throw new InvalidDataException($"{pad}: {code} has geometry type '{type}'; expected Polygon or MultiPolygon.");
        }
        return ringen.Count > 0 ? ringen : throw new InvalidDataException($"{pad}: {code} has no rings.");
    }

    private static void VoegPolygoonToe(JsonElement polygoon, List<double[]> ringen)
    {
        foreach (var ring in polygoon.EnumerateArray())
        {
            var punten = new double[ring.GetArrayLength() * 2];
            var i = 0;
            foreach (var positie in ring.EnumerateArray())
            {
                (punten[i], punten[i + 1]) = Vorm.Projecteer(positie[0].GetDouble(), positie[1].GetDouble());
                i += 2;
            }
            if (punten.Length > 0)
            {
                ringen.Add(punten);
            }
        }
    }
}
