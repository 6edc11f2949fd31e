using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Regiemonitor.FunctionalTests.Infrastructuur;

/// <summary>
/// Reads every row of every table of the services' stores (the SQLite files, and on the
/// PostgreSQL run the stack's databases too), so a test can prove that a refused import changed nothing.
/// </summary>
public static class Opslag
{
    public static string Inhoud(string dataMap)
    {
        var tekst = new StringBuilder();
        foreach (var bestand in Directory.GetFiles(dataMap, "*.db").Order(StringComparer.Ordinal))
        {
            using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = bestand, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            db.Open();
            foreach (var tabel in Lijst(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
            {
                tekst.AppendLine($"# {Path.GetFileName(bestand)}:{tabel}");
                foreach (var rij in Lijst(db, $"SELECT * FROM \"{tabel}\"").Order(StringComparer.Ordinal)) tekst.AppendLine(rij);
            }
        }
        foreach (var (dienst, verbinding) in TestPostgres.Actief ? TestPostgres.Databases(dataMap) : [])
            tekst.Append(PostgreSQLInhoud(dienst, verbinding));
        return tekst.ToString();
    }

    /// <summary>Every row of every table of one PostgreSQL database, in the same form as a SQLite file.</summary>
    public static string PostgreSQLInhoud(string dienst, string verbinding)
    {
        var tekst = new StringBuilder();
        using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(verbinding) { Pooling = false }.ToString());
        db.Open();
        foreach (var tabel in Lijst(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name COLLATE \"C\""))
        {
            tekst.AppendLine($"# postgres:{dienst}:{tabel}");
            foreach (var rij in Lijst(db, $"SELECT * FROM \"{tabel}\"").Order(StringComparer.Ordinal)) tekst.AppendLine(rij);
        }
        return tekst.ToString();
    }

    /// <summary>
    /// The first column of <paramref name="sql"/> on one store of the stack: the SQLite file
    /// <paramref name="bestand"/>, or on the PostgreSQL run the database of <paramref name="dienst"/>.
    /// </summary>
    public static List<long> Getallen(string dataMap, string bestand, string dienst, string sql)
    {
        using var db = Verbinding(dataMap, bestand, dienst, SqliteOpenMode.ReadOnly);
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var getallen = new List<long>();
        while (r.Read()) getallen.Add(Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        return getallen;
    }

    /// <summary>Runs <paramref name="sql"/> on one store of the stack (see <see cref="Getallen"/>), as an intruder with write access would.</summary>
    public static int Uitvoeren(string dataMap, string bestand, string dienst, string sql)
    {
        using var db = Verbinding(dataMap, bestand, dienst, SqliteOpenMode.ReadWrite);
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteNonQuery();
    }

    private static DbConnection Verbinding(string dataMap, string bestand, string dienst, SqliteOpenMode modus)
    {
        DbConnection db = TestPostgres.Actief && TestPostgres.Databases(dataMap).Any(d => d.Dienst == dienst)
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestPostgres.Databases(dataMap).Single(d => d.Dienst == dienst).Verbinding) { Pooling = false }.ToString())
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataMap, bestand), Mode = modus, Pooling = false }.ToString());
        db.Open();
        return db;
    }

    private static List<string> Lijst(DbConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rijen = new List<string>();
        while (r.Read())
            rijen.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rijen;
    }
}
