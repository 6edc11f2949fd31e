using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Imports;
using Regiemonitor.Ingestion.Events;
using Regiemonitor.ServiceDefaults.Events;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Ingestion;

/// <summary>A stored count with the batch that brought it.</summary>
public sealed record OpgeslagenTelling(RealisatieTelling Telling, string BatchId);

/// <summary>
/// Ingestion's store (SQLite or PostgreSQL). Every import is one immutable batch written in one transaction. For
/// each (bron, peildatum) the latest batch that delivers it is in force with all its rows for it:
/// a corrected file replaces the earlier delivery for that peildatum as a whole (a row it leaves
/// out no longer counts), and nothing is overwritten or deleted.
/// </summary>
public sealed class RealisatieStore(Database database, Outbox outbox)
{
    private static readonly Migratie[] Migraties =
    [
        new(1, "realisatie", """
            CREATE TABLE IF NOT EXISTS realisatie_batch (
                volgnummer INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, inhoud_hash TEXT NOT NULL UNIQUE,
                bronnen TEXT NOT NULL, eerste_peildatum TEXT NOT NULL, laatste_peildatum TEXT NOT NULL,
                rijen INTEGER NOT NULL, geimporteerd_op TEXT NOT NULL, door TEXT, reden TEXT);
            CREATE TABLE IF NOT EXISTS telling (
                batch_id TEXT NOT NULL REFERENCES realisatie_batch(id), regel INTEGER NOT NULL,
                bron TEXT NOT NULL, categorie TEXT NOT NULL, onderdeel TEXT NOT NULL, gebiedcode TEXT NOT NULL,
                peildatum TEXT NOT NULL, aantal INTEGER NOT NULL, PRIMARY KEY (batch_id, regel));
            CREATE INDEX IF NOT EXISTS telling_reeks ON telling (bron, categorie, onderdeel, gebiedcode, peildatum);
            CREATE INDEX IF NOT EXISTS telling_levering ON telling (batch_id, bron, peildatum);
            -- What each batch delivers: per bron its peildata. The supersede rule works on these pairs.
            CREATE TABLE IF NOT EXISTS realisatie_levering (
                batch_id TEXT NOT NULL REFERENCES realisatie_batch(id), bron TEXT NOT NULL, peildatum TEXT NOT NULL,
                rijen INTEGER NOT NULL, PRIMARY KEY (batch_id, bron, peildatum));
            CREATE INDEX IF NOT EXISTS realisatie_levering_peildatum ON realisatie_levering (bron, peildatum);
            """,
            // COLLATE "C": codes, peildata and times sort bytewise, as in SQLite. volgnummer
            // without a sequence: numbered under the writer lock, so no gaps (see Importeer).
            """
            CREATE TABLE IF NOT EXISTS realisatie_batch (
                volgnummer BIGINT PRIMARY KEY, id TEXT COLLATE "C" NOT NULL UNIQUE, inhoud_hash TEXT COLLATE "C" NOT NULL UNIQUE,
                bronnen TEXT COLLATE "C" NOT NULL, eerste_peildatum TEXT COLLATE "C" NOT NULL, laatste_peildatum TEXT COLLATE "C" NOT NULL,
                rijen INTEGER NOT NULL, geimporteerd_op TEXT COLLATE "C" NOT NULL, door TEXT COLLATE "C", reden TEXT COLLATE "C");
            CREATE TABLE IF NOT EXISTS telling (
                batch_id TEXT COLLATE "C" NOT NULL REFERENCES realisatie_batch(id), regel INTEGER NOT NULL,
                bron TEXT COLLATE "C" NOT NULL, categorie TEXT COLLATE "C" NOT NULL, onderdeel TEXT COLLATE "C" NOT NULL, gebiedcode TEXT COLLATE "C" NOT NULL,
                peildatum TEXT COLLATE "C" NOT NULL, aantal BIGINT NOT NULL, PRIMARY KEY (batch_id, regel));
            CREATE INDEX IF NOT EXISTS telling_reeks ON telling (bron, categorie, onderdeel, gebiedcode, peildatum);
            CREATE INDEX IF NOT EXISTS telling_levering ON telling (batch_id, bron, peildatum);
            -- What each batch delivers: per bron its peildata. The supersede rule works on these pairs.
            CREATE TABLE IF NOT EXISTS realisatie_levering (
                batch_id TEXT COLLATE "C" NOT NULL REFERENCES realisatie_batch(id), bron TEXT COLLATE "C" NOT NULL, peildatum TEXT COLLATE "C" NOT NULL,
                rijen INTEGER NOT NULL, PRIMARY KEY (batch_id, bron, peildatum));
            CREATE INDEX IF NOT EXISTS realisatie_levering_peildatum ON realisatie_levering (bron, peildatum);
            """),
    ];

