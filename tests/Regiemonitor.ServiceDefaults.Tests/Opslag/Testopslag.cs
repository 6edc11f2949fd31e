using Microsoft.Data.Sqlite;
using Npgsql;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.ServiceDefaults.Tests.Opslag;

/// <summary>
/// A fresh, empty database on either provider, removed afterwards: a SQLite file in a temporary
/// directory, or a new database on the PostgreSQL server in <c>REGIEMONITOR_TEST_POSTGRES</c>
/// (test.sh starts a throw-away cluster and sets it).
/// </summary>
public sealed class Testopslag : IDisposable
{
    private readonly string? _map;
    private readonly string? _postgresNaam;

    private Testopslag(Database database, string? map, string? postgresNaam)
    {
        Database = database;
        _map = map;
        _postgresNaam = postgresNaam;
    }

    public Database Database { get; }

    private static string? Server => Environment.GetEnvironmentVariable("REGIEMONITOR_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>
    /// The providers a storage test runs on: SQLite always; PostgreSQL when a server is given, and
    /// always in CI, where a missing server then fails the test instead of leaving it out unnoticed.
    /// </summary>
    public static TheoryData<OpslagProvider> Providers
    {
        get
        {
            var providers = new TheoryData<OpslagProvider> { OpslagProvider.Sqlite };
            if (Server is not null || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                providers.Add(OpslagProvider.PostgreSQL);
            return providers;
        }
    }

    public static Testopslag Nieuw(OpslagProvider provider, string naam = "test")
    {
        if (provider == OpslagProvider.Sqlite)
        {
            var map = Directory.CreateTempSubdirectory("regiemonitor-opslag-").FullName;
            return new Testopslag(Database.Sqlite(Sqlite.Bestand(map, naam + ".db"), naam), map, null);
        }
        var server = Server ?? throw new InvalidOperationException(
            "CI=true maar REGIEMONITOR_TEST_POSTGRES ontbreekt: de opslagtests op PostgreSQL mogen niet ongemerkt wegvallen.");
        var database = "rm_test_" + Guid.NewGuid().ToString("N");
        Beheer(server, $"CREATE DATABASE \"{database}\"");
        return new Testopslag(Database.PostgreSQL(new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString(), naam), null, database);
    }

    public void Dispose()
    {
        if (_map is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_map, recursive: true);
        }
        if (_postgresNaam is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Beheer(Server!, $"DROP DATABASE IF EXISTS \"{_postgresNaam}\" WITH (FORCE)");
        }
    }

    private static void Beheer(string server, string sql)
    {
        using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        db.Open();
        using var cmd = new NpgsqlCommand(sql, db);
        cmd.ExecuteNonQuery();
    }
}
