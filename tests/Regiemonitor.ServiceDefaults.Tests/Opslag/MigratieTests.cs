using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Regiemonitor.ServiceDefaults.Events;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.ServiceDefaults.Tests.Opslag;

/// <summary>Versioned schema steps on a real database of each provider.</summary>
public sealed class MigratieTests
{
    private static readonly Migratie Een = new(1, "tabel", "CREATE TABLE IF NOT EXISTS proef (id INTEGER PRIMARY KEY, naam TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS proef (id BIGINT PRIMARY KEY, naam TEXT NOT NULL)");

    private static readonly Migratie Twee = new(2, "kolom", "ALTER TABLE proef ADD COLUMN code TEXT", "ALTER TABLE proef ADD COLUMN code TEXT");

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void Migreer_TweedeKeer_VerandertNiets(OpslagProvider provider)
    {
        using var opslag = Testopslag.Nieuw(provider);

        Assert.Equal([1, 2], Migratie.Migreer(opslag.Database, "proef", [Een, Twee]));
        Voeg(opslag.Database, 1, "a");
        Assert.Empty(Migratie.Migreer(opslag.Database, "proef", [Een, Twee]));

        Assert.Equal([1, 2], Migratie.Versies(opslag.Database, "proef"));
        Assert.Equal(1, Aantal(opslag.Database, "SELECT COUNT(*) FROM proef WHERE code IS NULL"));
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void Migreer_NieuweVersie_AlleenDieWordtToegepastEnDataBlijft(OpslagProvider provider)
    {
        using var opslag = Testopslag.Nieuw(provider);
        Migratie.Migreer(opslag.Database, "proef", [Een]);
        Voeg(opslag.Database, 1, "a");

        Assert.Equal([2], Migratie.Migreer(opslag.Database, "proef", [Een, Twee]));

        Assert.Equal(1, Aantal(opslag.Database, "SELECT COUNT(*) FROM proef WHERE naam = 'a' AND code IS NULL"));
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void Migreer_StapFaalt_NietsVanDieStapToegepast(OpslagProvider provider)
    {
        using var opslag = Testopslag.Nieuw(provider);
        Migratie.Migreer(opslag.Database, "proef", [Een]);
        var fout = new Migratie(2, "half", "CREATE TABLE half (x INTEGER); SELECT * FROM bestaat_niet;",
            "CREATE TABLE half (x INTEGER); SELECT * FROM bestaat_niet;");

        Assert.ThrowsAny<System.Data.Common.DbException>(() => Migratie.Migreer(opslag.Database, "proef", [Een, fout]));

        Assert.Equal([1], Migratie.Versies(opslag.Database, "proef"));
        Assert.ThrowsAny<System.Data.Common.DbException>(() => Aantal(opslag.Database, "SELECT COUNT(*) FROM half"));
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public async Task Migreer_VijfReplicasTegelijk_ElkeStapEenmaal(OpslagProvider provider)
    {
        using var opslag = Testopslag.Nieuw(provider);

        var uitkomsten = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => Migratie.Migreer(opslag.Database, "proef", [Een, Twee]))));

        Assert.Equal([1, 2], uitkomsten.SelectMany(u => u).Order());
        Assert.Equal([1, 2], Migratie.Versies(opslag.Database, "proef"));
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void Migreer_OnderdelenInEenDatabase_ElkEigenVersies(OpslagProvider provider)
    {
        using var opslag = Testopslag.Nieuw(provider);
        var ander = new Migratie(1, "ander", "CREATE TABLE ander (x INTEGER)", "CREATE TABLE ander (x INTEGER)");

        Migratie.Migreer(opslag.Database, "proef", [Een, Twee]);

        Assert.Equal([1], Migratie.Migreer(opslag.Database, "ander", [ander]));
        Assert.Equal([1, 2], Migratie.Versies(opslag.Database, "proef"));
    }

    [Fact]
    public void Migreer_GatInDeVersies_Geweigerd()
    {
        using var opslag = Testopslag.Nieuw(OpslagProvider.Sqlite);

        Assert.Throws<ArgumentException>(() => Migratie.Migreer(opslag.Database, "proef", [Twee]));
    }

    [Fact]
    public void Initialiseer_SqliteBestandVanVoorDeMigraties_WordtVersie1EnHoudtZijnRijen()
    {
        // The outbox as the SQLite-only release created it, with an event still pending.
        using var opslag = Testopslag.Nieuw(OpslagProvider.Sqlite);
        using (var db = new SqliteConnection(opslag.Database.ConnectionString))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE outbox (
                    volgnummer INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, topic TEXT NOT NULL,
                    gebeurtenis TEXT NOT NULL, geschreven_op TEXT NOT NULL,
                    pogingen INTEGER NOT NULL DEFAULT 0, laatste_fout TEXT, afgeleverd_op TEXT);
                CREATE INDEX outbox_open ON outbox (volgnummer) WHERE afgeleverd_op IS NULL;
                """;
            cmd.ExecuteNonQuery();
        }
        var oud = new Outbox(opslag.Database, NullLogger<Outbox>.Instance);
        using (var db = opslag.Database.Open())
        using (var tx = opslag.Database.Schrijven(db))
        {
            oud.Schrijf(db, tx, Topics.OpgaveGewijzigd, Events.OutboxTests.Event("b1"));
            tx.Commit();
        }

        new Outbox(opslag.Database, NullLogger<Outbox>.Instance).Initialiseer();

        Assert.Equal([1], Migratie.Versies(opslag.Database, "outbox"));
        Assert.Equal("realisatie-geimporteerd:b1", Assert.Single(oud.Openstaand(0, 10)).Gebeurtenis.Id);
    }

    [Theory]
    [InlineData(null, OpslagProvider.Sqlite)]
    [InlineData("", OpslagProvider.Sqlite)]
    [InlineData("postgresql", OpslagProvider.PostgreSQL)]
    [InlineData("Sqlite", OpslagProvider.Sqlite)]
    public void ProviderUit_Waarde_DieProvider(string? waarde, OpslagProvider verwacht)
    {
        Assert.Equal(verwacht, Database.ProviderUit(Configuratie(("Regiemonitor:Opslag:Provider", waarde))));
    }

    [Fact]
    public void ProviderUit_Onbekend_FoutNoemtDeKeuzes()
    {
        var fout = Assert.Throws<InvalidOperationException>(() => Database.ProviderUit(Configuratie(("Regiemonitor:Opslag:Provider", "Oracle"))));
        Assert.Contains("Sqlite of PostgreSQL", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSQLVerbinding_Ontbreekt_FoutNoemtDeSleutel()
    {
        var fout = Assert.Throws<InvalidOperationException>(() => Database.PostgreSQLVerbinding(Configuratie(), "OpgaveRegistry"));
        Assert.Contains("Regiemonitor:ConnectionStrings:OpgaveRegistry", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PostgreSQL", null, true)]
    [InlineData("PostgreSQL", "Host=db;Database=reporting;Username=reporting", false)]
    [InlineData("Oracle", null, true)]
    [InlineData(null, null, false)]
    public void AddOpslagOptions_MetDienst_ControleertProviderEnVerbindingBijStart(string? provider, string? verbinding, bool faalt)
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddSingleton<IConfiguration>(Configuratie(("Regiemonitor:Opslag:Provider", provider), ("Regiemonitor:ConnectionStrings:Reporting", verbinding)));
        services.AddOpslagOptions("Reporting");
        using var sp = services.BuildServiceProvider();

        var fout = Record.Exception(() => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<OpslagOptions>>().Value);

        Assert.Equal(faalt, fout is Microsoft.Extensions.Options.OptionsValidationException);
        if (faalt) Assert.Contains("Regiemonitor:ConnectionStrings:Reporting", fout!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_PostgreSQL_NoemtGeenWachtwoord()
    {
        var database = Database.PostgreSQL("Host=db.example;Port=5432;Database=registry;Username=app;Password=geheim-wachtwoord");

        Assert.Equal("PostgreSQL db.example:5432/registry", database.ToString());
    }

    private static IConfiguration Configuratie(params (string Sleutel, string? Waarde)[] waarden) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(waarden.Select(w => new KeyValuePair<string, string?>(w.Sleutel, w.Waarde))).Build();

    private static void Voeg(Database database, long id, string naam)
    {
        using var db = database.Open();
        db.Uitvoeren(null, "INSERT INTO proef (id, naam) VALUES (@id, @naam)", ("@id", id), ("@naam", naam));
    }

    private static long Aantal(Database database, string sql)
    {
        using var db = database.Open();
        return db.Getal(null, sql);
    }
}
