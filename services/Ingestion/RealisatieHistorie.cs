using System.Data.Common;
using System.Globalization;
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
        using var cmd = db.Opdracht(tx, """
            SELECT regel, bron, categorie, onderdeel, gebiedcode, peildatum, aantal FROM telling WHERE batch_id = @id ORDER BY regel
            """, ("@id", id));
        using var r = cmd.ExecuteReader();
        var rijen = new List<BatchRij>();
        while (r.Read())
        {
            var telling = Telling(r, 1);
            rijen.Add(new BatchRij(r.GetInt32(0), telling, !vervangen.Contains((telling.Bron, telling.Peildatum))));
        }
        return (batch, rijen);
    }

    /// <summary>
    /// Every stored count at one of <paramref name="gebiedcodes"/>, oldest import first, superseded
    /// ones included: how each number came to be what it is.
    /// </summary>
    public IReadOnlyList<Historieregel> Historie(IReadOnlyCollection<string> gebiedcodes, Categorie? categorie, Bron? bron)
    {
        using var db = database.Open();
        using var cmd = db.Opdracht(null, $"""
            WITH {RealisatieStore.GeldigeLeveringen}
            SELECT t.bron, t.categorie, t.onderdeel, t.gebiedcode, t.peildatum, t.aantal,
                   b.id, b.geimporteerd_op, b.door, b.reden, CASE WHEN g.volgnummer = b.volgnummer THEN 1 ELSE 0 END
            FROM telling t
            JOIN realisatie_batch b ON b.id = t.batch_id
            JOIN geldig g ON g.bron = t.bron AND g.peildatum = t.peildatum
            WHERE t.gebiedcode IN ({(database.Provider == OpslagProvider.Sqlite ? "SELECT value FROM json_each(@codes)" : "SELECT jsonb_array_elements_text(CAST(@codes AS jsonb))")})
              AND (CAST(@categorie AS TEXT) IS NULL OR t.categorie = @categorie) AND (CAST(@bron AS TEXT) IS NULL OR t.bron = @bron)
            ORDER BY b.volgnummer, t.peildatum, t.gebiedcode, t.bron, t.categorie, t.onderdeel
            """,
            ("@tot", long.MaxValue), ("@codes", JsonSerializer.Serialize(gebiedcodes)),
            ("@categorie", categorie?.Code()), ("@bron", bron?.Code()));
        using var r = cmd.ExecuteReader();
        var regels = new List<Historieregel>();
        while (r.Read())
            regels.Add(new Historieregel(Telling(r, 0), r.GetString(6), RealisatieStore.Tijdstip(r.GetString(7)),
                r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9), Convert.ToInt64(r.GetValue(10), CultureInfo.InvariantCulture) == 1));
        return regels;
    }

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

    private static RealisatieTelling Telling(DbDataReader r, int eerste)
    {
        var onderdeel = r.GetString(eerste + 2);
        return new RealisatieTelling(Codes.ParseBron(r.GetString(eerste)), Codes.ParseCategorie(r.GetString(eerste + 1)),
            onderdeel.Length == 0 ? null : Codes.ParseOnderdeel(onderdeel), r.GetString(eerste + 3), r.Datum(eerste + 4), r.GetInt64(eerste + 5));
    }

    private static List<Vervanging> Lijst(Dictionary<string, List<Vervanging>> index, string id) =>
        index.TryGetValue(id, out var lijst) ? lijst : index[id] = [];
}
