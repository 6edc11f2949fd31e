using System.Globalization;
using Regiemonitor.ServiceDefaults.Imports;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// The toezicht and planning store (<c>toezicht.db</c>). Append-only: every write is one
/// <c>schrijving</c> row plus its records, in one transaction; nothing is ever updated or deleted
/// (triggers refuse it), so every earlier state and every assessment's basis stays visible.
/// What is in force is decided when reading (<see cref="ToezichtLezer"/>).
/// </summary>
public sealed class ToezichtStore
{
    private static readonly string[] Tabellen =
        ["schrijving", "taakstelling", "uitruil", "koppeling", "correctie", "beleid", "beoordeling", "bijstelling", "project", "scenario", "scenario_regel"];

    // The rollback journal instead of WAL: the database file alone is then the whole truth, so a
    // refused write provably leaves it byte for byte as it was, and a copy of it is a backup.
    // Writes are rare (imports by an administrator); readers only wait for them briefly.
    private const string Schema = """
        PRAGMA journal_mode = DELETE;
        CREATE TABLE IF NOT EXISTS schrijving (
            volgnummer INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, soort TEXT NOT NULL,
            inhoud_hash TEXT, rijen INTEGER NOT NULL, vastgelegd_op TEXT NOT NULL, UNIQUE (soort, inhoud_hash));
        CREATE TABLE IF NOT EXISTS taakstelling (
            schrijving_id TEXT NOT NULL REFERENCES schrijving(id), regel INTEGER NOT NULL, periode TEXT NOT NULL,
            gemeentecode TEXT NOT NULL, aantal INTEGER NOT NULL, herkomst TEXT NOT NULL, PRIMARY KEY (schrijving_id, regel));
        CREATE TABLE IF NOT EXISTS uitruil (
            schrijving_id TEXT NOT NULL REFERENCES schrijving(id), regel INTEGER NOT NULL, periode TEXT NOT NULL,
            naam TEXT NOT NULL, gemeentecode TEXT NOT NULL, aantal INTEGER NOT NULL, PRIMARY KEY (schrijving_id, regel));
        CREATE TABLE IF NOT EXISTS koppeling (
            schrijving_id TEXT NOT NULL REFERENCES schrijving(id), regel INTEGER NOT NULL, periode TEXT NOT NULL,
            gemeentecode TEXT NOT NULL, aantal INTEGER NOT NULL, PRIMARY KEY (schrijving_id, regel));
        CREATE TABLE IF NOT EXISTS correctie (
            schrijving_id TEXT NOT NULL REFERENCES schrijving(id), regel INTEGER NOT NULL, periode TEXT NOT NULL,
            gemeentecode TEXT NOT NULL, veld TEXT NOT NULL, waarde INTEGER NOT NULL, reden TEXT NOT NULL, PRIMARY KEY (schrijving_id, regel));
        CREATE TABLE IF NOT EXISTS beleid (
            schrijving_id TEXT PRIMARY KEY REFERENCES schrijving(id), provincie TEXT NOT NULL, beleid TEXT NOT NULL,
            versie INTEGER NOT NULL, vanaf TEXT NOT NULL, max_trede INTEGER NOT NULL, UNIQUE (provincie, versie));
        CREATE TABLE IF NOT EXISTS beoordeling (
            schrijving_id TEXT NOT NULL REFERENCES schrijving(id), regel INTEGER NOT NULL, periode TEXT NOT NULL,
            gemeentecode TEXT NOT NULL, trede INTEGER NOT NULL, kleur TEXT NOT NULL, grondslag TEXT NOT NULL, doel INTEGER NOT NULL,
            gehuisvest INTEGER, redenen TEXT NOT NULL, beleid TEXT NOT NULL, beleidsversie INTEGER NOT NULL, door TEXT NOT NULL,
            PRIMARY KEY (schrijving_id, regel));
        CREATE TABLE IF NOT EXISTS bijstelling (
            schrijving_id TEXT PRIMARY KEY REFERENCES schrijving(id), periode TEXT NOT NULL, gemeentecode TEXT NOT NULL,
            trede INTEGER NOT NULL, motivering TEXT NOT NULL, toezichthouder TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS project (
            schrijving_id TEXT NOT NULL REFERENCES schrijving(id), regel INTEGER NOT NULL, naam TEXT NOT NULL,
            gemeentecode TEXT NOT NULL, eenheden INTEGER NOT NULL, jaar INTEGER NOT NULL, PRIMARY KEY (schrijving_id, regel));
        CREATE TABLE IF NOT EXISTS scenario (
            schrijving_id TEXT PRIMARY KEY REFERENCES schrijving(id), provincie TEXT NOT NULL, naam TEXT NOT NULL,
            versie TEXT NOT NULL, status TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS scenario_regel (
            schrijving_id TEXT NOT NULL REFERENCES scenario(schrijving_id), regel INTEGER NOT NULL, gemeentecode TEXT NOT NULL,
            categorie TEXT NOT NULL, opgave INTEGER NOT NULL, inbreng INTEGER NOT NULL, PRIMARY KEY (schrijving_id, regel));
        """;

