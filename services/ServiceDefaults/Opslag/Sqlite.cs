using Microsoft.Data.Sqlite;

namespace Regiemonitor.ServiceDefaults.Opslag;

/// <summary>
/// The SQLite side of <see cref="Database"/>: the file under the data directory and the connection
/// settings every store needs (foreign keys on, wait for a writer instead of failing at once).
/// Commands go through <see cref="DatabaseOpdrachten"/>, the same for both providers.
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
}
