using System.Data.Common;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Events;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Ingestion.Events;

/// <summary>
/// The <c>realisatie-geimporteerd</c> event of a stored batch: which batch, the data version it
/// makes, and what it is about (bronnen, peildata, gebieden), so a subscriber can tell whether it
/// cares without asking.
/// </summary>
public static class RealisatieGeimporteerd
{
    public const string Source = "/regiemonitor/ingestion";

    /// <summary>The shape of <c>data</c>; <c>type</c> carries its version (<c>.v1</c>).</summary>
    public sealed record Data(string BatchId, string DataVersie, int Rijen, IReadOnlyList<string> Bronnen, IReadOnlyList<string> Peildata, IReadOnlyList<string> Gebieden);

    /// <summary>
    /// Writes the event of batch <paramref name="batchId"/> to the outbox, inside
    /// <paramref name="tx"/>: the transaction that stores the batch, after its
    /// <c>realisatie_batch</c> row (whose volgnummer names the data version).
    /// </summary>
    public static void SchrijfRealisatieGeimporteerd(this Outbox outbox, DbConnection db, DbTransaction tx,
        string batchId, IReadOnlyList<(int Regel, RealisatieTelling Telling)> rijen, DateTimeOffset tijdstip)
    {
        var volgnummer = db.Getal(tx, "SELECT volgnummer FROM realisatie_batch WHERE id = @id", ("@id", batchId));
        var tellingen = rijen.Select(r => r.Telling).ToList();
        var data = new Data(batchId, RealisatieStore.VersieVan(volgnummer), rijen.Count,
            [.. tellingen.Select(t => t.Bron.Code()).Distinct().Order(StringComparer.Ordinal)],
            [.. tellingen.Select(t => t.Peildatum).Distinct().Order().Select(p => p.Iso())],
            [.. tellingen.Select(t => t.Gebiedcode).Distinct().Order(StringComparer.Ordinal)]);
        outbox.Schrijf(db, tx, Topics.RealisatieGeimporteerd,
            CloudEvent.Voor(Topics.RealisatieGeimporteerd, Source, batchId, tijdstip, data));
    }
}
