using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// The date the registry's inwoners count for. The reference file gives the population at the
/// end of a year (<c>inwoners_peildatum</c> 2024-12-31); the Huisvestingswet asks for the
/// inwoners "op 1 januari", which is the same count, so the date is the day after.
/// </summary>
public sealed record Inwonerspeildatum(DateOnly Datum)
{
    public static Inwonerspeildatum UitReferentiedata(string map)
    {
        var pad = Path.Combine(map, "gemeenten.csv");
        var kolommen = File.ReadLines(pad).First().Split(',');
        var (regels, fouten) = CsvTabel.Lees(File.ReadAllBytes(pad), kolommen);
        var data = regels.Select(r => r["inwoners_peildatum"]).Distinct().ToList();
        // One date for all gemeenten: a split over counts of different dates would not be in proportion.
        if (fouten.Count > 0 || data.Count != 1 || !Kalender.TryParseIso(data[0], out var einde))
            throw new InvalidDataException($"{pad} heeft niet één geldige inwoners_peildatum (gevonden: {string.Join(", ", data)}).");
        return new Inwonerspeildatum(einde.AddDays(1));
    }
}
