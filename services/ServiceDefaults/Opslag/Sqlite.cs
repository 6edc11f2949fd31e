using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Regiemonitor.ServiceDefaults.Opslag;

/// <summary>
/// The few ADO.NET steps every SQLite store repeats, with the connection settings each needs
/// (foreign keys on, wait for a writer instead of failing at once).
/// </summary>
public static class Sqlite
{
    public static SqliteConnection Open(string connectionString)
    {
        var db = new SqliteConnection(connectionString);
        db.Open();
        db.Uitvoeren(null, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;");
        return db;
    }

    /// <summary>A connection string for a database file under the data directory (created when missing).</summary>
    public static string Bestand(string dataMap, string naam)
    {
        Directory.CreateDirectory(dataMap);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataMap, naam), Pooling = true }.ToString();
    }

    public static SqliteCommand Commando(this SqliteConnection db, SqliteTransaction? tx, string sql, params (string Naam, object? Waarde)[] parameters)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (naam, waarde) in parameters) cmd.Parameters.AddWithValue(naam, waarde ?? DBNull.Value);
        return cmd;
    }

    public static int Uitvoeren(this SqliteConnection db, SqliteTransaction? tx, string sql, params (string, object?)[] parameters)
    {
        using var cmd = db.Commando(tx, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    public static long Getal(this SqliteConnection db, SqliteTransaction? tx, string sql, params (string, object?)[] parameters)
    {
        using var cmd = db.Commando(tx, sql, parameters);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static DateOnly Datum(this SqliteDataReader r, int kolom) =>
        DateOnly.ParseExact(r.GetString(kolom), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
