using System.Text;
using Microsoft.Data.Sqlite;

namespace Regiemonitor.FunctionalTests.Infrastructuur;

/// <summary>
/// Reads every row of every table of the services' SQLite stores, so a test can prove that a
/// refused import changed nothing.
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
        return tekst.ToString();
    }

    private static List<string> Lijst(SqliteConnection db, string sql)
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
