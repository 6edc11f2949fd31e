using System.Data.Common;
using System.Text.Json;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Ingestion;

/// <summary>A stored batch with its audit data and its place in the supersede chains of its deliveries.</summary>
/// <param name="Bronnen">Per bron the peildata the batch delivers.</param>
/// <param name="Vervangt">Per delivery the batch that was in force before this one.</param>
/// <param name="VervangenDoor">Per delivery the next batch that delivered it again (a correction).</param>
public sealed record Batch(
    string Id, long Volgnummer, IReadOnlyDictionary<Bron, IReadOnlyList<DateOnly>> Bronnen, int Rijen, string InhoudHash,
    string? Door, DateTimeOffset GeimporteerdOp, string? Reden, IReadOnlyList<Vervanging> Vervangt, IReadOnlyList<Vervanging> VervangenDoor);

/// <summary>A row of a batch; <see cref="Geldend"/> when its delivery has not been superseded.</summary>
public sealed record BatchRij(int Regel, RealisatieTelling Telling, bool Geldend);

/// <summary>One stored count of a series, with the batch that brought it and whether it is in force now.</summary>
public sealed record Historieregel(RealisatieTelling Telling, string BatchId, DateTimeOffset GeimporteerdOp, string? Door, string? Reden, bool Geldend);

/// <summary>
/// The read side of the audit trail: batches, their rows and the history of counts. Batches are
/// never changed, so every answer is derived from what is stored, nothing is kept twice.
/// </summary>
public sealed class RealisatieHistorie(Database database)
{
    /// <summary>Every batch, newest first; with <paramref name="bron"/> only those delivering it.</summary>
    public IReadOnlyList<Batch> Batches(Bron? bron = null)
    {
        using var db = database.Open();
        using var tx = database.Lezen(db);
        return [.. LeesBatches(db, tx).Where(b => bron is null || b.Bronnen.ContainsKey(bron.Value)).OrderByDescending(b => b.Volgnummer)];
    }

    /// <summary>One batch with its rows in file order, or null when there is no such batch.</summary>
    public (Batch Batch, IReadOnlyList<BatchRij> Rijen)? MetRijen(string id)
    {
        using var db = database.Open();
        using var tx = database.Lezen(db);
        if (LeesBatches(db, tx).FirstOrDefault(b => b.Id == id) is not { } batch) return null;
        var vervangen = batch.VervangenDoor.Select(v => (v.Bron, v.Peildatum)).ToHashSet();
        var reeksen = Tellingen.Reeksen(db, tx);
        var rijen = new List<BatchRij>();
        foreach (var rij in Tellingen.VanBatch(db, tx, batch.Volgnummer))
        {
            var telling = Telling(reeksen[rij.Reeks], rij);
            rijen.Add(new BatchRij(rij.Regel, telling, !vervangen.Contains((telling.Bron, telling.Peildatum))));
        }
        rijen.Sort((a, b) => a.Regel.CompareTo(b.Regel));
        return (batch, rijen);
    }

    /// <summary>
    /// Every stored count at one of <paramref name="gebiedcodes"/>, oldest import first, superseded
    /// ones included: how each number came to be what it is.
    /// </summary>
    public IReadOnlyList<Historieregel> Historie(IReadOnlyCollection<string> gebiedcodes, Categorie? categorie, Bron? bron)
    {
        using var db = database.Open();
        using var tx = database.Lezen(db);
        var batches = LeesBatches(db, tx).ToDictionary(b => b.Volgnummer);
        // A count is in force unless a later batch delivered its (bron, peildatum) again, as in MetRijen.
        var vervangen = batches.Values.ToDictionary(b => b.Volgnummer, b => b.VervangenDoor.Select(v => (v.Bron, v.Peildatum)).ToHashSet());
        var reeksen = Tellingen.Reeksen(db, tx);
        // The series of those gebieden, then per batch a range of its key: telling has no index
        // on the series alone, which would cost every import more than it saves here.
        using var cmd = db.Opdracht(tx, $"""
            SELECT t.batch, t.reeks, t.peildatum, t.regel, t.aantal
            FROM realisatie_reeks r CROSS JOIN realisatie_batch b
            JOIN telling t ON t.batch = b.volgnummer AND t.reeks = r.id
            WHERE r.gebiedcode IN ({(database.Provider == OpslagProvider.Sqlite ? "SELECT value FROM json_each(@codes)" : "SELECT jsonb_array_elements_text(CAST(@codes AS jsonb))")})
              AND (CAST(@categorie AS TEXT) IS NULL OR r.categorie = @categorie) AND (CAST(@bron AS TEXT) IS NULL OR r.bron = @bron)
            """,
            ("@codes", JsonSerializer.Serialize(gebiedcodes)), ("@categorie", categorie?.Code()), ("@bron", bron?.Code()));
        using var r = cmd.ExecuteReader();
        var regels = new List<(long Volgnummer, Historieregel Regel)>();
        while (r.Read())
        {
            var volgnummer = r.GetInt64(0);
            var telling = Telling(reeksen[r.GetInt32(1)], new TellingRij(r.GetInt32(1), DateOnly.FromDayNumber(r.GetInt32(2)), r.GetInt32(3), r.GetInt64(4)));
            var b = batches[volgnummer];
            regels.Add((volgnummer, new Historieregel(telling, b.Id, b.GeimporteerdOp, b.Door, b.Reden,
                !vervangen[volgnummer].Contains((telling.Bron, telling.Peildatum)))));
        }
        return [.. regels.OrderBy(h => h.Volgnummer).ThenBy(h => h.Regel.Telling.Peildatum)
            .ThenBy(h => Reeks.Van(h.Regel.Telling), Historievolgorde).Select(h => h.Regel)];
    }