    /// <summary>
    /// Per (bron, peildatum) the volgnummer of the batch in force among the batches up to
    /// <c>@tot</c>: the latest that delivers it.
    /// </summary>
    internal const string GeldigeLeveringen = """
        geldig AS (
            SELECT l.bron, l.peildatum, MAX(b.volgnummer) AS volgnummer
            FROM realisatie_levering l JOIN realisatie_batch b ON b.id = l.batch_id
            WHERE b.volgnummer <= @tot
            GROUP BY l.bron, l.peildatum)
        """;

    public void Initialiseer()
    {
        Migratie.Migreer(database, "realisatie", Migraties);
        if (database.Provider != OpslagProvider.Sqlite) return;
        using var db = database.Open();
        // A data directory from before the batch history: add what it lacks, change nothing it has.
        using var tx = database.Schrijven(db);
        foreach (var kolom in new[] { "door", "reden" })
            if (db.Getal(tx, "SELECT COUNT(*) FROM pragma_table_info('realisatie_batch') WHERE name = @k", ("@k", kolom)) == 0)
                db.Uitvoeren(tx, $"ALTER TABLE realisatie_batch ADD COLUMN {kolom} TEXT");
        db.Uitvoeren(tx, """
            INSERT INTO realisatie_levering (batch_id, bron, peildatum, rijen)
            SELECT batch_id, bron, peildatum, COUNT(*) FROM telling
            WHERE batch_id NOT IN (SELECT batch_id FROM realisatie_levering)
            GROUP BY batch_id, bron, peildatum
            """);
        tx.Commit();
    }

    /// <summary>The version of the data: changes with every stored batch.</summary>
    public string DataVersie()
    {
        using var db = database.Open();
        return Versie(db, null);
    }

    /// <summary>
    /// Every count in force among the batches up to volgnummer <paramref name="tot"/> (default:
    /// all), ordered by peildatum, and the data version they make up. Batches are immutable, so
    /// the same version always yields the same counts: a past stand can be cached by it.
    /// </summary>
    public (IReadOnlyList<OpgeslagenTelling> Tellingen, string DataVersie) Geldend(long? tot = null)
    {
        using var db = database.Open();
        using var tx = database.Lezen(db);
        var hoogste = Hoogste(db, tx);
        var grens = Math.Min(tot ?? hoogste, hoogste);
        using var cmd = db.Opdracht(tx, $"""
            WITH {GeldigeLeveringen}
            SELECT t.bron, t.categorie, t.onderdeel, t.gebiedcode, t.peildatum, t.aantal, t.batch_id
            FROM geldig g
            JOIN realisatie_batch b ON b.volgnummer = g.volgnummer
            JOIN telling t ON t.batch_id = b.id AND t.bron = g.bron AND t.peildatum = g.peildatum
            ORDER BY t.peildatum, b.volgnummer, t.regel
            """, ("@tot", grens));
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
        return (lijst, VersieVan(grens));
    }

