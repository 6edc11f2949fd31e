using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Regiemonitor.FunctionalTests.Infrastructuur;

/// <summary>
/// The PostgreSQL run of the functional suite: with <c>REGIEMONITOR_TEST_OPSLAG=PostgreSQL</c>
/// every stack stores on the server in <c>REGIEMONITOR_TEST_POSTGRES</c> (test.sh starts a
/// throw-away cluster), in fresh databases of its own, one per service.
/// </summary>
public static class TestPostgres
{
    /// <summary>The processes whose stores follow <c>Regiemonitor:Opslag:Provider</c> (the gateway: token revocations).</summary>
    public static IReadOnlyList<string> Diensten { get; } = ["OpgaveRegistry", "Ingestion", "Reporting", "Gateway"];

    public static bool Actief =>
        string.Equals(Environment.GetEnvironmentVariable("REGIEMONITOR_TEST_OPSLAG"), "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    private static string Server => Environment.GetEnvironmentVariable("REGIEMONITOR_TEST_POSTGRES") is { Length: > 0 } s
        ? s
        : throw new InvalidOperationException("REGIEMONITOR_TEST_OPSLAG=PostgreSQL vraagt REGIEMONITOR_TEST_POSTGRES (een verbinding met de testserver).");

    /// <summary>
    /// The settings that put the stack with data directory <paramref name="dataMap"/> on
    /// PostgreSQL (none when the suite runs on SQLite). Its databases are named after the data
    /// directory and created when missing, so a process restarted on the same directory finds its data.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Omgeving(string dataMap)
    {
        var omgeving = new Dictionary<string, string>();
        if (!Actief) return omgeving;
        omgeving["Regiemonitor__Opslag__Provider"] = "PostgreSQL";
        foreach (var (dienst, verbinding) in Databases(dataMap))
        {
            Maak(new NpgsqlConnectionStringBuilder(verbinding).Database!);
            omgeving[$"Regiemonitor__ConnectionStrings__{dienst}"] = verbinding;
        }
        return omgeving;
    }

    /// <summary>Per service, the connection string of its database for <paramref name="dataMap"/>.</summary>
    public static IEnumerable<(string Dienst, string Verbinding)> Databases(string dataMap)
    {
        var sleutel = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataMap))))[..16];
        foreach (var dienst in Diensten)
            yield return (dienst, new NpgsqlConnectionStringBuilder(Server) { Database = $"rm_{sleutel}_{dienst.ToLowerInvariant()}" }.ToString());
    }

    private static void Maak(string database)
    {
        using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ToString());
        db.Open();
        using var bestaat = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @d", db);
        bestaat.Parameters.AddWithValue("d", database);
        if (bestaat.ExecuteScalar() is not null) return;
        // The name is ours (hex and a service name), so quoting it is enough.
        using var maak = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", db);
        maak.ExecuteNonQuery();
    }
}