    /// <summary>Within a batch and peildatum: gebiedcode, then the codes of bron, categorie and onderdeel.</summary>
    private static readonly IComparer<Reeks> Historievolgorde = Comparer<Reeks>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Gebiedcode, b.Gebiedcode);
        return c != 0 ? c : Reeks.Ordinaal.Compare(a, b);
    });

    private static List<Batch> LeesBatches(DbConnection db, DbTransaction tx)
    {
        // Each delivery's batches in import order: the one before a batch is what it superseded,
        // the one after it what superseded it.
        var leveringen = new List<(string BatchId, Bron Bron, DateOnly Peildatum)>();
        using (var cmd = db.Opdracht(tx, """
                   SELECT l.batch_id, l.bron, l.peildatum FROM realisatie_levering l JOIN realisatie_batch b ON b.id = l.batch_id
                   ORDER BY l.bron, l.peildatum, b.volgnummer
                   """))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) leveringen.Add((r.GetString(0), Codes.ParseBron(r.GetString(1)), r.Datum(2)));
        var vervangt = new Dictionary<string, List<Vervanging>>();
        var vervangenDoor = new Dictionary<string, List<Vervanging>>();
        for (var i = 1; i < leveringen.Count; i++)
        {
            var (vorige, huidige) = (leveringen[i - 1], leveringen[i]);
            if ((vorige.Bron, vorige.Peildatum) != (huidige.Bron, huidige.Peildatum)) continue;
            Lijst(vervangt, huidige.BatchId).Add(new Vervanging(huidige.Bron, huidige.Peildatum, vorige.BatchId));
            Lijst(vervangenDoor, vorige.BatchId).Add(new Vervanging(vorige.Bron, vorige.Peildatum, huidige.BatchId));
        }
        var bronnen = leveringen.GroupBy(l => l.BatchId).ToDictionary(g => g.Key,
            g => (IReadOnlyDictionary<Bron, IReadOnlyList<DateOnly>>)g.GroupBy(l => l.Bron)
                .ToDictionary(b => b.Key, b => (IReadOnlyList<DateOnly>)b.Select(l => l.Peildatum).Order().ToList()));

        var batches = new List<Batch>();
        using (var cmd = db.Opdracht(tx, "SELECT id, volgnummer, rijen, inhoud_hash, door, geimporteerd_op, reden FROM realisatie_batch ORDER BY volgnummer"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var id = r.GetString(0);
                batches.Add(new Batch(id, r.GetInt64(1), bronnen.GetValueOrDefault(id) ?? new Dictionary<Bron, IReadOnlyList<DateOnly>>(),
                    r.GetInt32(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), RealisatieStore.Tijdstip(r.GetString(5)),
                    r.IsDBNull(6) ? null : r.GetString(6), vervangt.GetValueOrDefault(id) ?? [], vervangenDoor.GetValueOrDefault(id) ?? []));
            }
        return batches;
    }

    private static RealisatieTelling Telling(Reeks reeks, TellingRij rij) =>
        new(reeks.Bron, reeks.Categorie, reeks.Onderdeel, reeks.Gebiedcode, rij.Peildatum, rij.Aantal);

    private static List<Vervanging> Lijst(Dictionary<string, List<Vervanging>> index, string id) =>
        index.TryGetValue(id, out var lijst) ? lijst : index[id] = [];
}
