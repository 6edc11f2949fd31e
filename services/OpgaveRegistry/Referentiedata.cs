using System.Globalization;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry;

/// <summary>A gebied with the inwoners from the reference data (for the taakstelling split).</summary>
public sealed record ReferentieGebied(Gebied Gebied, long Inwoners);

/// <summary>
/// Reads the shipped CBS reference files (gemeenten with provincie, veiligheidsregio and
/// inwoners) into the gebied tree NL → provincie → veiligheidsregio → gemeente.
/// </summary>
public static class Referentiedata
{
    public static string Map => Path.Combine(AppContext.BaseDirectory, "Referentiedata");

    public static IReadOnlyList<ReferentieGebied> Laad(string map)
    {
        var provincies = LeesCsv(Path.Combine(map, "provincies.csv"));
        var regios = LeesCsv(Path.Combine(map, "veiligheidsregios.csv"));
        var gemeenten = LeesCsv(Path.Combine(map, "gemeenten.csv"));

        var resultaat = new List<ReferentieGebied>
        {
            new(new Gebied("NL", "Nederland", Niveau.Land, null), provincies.Sum(p => long.Parse(p["inwoners"], CultureInfo.InvariantCulture))),
        };
        resultaat.AddRange(provincies.Select(p => new ReferentieGebied(
            new Gebied(p["provinciecode"], p["provincienaam"], Niveau.Provincie, "NL"), long.Parse(p["inwoners"], CultureInfo.InvariantCulture))));
        resultaat.AddRange(regios.Select(v => new ReferentieGebied(
            new Gebied(v["veiligheidsregiocode"], v["veiligheidsregionaam"], Niveau.Veiligheidsregio, v["provinciecode"]),
            long.Parse(v["inwoners"], CultureInfo.InvariantCulture))));
        resultaat.AddRange(gemeenten.Select(g => new ReferentieGebied(
            new Gebied(g["gemeentecode"], g["naam"], Niveau.Gemeente, g["veiligheidsregiocode"]),
            long.Parse(g["inwoners"], CultureInfo.InvariantCulture))));
        return resultaat;
    }

    private static IReadOnlyList<CsvRegel> LeesCsv(string pad)
    {
        var kolommen = File.ReadLines(pad).First().Split(',');
        var (regels, fouten) = CsvTabel.Lees(File.ReadAllBytes(pad), kolommen);
        return fouten.Count == 0 ? regels
            : throw new InvalidDataException($"Referentiebestand {pad} is ongeldig: {fouten[0].Melding} (regel {fouten[0].Regel}).");
    }
}
