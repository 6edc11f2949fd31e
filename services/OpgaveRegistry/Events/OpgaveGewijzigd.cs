using System.Data.Common;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Events;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.OpgaveRegistry.Events;

/// <summary>
/// The <c>opgave-gewijzigd</c> event of a stored opgave batch: which batch, the data version it
/// makes, and which categorieën and gebieden it sets periods for.
/// </summary>
public static class OpgaveGewijzigd
{
    public const string Source = "/regiemonitor/opgaveregistry";

    /// <summary>The shape of <c>data</c>; <c>type</c> carries its version (<c>.v1</c>).</summary>
    public sealed record Data(string BatchId, string DataVersie, int Rijen, IReadOnlyList<string> Categorieen, IReadOnlyList<string> Gebieden);

    /// <summary>
    /// Writes the event of batch <paramref name="batchId"/> to the outbox, inside
    /// <paramref name="tx"/>: the transaction that stores the batch, after its <c>opgave_batch</c> row.
    /// </summary>
    public static void SchrijfOpgaveGewijzigd(this Outbox outbox, DbConnection db, DbTransaction tx,
        string batchId, IReadOnlyList<(int Regel, OpgavePeriode Periode)> rijen, DateTimeOffset tijdstip)
    {
        var volgnummer = db.Getal(tx, "SELECT volgnummer FROM opgave_batch WHERE id = @id", ("@id", batchId));
        var data = new Data(batchId, OpgaveStore.VersieVan(volgnummer), rijen.Count,
            [.. rijen.Select(r => r.Periode.Categorie.Code()).Distinct().Order(StringComparer.Ordinal)],
            [.. rijen.Select(r => r.Periode.Gebiedcode).Distinct().Order(StringComparer.Ordinal)]);
        outbox.Schrijf(db, tx, Topics.OpgaveGewijzigd, CloudEvent.Voor(Topics.OpgaveGewijzigd, Source, batchId, tijdstip, data));
    }
}
