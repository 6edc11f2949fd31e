using System.Globalization;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// The field checks the toezicht inputs add to <see cref="Velden"/>. They take a
/// <see cref="CsvRegel"/>, so a CSV line and a JSON body (<see cref="JsonVerzoek"/>) get the
/// same checks and the same messages. Each adds an <see cref="ImportFout"/> and returns null
/// when the value is wrong.
/// </summary>
public static class ToezichtVelden
{
    public static Halfjaar? Periode(CsvRegel regel, string kolom, List<ImportFout> fouten) => Periode(regel[kolom], regel.Regel, kolom, fouten);

    /// <summary>A half-year from anywhere (a path segment has regel 0: it is in no line of a body).</summary>
    public static Halfjaar? Periode(string tekst, int regel, string kolom, List<ImportFout> fouten)
    {
        if (Halfjaar.TryParse(tekst, out var periode)) return periode;
        fouten.Add(new ImportFout(regel, kolom, tekst.Length == 0
            ? $"{kolom} ontbreekt; verwacht een halfjaar als JJJJ-1 of JJJJ-2 (bijvoorbeeld 2026-1)."
            : $"'{tekst}' is geen halfjaar; verwacht JJJJ-1 of JJJJ-2 met een jaar van 2000 tot en met 2100 (bijvoorbeeld 2026-1)."));
        return null;
    }

    /// <summary>A known gebied of niveau gemeente: taakstellingen and toezicht are per gemeente.</summary>
    public static Gebied? Gemeente(CsvRegel regel, string kolom, GebiedBoom boom, List<ImportFout> fouten)
    {
        if (regel[kolom].Length == 0)
        {
            fouten.Add(new ImportFout(regel.Regel, kolom, $"{kolom} ontbreekt; verwacht een gemeentecode GMnnnn."));
            return null;
        }
        var aantal = fouten.Count;
        var gebied = Velden.Gebied(regel, kolom, boom, fouten);
        if (gebied is null || gebied.Niveau == Niveau.Gemeente) return gebied;
        if (fouten.Count == aantal)
            fouten.Add(new ImportFout(regel.Regel, kolom, $"{gebied.Code} is een {gebied.Niveau.Code()}, geen gemeente; verwacht een gemeentecode GMnnnn."));
        return null;
    }

    /// <summary>A known provincie (PVnn), named in the path (regel 0).</summary>
    public static Gebied? Provincie(string code, string kolom, GebiedBoom boom, List<ImportFout> fouten)
    {
        if (boom.TryGet(code, out var gebied) && gebied.Niveau == Niveau.Provincie) return gebied;
        fouten.Add(new ImportFout(0, kolom, code.Length == 0
            ? $"{kolom} ontbreekt; verwacht een provinciecode PVnn."
            : $"Onbekende provincie '{code}'; verwacht een provinciecode PV20 tot en met PV31."));
        return null;
    }

    /// <summary>A whole number that may be negative (an uitruil hands off, an achterstand may be a voorsprong).</summary>
    public static long? GeheelGetal(CsvRegel regel, string kolom, List<ImportFout> fouten)
    {
        var tekst = regel[kolom];
        var cijfers = tekst.StartsWith('-') || tekst.StartsWith('+') ? tekst[1..] : tekst;
        string melding;
        if (tekst.Length == 0) melding = $"{kolom} ontbreekt; verwacht een geheel getal.";
        else if (cijfers.Length == 0 || !cijfers.All(char.IsAsciiDigit))
            melding = $"'{tekst}' is geen geheel getal; schrijf alleen cijfers, eventueel met een minteken, zonder decimalen of scheidingstekens voor duizendtallen.";
        else if (!long.TryParse(tekst, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var waarde))
            melding = $"'{tekst}' is te groot.";
        else return waarde;
        fouten.Add(new ImportFout(regel.Regel, kolom, melding));
        return null;
    }

    /// <summary>A whole number in [<paramref name="van"/>, <paramref name="tot"/>].</summary>
    public static long? Tussen(CsvRegel regel, string kolom, long van, long tot, List<ImportFout> fouten)
    {
        if (GeheelGetal(regel, kolom, fouten) is not { } waarde) return null;
        if (waarde >= van && waarde <= tot) return waarde;
        fouten.Add(new ImportFout(regel.Regel, kolom, $"{kolom} {waarde} ligt niet tussen {van} en {tot}."));
        return null;
    }

    public static string? Tekst(CsvRegel regel, string kolom, List<ImportFout> fouten)
    {
        var tekst = regel[kolom];
        if (tekst.Length > 0) return tekst;
        fouten.Add(new ImportFout(regel.Regel, kolom, $"{kolom} ontbreekt."));
        return null;
    }
}
