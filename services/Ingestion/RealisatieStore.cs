using System.Data.Common;
using System.Globalization;
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
public sealed class RealisatieStore(Database database, Outbox outbox, Testpunten testpunten)
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
        // Version 2: telling as integers (see Tellingen). Existing rows move over unchanged in
        // meaning; the series are numbered in code order, as the import numbers new ones. A data
        // directory from before the batch history first gets its deliveries from the old rows.
        // No foreign keys on telling: checked per row they cost a third of a large import, and
        // its only writer stores the batch row and numbers the series first, in the same transaction.
        new(2, "telling als reeksnummers", """
            INSERT INTO realisatie_levering (batch_id, bron, peildatum, rijen)
            SELECT batch_id, bron, peildatum, COUNT(*) FROM telling
            WHERE batch_id NOT IN (SELECT batch_id FROM realisatie_levering)
            GROUP BY batch_id, bron, peildatum;
            CREATE TABLE realisatie_reeks (
                id INTEGER PRIMARY KEY, bron TEXT NOT NULL, categorie TEXT NOT NULL, onderdeel TEXT NOT NULL, gebiedcode TEXT NOT NULL,
                UNIQUE (bron, categorie, onderdeel, gebiedcode));
            CREATE INDEX realisatie_reeks_gebied ON realisatie_reeks (gebiedcode);
            INSERT INTO realisatie_reeks (id, bron, categorie, onderdeel, gebiedcode)
            SELECT ROW_NUMBER() OVER (ORDER BY bron, categorie, onderdeel, gebiedcode), bron, categorie, onderdeel, gebiedcode
            FROM (SELECT DISTINCT bron, categorie, onderdeel, gebiedcode FROM telling);
            ALTER TABLE telling RENAME TO telling_v1;
            CREATE TABLE telling (
                batch INTEGER NOT NULL, reeks INTEGER NOT NULL, peildatum INTEGER NOT NULL, regel INTEGER NOT NULL, aantal INTEGER NOT NULL,
                PRIMARY KEY (batch, reeks, peildatum)) WITHOUT ROWID;
            INSERT INTO telling (batch, reeks, peildatum, regel, aantal)
            SELECT b.volgnummer, r.id, CAST(julianday(t.peildatum) - julianday('0001-01-01') AS INTEGER), t.regel, t.aantal
            FROM telling_v1 t JOIN realisatie_batch b ON b.id = t.batch_id
            JOIN realisatie_reeks r ON r.bron = t.bron AND r.categorie = t.categorie AND r.onderdeel = t.onderdeel AND r.gebiedcode = t.gebiedcode
            ORDER BY 1, 2, 3;
            DROP TABLE telling_v1;
            """,
            """
            CREATE TABLE realisatie_reeks (
                id INTEGER PRIMARY KEY, bron TEXT COLLATE "C" NOT NULL, categorie TEXT COLLATE "C" NOT NULL,
                onderdeel TEXT COLLATE "C" NOT NULL, gebiedcode TEXT COLLATE "C" NOT NULL,
                UNIQUE (bron, categorie, onderdeel, gebiedcode));
            CREATE INDEX realisatie_reeks_gebied ON realisatie_reeks (gebiedcode);
            INSERT INTO realisatie_reeks (id, bron, categorie, onderdeel, gebiedcode)
            SELECT ROW_NUMBER() OVER (ORDER BY bron, categorie, onderdeel, gebiedcode), bron, categorie, onderdeel, gebiedcode
            FROM (SELECT DISTINCT bron, categorie, onderdeel, gebiedcode FROM telling) s;
            ALTER TABLE telling RENAME TO telling_v1;
            ALTER INDEX telling_pkey RENAME TO telling_v1_pkey;
            CREATE TABLE telling (
                batch BIGINT NOT NULL, reeks INTEGER NOT NULL, peildatum INTEGER NOT NULL, regel INTEGER NOT NULL, aantal BIGINT NOT NULL,
                PRIMARY KEY (batch, reeks, peildatum));
            INSERT INTO telling (batch, reeks, peildatum, regel, aantal)
            SELECT b.volgnummer, r.id, CAST(t.peildatum AS DATE) - DATE '0001-01-01', t.regel, t.aantal
            FROM telling_v1 t JOIN realisatie_batch b ON b.id = t.batch_id
            JOIN realisatie_reeks r ON r.bron = t.bron AND r.categorie = t.categorie AND r.onderdeel = t.onderdeel AND r.gebiedcode = t.gebiedcode;
            DROP TABLE telling_v1;
            """),
    ];

    /// <summary>
    /// Per (bron, peildatum) the volgnummer of the batch in force among the batches up to
    /// <paramref name="tot"/>: the latest that delivers it.
    /// </summary>
    internal static Dictionary<(Bron Bron, DateOnly Peildatum), long> GeldigeLeveringen(DbConnection db, DbTransaction? tx, long tot)
    {
        using var cmd = db.Opdracht(tx, """
            SELECT l.bron, l.peildatum, MAX(b.volgnummer)
            FROM realisatie_levering l JOIN realisatie_batch b ON b.id = l.batch_id
            WHERE b.volgnummer <= @tot
            GROUP BY l.bron, l.peildatum
            """, ("@tot", tot));
        using var r = cmd.ExecuteReader();
        var geldig = new Dictionary<(Bron, DateOnly), long>();
        while (r.Read()) geldig[(Codes.ParseBron(r.GetString(0)), r.Datum(1))] = r.GetInt64(2);
        return geldig;
    }

    public void Initialiseer()
    {
        Migratie.Migreer(database, "realisatie", Migraties);
        if (database.Provider != OpslagProvider.Sqlite) return;
        using var db = database.Open();
        // A data directory from before the batch history: add what it lacks, change nothing it has
        // (its deliveries were derived by migration 2).
        using var tx = database.Schrijven(db);
        foreach (var kolom in new[] { "door", "reden" })
            if (db.Getal(tx, "SELECT COUNT(*) FROM pragma_table_info('realisatie_batch') WHERE name = @k", ("@k", kolom)) == 0)
                db.Uitvoeren(tx, $"ALTER TABLE realisatie_batch ADD COLUMN {kolom} TEXT");
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
        var reeksen = Tellingen.Reeksen(db, tx);
        var ids = BatchIds(db, tx);
        var lijst = new List<(int Peildag, long Volgnummer, int Regel, OpgeslagenTelling Telling)>();
        foreach (var perBatch in GeldigeLeveringen(db, tx, grens).GroupBy(l => l.Value, l => l.Key))
        {
            var geleverd = perBatch.ToHashSet();
            foreach (var rij in Tellingen.VanBatch(db, tx, perBatch.Key))
            {
                var reeks = reeksen[rij.Reeks];
                if (!geleverd.Contains((reeks.Bron, rij.Peildatum))) continue;
                lijst.Add((rij.Peildatum.DayNumber, perBatch.Key, rij.Regel, new OpgeslagenTelling(new RealisatieTelling(
                    reeks.Bron, reeks.Categorie, reeks.Onderdeel, reeks.Gebiedcode, rij.Peildatum, rij.Aantal), ids[perBatch.Key])));
            }
        }
        lijst.Sort((a, b) => (a.Peildag, a.Volgnummer, a.Regel).CompareTo((b.Peildag, b.Volgnummer, b.Regel)));
        return ([.. lijst.Select(t => t.Telling)], VersieVan(grens));
    }

    /// <summary>Every batch's id by its volgnummer.</summary>
    internal static Dictionary<long, string> BatchIds(DbConnection db, DbTransaction? tx)
    {
        using var cmd = db.Opdracht(tx, "SELECT volgnummer, id FROM realisatie_batch");
        using var r = cmd.ExecuteReader();
        var ids = new Dictionary<long, string>();
        while (r.Read()) ids[r.GetInt64(0)] = r.GetString(1);
        return ids;
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
    /// <paramref name="controleer"/> (given the series already stored) finds problems.
    /// Check and insert share one write transaction (<see cref="Database.Schrijven"/>); the answer says which deliveries the batch
    /// supersedes and which numbers in force it changes. <paramref name="inhoud"/>: the same rows,
    /// sorted and hashed (<see cref="Inhoudshash.Bereken"/>), as they are written.
    /// </summary>
    public RealisatieUitkomst Importeer(
        Inhoud inhoud,
        IReadOnlyList<(int Regel, RealisatieTelling Telling)> rijen,
        Func<IReadOnlySet<Reeks>, IReadOnlyList<ImportFout>> controleer,
        string batchId,
        DateTimeOffset tijdstip,
        Herkomst herkomst)
    {
        using var db = database.Open();
        using var tx = database.Schrijven(db);
        using (var cmd = db.Opdracht(tx, "SELECT id, rijen FROM realisatie_batch WHERE inhoud_hash = @h", ("@h", inhoud.Hash)))
        using (var r = cmd.ExecuteReader())
            if (r.Read()) return RealisatieUitkomst.Zonder(new ImportUitkomst(r.GetString(0), false, r.GetInt32(1), []));

        var reeksen = Tellingen.Reeksen(db, tx);
        var fouten = controleer(reeksen.Values.ToHashSet());
        if (fouten.Count > 0) return RealisatieUitkomst.Zonder(ImportUitkomst.Afgewezen(fouten));

        // Import times rise strictly with the volgnummer, so "known at moment K" is always a prefix
        // of the batches (one data version). An import that waited for the write lock, or a clock
        // that stepped back, is placed just after the batch before it.
        using (var laatste = db.Opdracht(tx, "SELECT geimporteerd_op FROM realisatie_batch ORDER BY volgnummer DESC LIMIT 1"))
            if (laatste.ExecuteScalar() is string vorige && Tijdstip(vorige) >= tijdstip)
                tijdstip = Tijdstip(vorige).AddTicks(1);
        var (vervangt, wijzigingen) = Vervangingen.Bepaal(db, tx, rijen, reeksen);

        var (eerstePeildatum, laatstePeildatum) = (rijen.Min(r => r.Telling.Peildatum), rijen.Max(r => r.Telling.Peildatum));
        var volgnummer = Hoogste(db, tx) + 1;
        db.Uitvoeren(tx, """
            INSERT INTO realisatie_batch (volgnummer, id, inhoud_hash, bronnen, eerste_peildatum, laatste_peildatum, rijen, geimporteerd_op, door, reden)
            VALUES (@v, @id, @h, @bronnen, @eerste, @laatste, @n, @t, @door, @reden)
            """,
            ("@v", volgnummer), ("@id", batchId), ("@h", inhoud.Hash),
            ("@bronnen", string.Join(',', rijen.Select(r => r.Telling.Bron.Code()).Distinct().Order(StringComparer.Ordinal))),
            ("@eerste", eerstePeildatum.Iso()), ("@laatste", laatstePeildatum.Iso()),
            ("@n", rijen.Count), ("@t", tijdstip.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
            ("@door", herkomst.Door), ("@reden", herkomst.Reden));
        // Its event, in this same transaction: published if and only if the batch is stored.
        outbox.SchrijfRealisatieGeimporteerd(db, tx, batchId, rijen, tijdstip);
        foreach (var levering in rijen.CountBy(r => (r.Telling.Bron, r.Telling.Peildatum)))
            db.Uitvoeren(tx, "INSERT INTO realisatie_levering VALUES (@b, @bron, @p, @n)",
                ("@b", batchId), ("@bron", levering.Key.Bron.Code()), ("@p", levering.Key.Peildatum.Iso()), ("@n", levering.Value));
        // New series are numbered in the codes' order, the order the rows are written in: a fresh
        // store's numbers then follow the write order and the rows are appended at the table's end.
        var nummers = Tellingen.Nummer(db, tx, reeksen, inhoud.Reeksen);
        Tellingen.Schrijf(db, volgnummer, inhoud, nummers, () => testpunten.Bereik(Testpunten.TellingenHalverwege));
        tx.Commit();
        return new RealisatieUitkomst(new ImportUitkomst(batchId, true, rijen.Count, []), vervangt, wijzigingen);
    }
}
