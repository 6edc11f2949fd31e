using System.Globalization;
using Regiemonitor.Calculation.Core;

namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>
/// Field checks shared by the opgave and realisatie imports, so both say the same thing about
/// the same mistake. Each adds an <see cref="ImportFout"/> and returns null when the value is wrong.
/// </summary>
public static class Velden
{
    /// <summary>A date as JJJJ-MM-DD or DD-MM-JJJJ; any other form is refused with the reason (<see cref="Notaties.Datum"/>).</summary>
    public static DateOnly? Datum(CsvRegel regel, string kolom, List<ImportFout> fouten)
    {
        var tekst = regel[kolom];
        var reden = "";
        if (tekst.Length > 0 && Notaties.Datum(tekst, out reden) is { } datum) return datum;
        fouten.Add(new ImportFout(regel.Regel, kolom, tekst.Length == 0
            ? $"{kolom} ontbreekt; verwacht een datum als {Notaties.Datumvormen}."
            : $"'{tekst}' is geen geldige datum: {reden}; schrijf {Notaties.Datumvormen}."));
        return null;
    }

    /// <summary>A whole number &gt;= 0 written with digits only (no thousand separators, no decimals).</summary>
    public static long? Aantal(CsvRegel regel, string kolom, List<ImportFout> fouten)
    {
        var tekst = regel[kolom];
        // Digits only is by far the common case and never negative; the checks below explain mistakes.
        if (tekst.Length > 0 && !tekst.AsSpan().ContainsAnyExceptInRange('0', '9')
            && long.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var getal)) return getal;
        string? melding = null;
        if (tekst.Length == 0) melding = $"{kolom} ontbreekt; verwacht een geheel getal van 0 of meer.";
        else if (Notaties.IsNegatief(tekst))
            melding = $"{kolom} is negatief ({tekst}); verwacht een geheel getal van 0 of meer.";
        else if (!tekst.All(char.IsAsciiDigit))
            melding = $"'{tekst}' is geen geheel getal: {Notaties.GeenGeheelGetal(tekst)}";
        else if (!long.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var waarde))
            melding = $"'{tekst}' is te groot.";
        else return waarde;
        fouten.Add(new ImportFout(regel.Regel, kolom, melding));
        return null;
    }

    /// <summary>A known gebiedcode, or an error naming the code.</summary>
    public static Gebied? Gebied(CsvRegel regel, string kolom, GebiedBoom boom, List<ImportFout> fouten)
    {
        var code = regel[kolom];
        if (boom.TryGet(code, out var gebied) && gebied.Niveau == Niveau.Regio)
        {
            fouten.Add(new ImportFout(regel.Regel, kolom,
                $"{code} is een regio, een groepering van gemeenten; lever de cijfers per gemeente (of veiligheidsregio, provincie)."));
            return null;
        }
        if (gebied is not null) return gebied;
        fouten.Add(new ImportFout(regel.Regel, kolom, code.Length == 0
            ? "gebiedcode ontbreekt."
            : $"Onbekende gebiedcode '{code}'; verwacht NL, PVnn, VRnn of GMnnnn uit de gebiedenlijst."));
        return null;
    }

    public static Categorie? Categorie(CsvRegel regel, string kolom, List<ImportFout> fouten)
    {
        var code = regel[kolom];
        if (Codes.TryCategorie(code, out var categorie)) return categorie;
        fouten.Add(new ImportFout(regel.Regel, kolom, $"Onbekende categorie '{code}'; verwacht een van: {Codes.CategorieLijst}."));
        return null;
    }
}
