using System.Text.Json;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// A small JSON request body read as one line (regel 1) whose columns are its properties, so
/// the field checks of the CSV imports apply unchanged and a wrong value gets the same message
/// whether it came from a file or a form. Reading by hand rather than by model binding means a
/// wrong type is one listed problem, not an opaque 400.
/// </summary>
public static class JsonVerzoek
{
    /// <summary>The body as a line with <paramref name="velden"/> as columns; null (with the problems added) when it is no JSON object.</summary>
    public static CsvRegel? Lees(byte[] inhoud, IReadOnlyList<string> velden, List<ImportFout> fouten)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(inhoud); }
        catch (JsonException)
        {
            fouten.Add(new ImportFout(1, null, $"De body is geen geldige JSON; verwacht een object met {string.Join(", ", velden)}."));
            return null;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                fouten.Add(new ImportFout(1, null, $"De body is geen JSON-object; verwacht een object met {string.Join(", ", velden)}."));
                return null;
            }
            var waarden = new string[velden.Count];
            Array.Fill(waarden, "");
            foreach (var p in document.RootElement.EnumerateObject())
            {
                var i = IndexVan(velden, p.Name);
                if (i < 0)
                    fouten.Add(new ImportFout(1, p.Name, $"Onbekend veld '{p.Name}'; verwacht: {string.Join(", ", velden)}."));
                else if (p.Value.ValueKind is JsonValueKind.String) waarden[i] = p.Value.GetString()!;
                else if (p.Value.ValueKind is JsonValueKind.Number) waarden[i] = p.Value.GetRawText();
                else if (p.Value.ValueKind is not JsonValueKind.Null)
                    fouten.Add(new ImportFout(1, p.Name, $"{p.Name} moet een tekst of een getal zijn, niet {p.Value.GetRawText()}."));
            }
            return new CsvRegel(1, velden.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal), waarden);
        }
    }

    private static int IndexVan(IReadOnlyList<string> velden, string naam)
    {
        for (var i = 0; i < velden.Count; i++)
            if (velden[i] == naam) return i;
        return -1;
    }
}
