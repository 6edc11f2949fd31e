using System.Data.Common;
using System.Globalization;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Imports;
using Regiemonitor.OpgaveRegistry.Events;
using Regiemonitor.ServiceDefaults.Events;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.OpgaveRegistry;

/// <summary>
/// The registry's store (SQLite or PostgreSQL): gebieden and opgave batches. Batches are immutable; a later
/// batch's period for the same (categorie, gebied, startdatum) is a new version that supersedes
/// the earlier one, which stays stored.
/// </summary>
public sealed class OpgaveStore(Database database, Outbox outbox)
{
    private static readonly Migratie[] Migraties =
    [
        new(1, "gebieden en opgaven", """
            CREATE TABLE IF NOT EXISTS gebied (
                code TEXT PRIMARY KEY, naam TEXT NOT NULL, niveau TEXT NOT NULL, ouder_code TEXT, inwoners INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS opgave_batch (
                volgnummer INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, inhoud_hash TEXT NOT NULL UNIQUE,
                rijen INTEGER NOT NULL, geimporteerd_op TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS opgave_periode (
                batch_id TEXT NOT NULL REFERENCES opgave_batch(id), regel INTEGER NOT NULL,
                categorie TEXT NOT NULL, gebiedcode TEXT NOT NULL REFERENCES gebied(code),
                startdatum TEXT NOT NULL, startwaarde INTEGER NOT NULL, einddatum TEXT NOT NULL, eindwaarde INTEGER NOT NULL,
                besluit TEXT NOT NULL, PRIMARY KEY (batch_id, regel));
            CREATE TABLE IF NOT EXISTS regio_batch (
                volgnummer INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, inhoud_hash TEXT NOT NULL UNIQUE,
                rijen INTEGER NOT NULL, geimporteerd_op TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS regio_lid (
                regiocode TEXT NOT NULL REFERENCES gebied(code), gemeentecode TEXT NOT NULL REFERENCES gebied(code),
                PRIMARY KEY (regiocode, gemeentecode));
            """,
            // COLLATE "C": codes sort bytewise, as in SQLite, whatever the server's locale.
            // volgnummer without a sequence: the store numbers batches under the writer lock, so a
            // rolled-back import leaves no gap (a sequence would), as in SQLite.
            """
            CREATE TABLE IF NOT EXISTS gebied (
                code TEXT COLLATE "C" PRIMARY KEY, naam TEXT NOT NULL, niveau TEXT NOT NULL, ouder_code TEXT COLLATE "C",
                inwoners BIGINT NOT NULL);
            CREATE TABLE IF NOT EXISTS opgave_batch (
                volgnummer BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE, inhoud_hash TEXT NOT NULL UNIQUE,
                rijen INTEGER NOT NULL, geimporteerd_op TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS opgave_periode (
                batch_id TEXT NOT NULL REFERENCES opgave_batch(id), regel INTEGER NOT NULL,
                categorie TEXT NOT NULL, gebiedcode TEXT COLLATE "C" NOT NULL REFERENCES gebied(code),
                startdatum TEXT NOT NULL, startwaarde BIGINT NOT NULL, einddatum TEXT NOT NULL, eindwaarde BIGINT NOT NULL,
                besluit TEXT NOT NULL, PRIMARY KEY (batch_id, regel));
            CREATE TABLE IF NOT EXISTS regio_batch (
                volgnummer BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE, inhoud_hash TEXT NOT NULL UNIQUE,
                rijen INTEGER NOT NULL, geimporteerd_op TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS regio_lid (
                regiocode TEXT COLLATE "C" NOT NULL REFERENCES gebied(code), gemeentecode TEXT COLLATE "C" NOT NULL REFERENCES gebied(code),
                PRIMARY KEY (regiocode, gemeentecode));
            """),
    ];

    /// <summary>Creates the schema and, on first start, loads the reference gebieden.</summary>
    public void Initialiseer(IReadOnlyList<ReferentieGebied> referentie)
    {
        Migratie.Migreer(database, "opgaven", Migraties);
        using var db = database.Open();
        using var tx = database.Schrijven(db);
        if (db.Getal(tx, "SELECT COUNT(*) FROM gebied") == 0)
        {
            foreach (var r in referentie)
                db.Uitvoeren(tx, "INSERT INTO gebied VALUES (@code, @naam, @niveau, @ouder, @inwoners)",
                    ("@code", r.Gebied.Code), ("@naam", r.Gebied.Naam), ("@niveau", r.Gebied.Niveau.Code()),
                    ("@ouder", r.Gebied.OuderCode), ("@inwoners", r.Inwoners));
        }
        tx.Commit();
    }

