using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Regiemonitor.ServiceDefaults.Opslag;

/// <summary>
/// One versioned step of a store's schema, in the dialect of each provider. Version 1 of every
/// store is the schema the SQLite-only releases created (with IF NOT EXISTS), so an existing
/// database file is adopted as version 1 without change.
/// </summary>
public sealed record Migratie(int Versie, string Naam, string Sqlite, string PostgreSQL)
{
    /// <summary>
    /// DDL that makes <paramref name="tabellen"/> append-only in the database itself, whatever code
    /// runs: triggers refuse UPDATE and DELETE, and on PostgreSQL TRUNCATE. Repeatable (IF NOT
    /// EXISTS on SQLite, CREATE OR REPLACE for the shared PostgreSQL function), for a migration step.
    /// </summary>
    public static string AlleenToevoegen(OpslagProvider provider, IEnumerable<string> tabellen) => provider == OpslagProvider.Sqlite
        ? string.Concat(tabellen.SelectMany(tabel => new[] { "UPDATE", "DELETE" }.Select(actie => $"""

            CREATE TRIGGER IF NOT EXISTS {tabel}_geen_{actie.ToLowerInvariant()} BEFORE {actie} ON {tabel}
            BEGIN SELECT RAISE(ABORT, '{tabel} is append-only'); END;
            """)))
        : """

            CREATE OR REPLACE FUNCTION alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
            """ + string.Concat(tabellen.Select(tabel => $"""

            CREATE TRIGGER {tabel}_geen_wijziging BEFORE UPDATE OR DELETE ON {tabel}
                FOR EACH ROW EXECUTE FUNCTION alleen_toevoegen();
            CREATE TRIGGER {tabel}_geen_truncate BEFORE TRUNCATE ON {tabel}
                FOR EACH STATEMENT EXECUTE FUNCTION alleen_toevoegen();
            """));

    /// <summary>
    /// Brings <paramref name="onderdeel"/> (a store within the database: "opgaven", "outbox")
    /// to its latest version at start-up: each missing step and its row in <c>schema_versie</c>
    /// in one transaction, so a step is applied entirely or not at all, and a second run changes
    /// nothing. Two replicas starting at once queue on the writer lock; the second finds the steps done.
    /// </summary>
    /// <returns>The versions applied by this call (empty when the schema was up to date).</returns>
    /// <param name="sqliteJournaal">The SQLite journal mode of the file (WAL unless a store needs the file alone to be the truth).</param>
    public static IReadOnlyList<int> Migreer(Database database, string onderdeel, IReadOnlyList<Migratie> migraties, string sqliteJournaal = "WAL")
    {
        if (migraties.Select(m => m.Versie).Order().Where((v, i) => v != i + 1).Any())
            throw new ArgumentException($"De migraties van {onderdeel} moeten 1, 2, 3, ... zonder gaten zijn.", nameof(migraties));
        using var db = database.Open();
        // The journal mode is a property of the file, and cannot be switched inside a transaction.
        if (db is SqliteConnection) db.Uitvoeren(null, $"PRAGMA journal_mode = {sqliteJournaal};");
        using var tx = database.Schrijven(db);
        // Stores sharing one PostgreSQL database share schema_versie: create it one at a time.
        if (db is not SqliteConnection)
            db.Uitvoeren(tx, "SELECT pg_advisory_xact_lock(@sleutel)", ("@sleutel", Database.Slotsleutel("schema_versie")));
        db.Uitvoeren(tx, """
            CREATE TABLE IF NOT EXISTS schema_versie (
                onderdeel TEXT NOT NULL, versie INTEGER NOT NULL, naam TEXT NOT NULL, toegepast_op TEXT NOT NULL,
                PRIMARY KEY (onderdeel, versie))
            """);
        var gedaan = db.Getal(tx, "SELECT COALESCE(MAX(versie), 0) FROM schema_versie WHERE onderdeel = @o", ("@o", onderdeel));
        var toegepast = new List<int>();
        foreach (var m in migraties.Where(m => m.Versie > gedaan).OrderBy(m => m.Versie))
        {
            db.Uitvoeren(tx, database.Provider == OpslagProvider.Sqlite ? m.Sqlite : m.PostgreSQL);
            db.Uitvoeren(tx, "INSERT INTO schema_versie (onderdeel, versie, naam, toegepast_op) VALUES (@o, @v, @n, @t)",
                ("@o", onderdeel), ("@v", m.Versie), ("@n", m.Naam),
                ("@t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            toegepast.Add(m.Versie);
        }
        tx.Commit();
        return toegepast;
    }

    /// <summary>The versions applied to <paramref name="onderdeel"/>, in order.</summary>
    public static IReadOnlyList<int> Versies(Database database, string onderdeel)
    {
        using var db = database.Open();
        using var cmd = db.Opdracht(null, "SELECT versie FROM schema_versie WHERE onderdeel = @o ORDER BY versie", ("@o", onderdeel));
        using var r = cmd.ExecuteReader();
        var versies = new List<int>();
        while (r.Read()) versies.Add(Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture));
        return versies;
    }
}
