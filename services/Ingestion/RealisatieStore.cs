using System.Globalization;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Imports;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Ingestion;

/// <summary>A stored count with the batch that brought it.</summary>
public sealed record OpgeslagenTelling(RealisatieTelling Telling, string BatchId);

/// <summary>
/// Ingestion's SQLite store. Every import is one immutable batch written in one transaction; a
/// later batch's count for the same series and peildatum supersedes the earlier one (a
/// correction) without deleting it.
/// </summary>
public sealed class RealisatieStore(string connectionString)
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS realisatie_batch (
            volgnummer INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, inhoud_hash TEXT NOT NULL UNIQUE,
            bronnen TEXT NOT NULL, eerste_peildatum TEXT NOT NULL, laatste_peildatum TEXT NOT NULL,
            rijen INTEGER NOT NULL, geimporteerd_op TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS telling (
            batch_id TEXT NOT NULL REFERENCES realisatie_batch(id), regel INTEGER NOT NULL,
            bron TEXT NOT NULL, categorie TEXT NOT NULL, onderdeel TEXT NOT NULL, gebiedcode TEXT NOT NULL,
            peildatum TEXT NOT NULL, aantal INTEGER NOT NULL, PRIMARY KEY (batch_id, regel));
        CREATE INDEX IF NOT EXISTS telling_reeks ON telling (bron, categorie, onderdeel, gebiedcode, peildatum);
        """;

    public void Initialiseer()
    {
        using var db = Sqlite.Open(connectionString);
        db.Uitvoeren(null, Schema);
    }

    /// <summary>The version of the data: changes with every stored batch.</summary>
    public string DataVersie()
    {
        using var db = Sqlite.Open(connectionString);
        return Versie(db, null);
    }

    /// <summary>
    /// Every count in force, ordered by peildatum: per series and peildatum the count of the latest
    /// batch (a correction supersedes what it corrects, which stays stored); and the data version.
    /// </summary>
    public (IReadOnlyList<OpgeslagenTelling> Tellingen, string DataVersie) Geldend()
    {
        using var db = Sqlite.Open(connectionString);
        using var tx = db.BeginTransaction(deferred: true);
        var versie = Versie(db, tx);
        using var cmd = db.Commando(tx, """
            SELECT bron, categorie, onderdeel, gebiedcode, peildatum, aantal, batch_id FROM (
                SELECT t.*, ROW_NUMBER() OVER (
                    PARTITION BY t.bron, t.categorie, t.onderdeel, t.gebiedcode, t.peildatum
                    ORDER BY b.volgnummer DESC) AS rang
                FROM telling t JOIN realisatie_batch b ON b.id = t.batch_id)
            WHERE rang = 1
            ORDER BY peildatum
            """);
        using var r = cmd.ExecuteReader();
        var lijst = new List<OpgeslagenTelling>();
        while (r.Read())
        {
            var onderdeel = r.GetString(2);
            lijst.Add(new OpgeslagenTelling(new RealisatieTelling(
                Codes.ParseBron(r.GetString(0)), Codes.ParseCategorie(r.GetString(1)),
                onderdeel.Length == 0 ? null : Codes.ParseOnderdeel(onderdeel),
                r.GetString(3), r.Datum(4), r.GetInt64(5)), r.GetString(6)));
        }
        return (lijst, versie);
    }

    private static string Versie(Microsoft.Data.Sqlite.SqliteConnection db, Microsoft.Data.Sqlite.SqliteTransaction? tx) =>
        "realisatie-" + db.Getal(tx, "SELECT COALESCE(MAX(volgnummer), 0) FROM realisatie_batch").ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Stores the rows as one batch unless the same content is already stored, or
    /// <paramref name="controleer"/> (given the series keys already stored) finds problems.
    /// Check and insert share one write transaction.
    /// </summary>
    public ImportUitkomst Importeer(
        string inhoudHash,
        IReadOnlyList<(int Regel, RealisatieTelling Telling)> rijen,
        Func<IReadOnlySet<(Bron, Categorie, Onderdeel?, string)>, IReadOnlyList<ImportFout>> controleer,
        string batchId,
        DateTimeOffset tijdstip)
    {
        using var db = Sqlite.Open(connectionString);
        using var tx = db.BeginTransaction();
        using (var cmd = db.Commando(tx, "SELECT id, rijen FROM realisatie_batch WHERE inhoud_hash = $h", ("$h", inhoudHash)))
        using (var r = cmd.ExecuteReader())
            if (r.Read()) return new ImportUitkomst(r.GetString(0), false, r.GetInt32(1), []);

        var fouten = controleer(Reeksen(db, tx));
        if (fouten.Count > 0) return ImportUitkomst.Afgewezen(fouten);

        var peildata = rijen.Select(r => r.Telling.Peildatum).ToList();
        db.Uitvoeren(tx, """
            INSERT INTO realisatie_batch (id, inhoud_hash, bronnen, eerste_peildatum, laatste_peildatum, rijen, geimporteerd_op)
            VALUES ($id, $h, $bronnen, $eerste, $laatste, $n, $t)
            """,
            ("$id", batchId), ("$h", inhoudHash),
            ("$bronnen", string.Join(',', rijen.Select(r => r.Telling.Bron.Code()).Distinct().Order(StringComparer.Ordinal))),
            ("$eerste", peildata.Min().Iso()), ("$laatste", peildata.Max().Iso()),
            ("$n", rijen.Count), ("$t", tijdstip.ToString("O", CultureInfo.InvariantCulture)));
        using (var insert = db.Commando(tx, "INSERT INTO telling VALUES ($b, $r, $bron, $c, $o, $g, $p, $a)",
                   ("$b", batchId), ("$r", 0), ("$bron", ""), ("$c", ""), ("$o", ""), ("$g", ""), ("$p", ""), ("$a", 0L)))
        {
            // One prepared statement for every row: large imports are dominated by this loop.
            insert.Prepare();
            foreach (var (regel, t) in rijen)
            {
                insert.Parameters["$r"].Value = regel;
                insert.Parameters["$bron"].Value = t.Bron.Code();
                insert.Parameters["$c"].Value = t.Categorie.Code();
                insert.Parameters["$o"].Value = t.Onderdeel?.Code() ?? "";
                insert.Parameters["$g"].Value = t.Gebiedcode;
                insert.Parameters["$p"].Value = t.Peildatum.Iso();
                insert.Parameters["$a"].Value = t.Aantal;
                insert.ExecuteNonQuery();
            }
        }
        tx.Commit();
        return new ImportUitkomst(batchId, true, rijen.Count, []);
    }

    private static HashSet<(Bron, Categorie, Onderdeel?, string)> Reeksen(Microsoft.Data.Sqlite.SqliteConnection db, Microsoft.Data.Sqlite.SqliteTransaction tx)
    {
        using var cmd = db.Commando(tx, "SELECT DISTINCT bron, categorie, onderdeel, gebiedcode FROM telling");
        using var r = cmd.ExecuteReader();
        var reeksen = new HashSet<(Bron, Categorie, Onderdeel?, string)>();
        while (r.Read())
            reeksen.Add((Codes.ParseBron(r.GetString(0)), Codes.ParseCategorie(r.GetString(1)),
                r.GetString(2).Length == 0 ? null : Codes.ParseOnderdeel(r.GetString(2)), r.GetString(3)));
        return reeksen;
    }
}