    /// <summary>The last batch imported at or before <paramref name="kennisstand"/> (see <see cref="Batchversies"/>).</summary>
    public long VolgnummerOp(DateTimeOffset kennisstand)
    {
        using var db = database.Open();
        return Batchversies.VolgnummerOp(db, "realisatie_batch", kennisstand);
    }

    /// <summary>The volgnummer a data version names, or null when it is not one of this store's versions.</summary>
    public long? VolgnummerVan(string versie)
    {
        using var db = database.Open();
        return Batchversies.VolgnummerVan(db, "realisatie_batch", VersiePrefix, versie);
    }

    public static string VersieVan(long volgnummer) => Batchversies.Versie(VersiePrefix, volgnummer);

    internal static DateTimeOffset Tijdstip(string opgeslagen) => Batchversies.Tijdstip(opgeslagen);

    private const string VersiePrefix = "realisatie-";

    private static long Hoogste(DbConnection db, DbTransaction? tx) =>
        Batchversies.Hoogste(db, tx, "realisatie_batch");

    private static string Versie(DbConnection db, DbTransaction? tx) =>
        VersieVan(Hoogste(db, tx));

    /// <summary>
    /// Stores the rows as one batch unless the same content is already stored, or
    /// <paramref name="controleer"/> (given the series keys already stored) finds problems.
    /// Check and insert share one write transaction (<see cref="Database.Schrijven"/>); the answer says which deliveries the batch
    /// supersedes and which numbers in force it changes.
    /// </summary>
    public RealisatieUitkomst Importeer(
        string inhoudHash,
        IReadOnlyList<(int Regel, RealisatieTelling Telling)> rijen,
        Func<IReadOnlySet<(Bron, Categorie, Onderdeel?, string)>, IReadOnlyList<ImportFout>> controleer,
        string batchId,
        DateTimeOffset tijdstip,
        Herkomst herkomst)
    {
        using var db = database.Open();
        // A large batch inserts into the telling indexes all over: with the default 2 MB page cache
        // SQLite spills dirty pages to the WAL and reads them back many times over. The connection
        // is pooled, so the cache goes back to the default once the batch is in.
        // 32 MB: measured on a million rows, 64 MB saved no CPU time and only raised the peak memory.
        if (db is SqliteConnection) db.Uitvoeren(null, $"PRAGMA cache_size = {(rijen.Count > 10_000 ? -32 * 1024 : -2000)}");
        using var tx = database.Schrijven(db);
        using (var cmd = db.Opdracht(tx, "SELECT id, rijen FROM realisatie_batch WHERE inhoud_hash = @h", ("@h", inhoudHash)))
        using (var r = cmd.ExecuteReader())
            if (r.Read()) return RealisatieUitkomst.Zonder(new ImportUitkomst(r.GetString(0), false, r.GetInt32(1), []));

        var fouten = controleer(Reeksen(db, tx));
        if (fouten.Count > 0) return RealisatieUitkomst.Zonder(ImportUitkomst.Afgewezen(fouten));

        // Import times rise strictly with the volgnummer, so "known at moment K" is always a prefix
        // of the batches (one data version). An import that waited for the write lock, or a clock
        // that stepped back, is placed just after the batch before it.
        using (var laatste = db.Opdracht(tx, "SELECT geimporteerd_op FROM realisatie_batch ORDER BY volgnummer DESC LIMIT 1"))
            if (laatste.ExecuteScalar() is string vorige && Tijdstip(vorige) >= tijdstip)
                tijdstip = Tijdstip(vorige).AddTicks(1);
        var (vervangt, wijzigingen) = Vervangingen.Bepaal(db, tx, rijen);

        var (eerstePeildatum, laatstePeildatum) = (rijen.Min(r => r.Telling.Peildatum), rijen.Max(r => r.Telling.Peildatum));
        db.Uitvoeren(tx, """
            INSERT INTO realisatie_batch (volgnummer, id, inhoud_hash, bronnen, eerste_peildatum, laatste_peildatum, rijen, geimporteerd_op, door, reden)
            SELECT COALESCE(MAX(volgnummer), 0) + 1, @id, @h, @bronnen, @eerste, @laatste, @n, @t, @door, @reden FROM realisatie_batch
            """,
            ("@id", batchId), ("@h", inhoudHash),
            ("@bronnen", string.Join(',', rijen.Select(r => r.Telling.Bron.Code()).Distinct().Order(StringComparer.Ordinal))),
            ("@eerste", eerstePeildatum.Iso()), ("@laatste", laatstePeildatum.Iso()),
            ("@n", rijen.Count), ("@t", tijdstip.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
            ("@door", herkomst.Door), ("@reden", herkomst.Reden));
        // Its event, in this same transaction: published if and only if the batch is stored.
        outbox.SchrijfRealisatieGeimporteerd(db, tx, batchId, rijen, tijdstip);
        foreach (var levering in rijen.CountBy(r => (r.Telling.Bron, r.Telling.Peildatum)))
            db.Uitvoeren(tx, "INSERT INTO realisatie_levering VALUES (@b, @bron, @p, @n)",
                ("@b", batchId), ("@bron", levering.Key.Bron.Code()), ("@p", levering.Key.Peildatum.Iso()), ("@n", levering.Value));
        // PostgreSQL: one binary COPY. SQLite: a prepared INSERT per row, which is fastest there.
        if (db is NpgsqlConnection postgres) TellingKopie.Schrijf(postgres, batchId, rijen);
        else using (var insert = db.Opdracht(tx, "INSERT INTO telling VALUES (@b, @r, @bron, @c, @o, @g, @p, @a)",
                   ("@b", batchId), ("@r", 0), ("@bron", ""), ("@c", ""), ("@o", ""), ("@g", ""), ("@p", ""), ("@a", 0L)))
        {
            // One prepared statement for every row: large imports are dominated by this loop.
            // Parameters are looked up once, and codes and peildata formatted once per value, not per row.
            insert.Prepare();
            var (pr, pbron, pc, po, pg, pp, pa) = (insert.Parameters["@r"], insert.Parameters["@bron"], insert.Parameters["@c"],
                insert.Parameters["@o"], insert.Parameters["@g"], insert.Parameters["@p"], insert.Parameters["@a"]);
            var onderdelen = Enum.GetValues<Onderdeel>().ToDictionary(o => o, o => o.Code());
            var isoPeildata = new Dictionary<DateOnly, string>();
            foreach (var (regel, t) in rijen)
            {
                if (!isoPeildata.TryGetValue(t.Peildatum, out var peildatum)) isoPeildata[t.Peildatum] = peildatum = t.Peildatum.Iso();
                pr.Value = regel;
                pbron.Value = t.Bron.Code();
                pc.Value = t.Categorie.Code();
                po.Value = t.Onderdeel is { } o ? onderdelen[o] : "";
                pg.Value = t.Gebiedcode;
                pp.Value = peildatum;
                pa.Value = t.Aantal;
                insert.ExecuteNonQuery();
            }
        }
        tx.Commit();
        if (db is SqliteConnection) db.Uitvoeren(null, "PRAGMA cache_size = -2000");
        return new RealisatieUitkomst(new ImportUitkomst(batchId, true, rijen.Count, []), vervangt, wijzigingen);
    }

    private static HashSet<(Bron, Categorie, Onderdeel?, string)> Reeksen(DbConnection db, DbTransaction tx)
    {
        using var cmd = db.Opdracht(tx, "SELECT DISTINCT bron, categorie, onderdeel, gebiedcode FROM telling");
        using var r = cmd.ExecuteReader();
        var reeksen = new HashSet<(Bron, Categorie, Onderdeel?, string)>();
        while (r.Read())
            reeksen.Add((Codes.ParseBron(r.GetString(0)), Codes.ParseCategorie(r.GetString(1)),
                r.GetString(2).Length == 0 ? null : Codes.ParseOnderdeel(r.GetString(2)), r.GetString(3)));
        return reeksen;
    }
}