    private readonly string _connectionString;

    public ToezichtStore(string connectionString)
    {
        _connectionString = connectionString;
        using var db = Sqlite.Open(connectionString);
        db.Uitvoeren(null, Schema);
        foreach (var tabel in Tabellen)
            foreach (var actie in new[] { "UPDATE", "DELETE" })
                db.Uitvoeren(null, $"""
                    CREATE TRIGGER IF NOT EXISTS {tabel}_geen_{actie.ToLowerInvariant()} BEFORE {actie} ON {tabel}
                    BEGIN SELECT RAISE(ABORT, '{tabel} is append-only'); END;
                    """);
    }

    public ToezichtStand Lees()
    {
        using var db = Sqlite.Open(_connectionString);
        using var tx = db.BeginTransaction(deferred: true);
        return ToezichtLezer.Lees(db, tx);
    }

    /// <summary>Changes with every write, so a caller can cache by it.</summary>
    public string DataVersie()
    {
        using var db = Sqlite.Open(_connectionString);
        return ToezichtLezer.Versie(db, null);
    }

    /// <summary>
    /// One write: unless the same <paramref name="inhoudHash"/> of this <paramref name="soort"/>
    /// is already stored (then its id is answered and nothing changes), checks the new records
    /// against the stand in force with <paramref name="controleer"/> and, only when that finds
    /// nothing, stores them with <paramref name="vastleggen"/>. All in one write transaction
    /// (BEGIN IMMEDIATE), so two writers cannot both pass a check only one of them may pass.
    /// </summary>
    /// <param name="inhoudHash">Null for writes that are not idempotent (a bijstelling, a vaststelling).</param>
    public ImportUitkomst Schrijf(
        string soort, string? inhoudHash, int rijen, DateTimeOffset tijdstip,
        Func<ToezichtStand, IReadOnlyList<ImportFout>> controleer,
        Action<ToezichtStand, ToezichtVastlegging> vastleggen)
    {
        using var db = Sqlite.Open(_connectionString);
        using var tx = db.BeginTransaction();
        if (inhoudHash is not null)
        {
            using var cmd = db.Commando(tx, "SELECT id, rijen FROM schrijving WHERE soort = $s AND inhoud_hash = $h", ("$s", soort), ("$h", inhoudHash));
            using var r = cmd.ExecuteReader();
            if (r.Read()) return new ImportUitkomst(r.GetString(0), false, r.GetInt32(1), []);
        }

        var stand = ToezichtLezer.Lees(db, tx);
        var fouten = controleer(stand);
        if (fouten.Count > 0) return ImportUitkomst.Afgewezen(fouten);

        var id = soort + "-" + Guid.CreateVersion7(tijdstip).ToString("N");
        db.Uitvoeren(tx, "INSERT INTO schrijving (id, soort, inhoud_hash, rijen, vastgelegd_op) VALUES ($id, $s, $h, $n, $t)",
            ("$id", id), ("$s", soort), ("$h", inhoudHash), ("$n", rijen), ("$t", tijdstip.ToString("O", CultureInfo.InvariantCulture)));
        vastleggen(stand, new ToezichtVastlegging(db, tx, id));
        tx.Commit();
        return new ImportUitkomst(id, true, rijen, []);
    }
}
