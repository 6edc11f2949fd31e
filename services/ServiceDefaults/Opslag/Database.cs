using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Regiemonitor.ServiceDefaults.Opslag;

/// <summary>Where a service keeps its data: <c>Regiemonitor:Opslag:Provider</c>.</summary>
public enum OpslagProvider
{
    /// <summary>Files under <c>Regiemonitor:DataDir</c>: one process, one machine (run.sh).</summary>
    Sqlite,

    /// <summary>The service's own database (<c>Regiemonitor:ConnectionStrings:&lt;Dienst&gt;</c>), shared by its replicas.</summary>
    PostgreSQL,
}

/// <summary>
/// One store's database on either provider. Stores write their SQL once against the ADO.NET base
/// types with <c>@naam</c> parameters (both providers accept them); only DDL differs, in
/// <see cref="Migratie"/>. Writers are serialised per database on both: SQLite has a single
/// writer by design, and PostgreSQL gets the same guarantee from a transaction-scoped advisory
/// lock, so a check-then-insert (same content hash, supersede per bron and peildatum) behaves
/// identically under concurrency.
/// </summary>
public sealed class Database
{
    private Database(OpslagProvider provider, string connectionString, string naam)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Naam = naam;
    }

    public OpslagProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The SQLite file name without extension; on PostgreSQL it names the writer lock.</summary>
    public string Naam { get; }

    public static Database Sqlite(string connectionString, string naam = "opslag") => new(OpslagProvider.Sqlite, connectionString, naam);

    public static Database PostgreSQL(string connectionString, string naam = "opslag") => new(OpslagProvider.PostgreSQL, connectionString, naam);

    /// <summary>
    /// The database of <paramref name="dienst"/>'s store <paramref name="bestand"/> for the
    /// configured provider: the file under the data directory, or the service's own PostgreSQL
    /// database from <c>Regiemonitor:ConnectionStrings:&lt;dienst&gt;</c> (several files of one service share it).
    /// </summary>
    public static Database Voor(IServiceProvider services, string dienst, string bestand)
    {
        var configuratie = services.GetRequiredService<IConfiguration>();
        var naam = Path.GetFileNameWithoutExtension(bestand);
        if (ProviderUit(configuratie) == OpslagProvider.Sqlite)
            return Sqlite(Opslag.Sqlite.Bestand(services.Opslag().DataDir, bestand), naam);
        return PostgreSQL(PostgreSQLVerbinding(configuratie, dienst), naam);
    }

    /// <summary>The configured provider; an unknown value fails the start with the accepted values.</summary>
    public static OpslagProvider ProviderUit(IConfiguration configuratie)
    {
        var waarde = configuratie["Regiemonitor:Opslag:Provider"];
        if (string.IsNullOrWhiteSpace(waarde)) return OpslagProvider.Sqlite;
        return Enum.TryParse<OpslagProvider>(waarde, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException(
                $"Regiemonitor:Opslag:Provider '{waarde}' is onbekend; kies Sqlite of PostgreSQL.");
    }

    /// <summary>
    /// <c>Regiemonitor:ConnectionStrings:&lt;dienst&gt;</c> (in Kubernetes from the Secret
    /// <c>&lt;dienst&gt;-database</c>), required with PostgreSQL. The message names the key, never
    /// the value (it holds the password).
    /// </summary>
    public static string PostgreSQLVerbinding(IConfiguration configuratie, string dienst)
    {
        var verbinding = configuratie[$"Regiemonitor:ConnectionStrings:{dienst}"];
        if (string.IsNullOrWhiteSpace(verbinding))
            throw new InvalidOperationException(
                $"Regiemonitor:Opslag:Provider is PostgreSQL, maar Regiemonitor:ConnectionStrings:{dienst} ontbreekt " +
                $"(omgevingsvariabele Regiemonitor__ConnectionStrings__{dienst}).");
        try
        {
            _ = new NpgsqlConnectionStringBuilder(verbinding);
        }
        catch (ArgumentException)
        {
            throw new InvalidOperationException($"Regiemonitor:ConnectionStrings:{dienst} is geen geldige PostgreSQL-verbinding.");
        }
        return verbinding;
    }

    /// <summary>Why the storage settings of <paramref name="dienst"/> cannot work, or null when they can.</summary>
    public static string? Controleer(IConfiguration configuratie, string dienst)
    {
        try
        {
            if (ProviderUit(configuratie) == OpslagProvider.PostgreSQL) PostgreSQLVerbinding(configuratie, dienst);
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    /// <summary>An open connection with the settings every store relies on.</summary>
    public DbConnection Open() => Provider == OpslagProvider.Sqlite ? Opslag.Sqlite.Open(ConnectionString) : OpenPostgreSQL();

    private NpgsqlConnection OpenPostgreSQL()
    {
        var db = new NpgsqlConnection(ConnectionString);
        db.Open();
        return db;
    }

    /// <summary>
    /// A write transaction that waits for every other writer of this database: SQLite's
    /// BEGIN IMMEDIATE, or on PostgreSQL a transaction-scoped advisory lock taken first.
    /// </summary>
    public DbTransaction Schrijven(DbConnection db)
    {
        if (db is SqliteConnection sqlite) return sqlite.BeginTransaction();
        var tx = db.BeginTransaction(IsolationLevel.ReadCommitted);
        db.Uitvoeren(tx, "SELECT pg_advisory_xact_lock(@sleutel)", ("@sleutel", Slotsleutel(Naam)));
        return tx;
    }

    /// <summary>A read transaction: one consistent snapshot for several queries, without blocking writers.</summary>
    public DbTransaction Lezen(DbConnection db) =>
        db is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: true) : db.BeginTransaction(IsolationLevel.RepeatableRead);

    /// <summary>A stable 64-bit key per store name (string.GetHashCode differs per process).</summary>
    internal static long Slotsleutel(string naam)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("regiemonitor:" + naam));
        return BitConverter.ToInt64(hash, 0);
    }

    public override string ToString() => Provider == OpslagProvider.Sqlite
        ? $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}"
        : string.Create(CultureInfo.InvariantCulture, $"PostgreSQL {Veilig(ConnectionString)}");

    /// <summary>Host, port and database only: safe for logs.</summary>
    private static string Veilig(string verbinding)
    {
        var b = new NpgsqlConnectionStringBuilder(verbinding);
        return $"{b.Host}:{b.Port}/{b.Database}";
    }
}

/// <summary>ADO.NET steps for either provider, with <c>@naam</c> parameters.</summary>
public static class DatabaseOpdrachten
{
    public static DbCommand Opdracht(this DbConnection db, DbTransaction? tx, string sql, params (string Naam, object? Waarde)[] parameters)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (naam, waarde) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = naam;
            p.Value = waarde ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    public static int Uitvoeren(this DbConnection db, DbTransaction? tx, string sql, params (string, object?)[] parameters)
    {
        using var cmd = db.Opdracht(tx, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    public static long Getal(this DbConnection db, DbTransaction? tx, string sql, params (string, object?)[] parameters)
    {
        using var cmd = db.Opdracht(tx, sql, parameters);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static DateOnly Datum(this DbDataReader r, int kolom) =>
        DateOnly.ParseExact(r.GetString(kolom), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
