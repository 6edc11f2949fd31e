using System.Text.Json;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.Reporting.Edities;

/// <summary>
/// The body of <c>POST /api/v1/edities</c>, checked field by field so that every problem is
/// reported at once and names its field (as <c>kolom</c>, like the JSON requests of the registry).
/// </summary>
public sealed record Editieverzoek(string Gebiedcode, DateOnly Peildatum, DateOnly RealisatieTot, string Door, string Omschrijving)
{
    public static readonly string[] Velden = ["gebiedcode", "peildatum", "realisatieTot", "door", "omschrijving"];

    /// <summary>Long enough for a name with a role and a meeting's title; a figure frozen for years should not carry an essay.</summary>
    public const int MaxTekst = 200;

    /// <summary>The request, or null with the problems added to <paramref name="fouten"/>.</summary>
    public static Editieverzoek? Lees(byte[] inhoud, GebiedBoom boom, List<ImportFout> fouten)
    {
        if (Waarden(inhoud, fouten) is not { } w) return null;
        var gebied = Gebied(w["gebiedcode"], boom, fouten);
        var peildatum = Datum(w["peildatum"], "peildatum", verplicht: true, fouten);
        var realisatieTot = Datum(w["realisatieTot"], "realisatieTot", verplicht: false, fouten);
        var door = Tekst(w["door"], "door", "wie de editie vaststelt, bijvoorbeeld 'secretaris PRT Utrecht'", fouten);
        var omschrijving = Tekst(w["omschrijving"], "omschrijving", "de naam van de editie, bijvoorbeeld 'PRT 12 september 2024'", fouten);
        if (fouten.Count > 0) return null;
        return new Editieverzoek(gebied!.Code, peildatum!.Value, realisatieTot ?? peildatum!.Value, door!, omschrijving!);
    }

    /// <summary>
    /// The string values of the known fields (empty when absent, null when of a wrong type and
    /// already reported); a wrong shape or type is a listed problem, not an opaque 400.
    /// </summary>
    private static Dictionary<string, string?>? Waarden(byte[] inhoud, List<ImportFout> fouten)
    {
        var verwacht = $"verwacht een object met {string.Join(", ", Velden)}.";
        JsonDocument document;
        try { document = JsonDocument.Parse(inhoud); }
        catch (JsonException)
        {
            fouten.Add(new ImportFout(1, null, $"De body is geen geldige JSON; {verwacht}"));
            return null;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                fouten.Add(new ImportFout(1, null, $"De body is geen JSON-object; {verwacht}"));
                return null;
            }
            var waarden = Velden.ToDictionary(v => v, string? (_) => "", StringComparer.Ordinal);
            foreach (var p in document.RootElement.EnumerateObject())
            {
                if (!waarden.ContainsKey(p.Name))
                    fouten.Add(new ImportFout(1, p.Name, $"Onbekend veld '{p.Name}'; {verwacht}"));
                else if (p.Value.ValueKind == JsonValueKind.String) waarden[p.Name] = p.Value.GetString()!.Trim();
                else if (p.Value.ValueKind != JsonValueKind.Null)
                {
                    fouten.Add(new ImportFout(1, p.Name, $"{p.Name} moet een tekst zijn, niet {p.Value.GetRawText()}."));
                    waarden[p.Name] = null;
                }
            }
            return waarden;
        }
    }

    private static Gebied? Gebied(string? code, GebiedBoom boom, List<ImportFout> fouten)
    {
        if (code is null) return null;
        if (boom.TryGet(code, out var gebied)) return gebied;
        fouten.Add(new ImportFout(1, "gebiedcode", code.Length == 0
            ? "gebiedcode ontbreekt; verwacht de code van het gebied van de editie, bijvoorbeeld PV26."
            : $"Onbekende gebiedcode '{code}'; verwacht NL, PVnn, VRnn, RGnn of GMnnnn uit de gebiedenlijst."));
        return null;
    }

    private static DateOnly? Datum(string? tekst, string veld, bool verplicht, List<ImportFout> fouten)
    {
        if (tekst is null) return null;
        if (Kalender.TryParseIso(tekst, out var datum)) return datum;
        if (tekst.Length == 0 && !verplicht) return null;
        fouten.Add(new ImportFout(1, veld, tekst.Length == 0
            ? $"{veld} ontbreekt; verwacht een datum als JJJJ-MM-DD."
            : $"{veld} '{tekst}' is geen geldige datum; verwacht JJJJ-MM-DD (bijvoorbeeld 2024-09-01)."));
        return null;
    }

    private static string? Tekst(string? tekst, string veld, string wat, List<ImportFout> fouten)
    {
        string? melding;
        if (tekst is null) return null;
        if (tekst.Length == 0) melding = $"{veld} ontbreekt; verwacht {wat}.";
        else if (tekst.Length > MaxTekst) melding = $"{veld} is {tekst.Length} tekens lang; ten hoogste {MaxTekst}.";
        else if (tekst.Any(char.IsControl)) melding = $"{veld} bevat een stuurteken (zoals een regeleinde); verwacht één regel tekst.";
        else return tekst;
        fouten.Add(new ImportFout(1, veld, melding));
        return null;
    }
}