    /// <summary>The gebieden with the regio memberships, and a version that changes with every regio import.</summary>
    public (IReadOnlyList<ReferentieGebied> Gebieden, string DataVersie) Gebieden()
    {
        using var db = database.Open();
        using var tx = database.Lezen(db);
        var leden = new Dictionary<string, List<string>>();
        using (var cmd = db.Opdracht(tx, "SELECT regiocode, gemeentecode FROM regio_lid ORDER BY regiocode, gemeentecode"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                (leden.TryGetValue(r.GetString(0), out var l) ? l : leden[r.GetString(0)] = []).Add(r.GetString(1));
        var lijst = new List<ReferentieGebied>();
        using (var cmd = db.Opdracht(tx, "SELECT code, naam, niveau, ouder_code, inwoners FROM gebied ORDER BY code"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                lijst.Add(new ReferentieGebied(
                    new Gebied(r.GetString(0), r.GetString(1), Codes.ParseNiveau(r.GetString(2)), r.IsDBNull(3) ? null : r.GetString(3),
                        leden.GetValueOrDefault(r.GetString(0))),
                    r.GetInt64(4)));
        return (lijst, GebiedVersie(db, tx));
    }

    public string GebiedVersie()
    {
        using var db = database.Open();
        return GebiedVersie(db, null);
    }

    /// <summary>
    /// Defines (or redefines) the regio's in <paramref name="regios"/> in one transaction; the
    /// same content again changes nothing. A regio is a view on gemeenten, not a place where
    /// figures are recorded, so redefining one moves no opgave or count.
    /// </summary>
    public ImportUitkomst ImporteerRegios(string inhoudHash, IReadOnlyList<Gebied> regios, int rijen, string batchId, DateTimeOffset tijdstip)
    {
        using var db = database.Open();
        using var tx = database.Schrijven(db);
        using (var cmd = db.Opdracht(tx, "SELECT id, rijen FROM regio_batch WHERE inhoud_hash = @h", ("@h", inhoudHash)))
        using (var r = cmd.ExecuteReader())
            if (r.Read()) return new ImportUitkomst(r.GetString(0), false, r.GetInt32(1), []);
        NieuweBatch(db, tx, "regio_batch", batchId, inhoudHash, rijen, tijdstip);
        foreach (var regio in regios)
        {
            db.Uitvoeren(tx, "DELETE FROM regio_lid WHERE regiocode = @c", ("@c", regio.Code));
            db.Uitvoeren(tx, """
                INSERT INTO gebied VALUES (@c, @n, 'regio', @o, 0)
                ON CONFLICT (code) DO UPDATE SET naam = excluded.naam, ouder_code = excluded.ouder_code
                """, ("@c", regio.Code), ("@n", regio.Naam), ("@o", regio.OuderCode));
            foreach (var lid in regio.Leden ?? [])
                db.Uitvoeren(tx, "INSERT INTO regio_lid VALUES (@c, @g)", ("@c", regio.Code), ("@g", lid));
        }
        tx.Commit();
        return new ImportUitkomst(batchId, true, rijen, []);
    }

    /// <summary>
    /// Inserts a batch row numbered one past the highest: the writer lock makes that number free,
    /// and a rolled-back import leaves no gap, on both providers.
    /// </summary>
    private static void NieuweBatch(DbConnection db, DbTransaction tx, string tabel, string batchId, string inhoudHash, int rijen, DateTimeOffset tijdstip) =>
        db.Uitvoeren(tx, $"""
            INSERT INTO {tabel} (volgnummer, id, inhoud_hash, rijen, geimporteerd_op)
            SELECT COALESCE(MAX(volgnummer), 0) + 1, @id, @h, @n, @t FROM {tabel}
            """, ("@id", batchId), ("@h", inhoudHash), ("@n", rijen), ("@t", tijdstip.ToString("O", CultureInfo.InvariantCulture)));

    private static string GebiedVersie(DbConnection db, DbTransaction? tx) =>
        "gebieden-" + db.Getal(tx, "SELECT COALESCE(MAX(volgnummer), 0) FROM regio_batch").ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The periods in force (latest version of each), and a version that changes with every
    /// import. With <paramref name="tot"/>: as they were after that batch (a past kennisstand or
    /// an edition), named by that batch's version, which therefore always means the same periods.
    /// </summary>
    public (IReadOnlyList<OpgaveRecord> Opgaven, string DataVersie) Opgaven(long? tot = null)
    {
        using var db = database.Open();
        using var tx = database.Lezen(db);
        var hoogste = Hoogste(db, tx);
        var grens = Math.Min(tot ?? hoogste, hoogste);
        return (GeldendeOpgaven(db, tx, grens), VersieVan(grens));
    }

    /// <summary>The last batch imported at or before <paramref name="kennisstand"/> (see <see cref="Batchversies"/>).</summary>
    public long VolgnummerOp(DateTimeOffset kennisstand)
    {
        using var db = database.Open();
        return Batchversies.VolgnummerOp(db, "opgave_batch", kennisstand);
    }

    /// <summary>The volgnummer a data version names, or null when it is not one of the opgave versions.</summary>
    public long? VolgnummerVan(string versie)
    {
        using var db = database.Open();
        return Batchversies.VolgnummerVan(db, "opgave_batch", VersiePrefix, versie);
    }

    public static string VersieVan(long volgnummer) => Batchversies.Versie(VersiePrefix, volgnummer);

    private const string VersiePrefix = "opgaven-";

    private static DateTimeOffset Tijdstip(string opgeslagen) => Batchversies.Tijdstip(opgeslagen);

    private static long Hoogste(DbConnection db, DbTransaction? tx) =>
        Batchversies.Hoogste(db, tx, "opgave_batch");

    public string DataVersie()
    {
        using var db = database.Open();
        return Versie(db, null);
    }

    private static string Versie(DbConnection db, DbTransaction? tx) => VersieVan(Hoogste(db, tx));

    /// <summary>
    /// Stores <paramref name="rijen"/> as one batch, unless the same content is already stored or
    /// <paramref name="controleer"/> finds problems against what is in force. The check and the
    /// insert run in one write transaction (<see cref="Database.Schrijven"/>), so two imports cannot both pass a
    /// check that only one of them may pass.
    /// </summary>
    public ImportUitkomst Importeer(
        string inhoudHash,
        IReadOnlyList<(int Regel, OpgavePeriode Periode)> rijen,
        Func<IReadOnlyList<OpgaveRecord>, IReadOnlyList<ImportFout>> controleer,
        string batchId,
        DateTimeOffset tijdstip)
    {
        using var db = database.Open();
        using var tx = database.Schrijven(db);
        using (var cmd = db.Opdracht(tx, "SELECT id, rijen FROM opgave_batch WHERE inhoud_hash = @h", ("@h", inhoudHash)))
        using (var r = cmd.ExecuteReader())
            if (r.Read()) return new ImportUitkomst(r.GetString(0), false, r.GetInt32(1), []);

        var fouten = controleer(GeldendeOpgaven(db, tx));
        if (fouten.Count > 0) return ImportUitkomst.Afgewezen(fouten);

        // Import times rise strictly with the volgnummer, so a kennisstand is always a prefix of the
        // batches: an import that waited for the write lock, or a clock that stepped back, is
        // placed just after the batch before it.
        using (var laatste = db.Opdracht(tx, "SELECT geimporteerd_op FROM opgave_batch ORDER BY volgnummer DESC LIMIT 1"))
            if (laatste.ExecuteScalar() is string vorige && Tijdstip(vorige) >= tijdstip)
                tijdstip = Tijdstip(vorige).AddTicks(1);

        NieuweBatch(db, tx, "opgave_batch", batchId, inhoudHash, rijen.Count, tijdstip);
        // Its event, in this same transaction: published if and only if the batch is stored.
        outbox.SchrijfOpgaveGewijzigd(db, tx, batchId, rijen, tijdstip);
        foreach (var (regel, p) in rijen)
            db.Uitvoeren(tx, "INSERT INTO opgave_periode VALUES (@b, @r, @c, @g, @sd, @sw, @ed, @ew, @besluit)",
                ("@b", batchId), ("@r", regel), ("@c", p.Categorie.Code()), ("@g", p.Gebiedcode),
                ("@sd", p.Startdatum.Iso()), ("@sw", p.Startwaarde), ("@ed", p.Einddatum.Iso()), ("@ew", p.Eindwaarde),
                ("@besluit", p.Besluit));
        tx.Commit();
        return new ImportUitkomst(batchId, true, rijen.Count, []);
    }

    private static List<OpgaveRecord> GeldendeOpgaven(DbConnection db, DbTransaction tx, long tot = long.MaxValue)
    {
        using var cmd = db.Opdracht(tx, """
            SELECT p.batch_id, p.regel, p.categorie, p.gebiedcode, p.startdatum, p.startwaarde, p.einddatum, p.eindwaarde, p.besluit
            FROM opgave_periode p JOIN opgave_batch b ON b.id = p.batch_id
            WHERE b.volgnummer <= @tot
            ORDER BY b.volgnummer, p.regel
            """, ("@tot", tot));
        using var r = cmd.ExecuteReader();
        var geldend = new Dictionary<(string, string, string), OpgaveRecord>();
        while (r.Read())
        {
            var periode = new OpgavePeriode(Codes.ParseCategorie(r.GetString(2)), r.GetString(3),
                r.Datum(4), r.GetInt64(5), r.Datum(6), r.GetInt64(7), r.GetString(8));
            // A later version of the same period replaces the earlier one; the earlier stays stored.
            geldend[(r.GetString(2), r.GetString(3), r.GetString(4))] = new OpgaveRecord(r.GetString(0), r.GetInt32(1), periode);
        }
        return [.. geldend.Values];
    }
}
