using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using Regiemonitor.Contracts.Ingestion.V1;
using Regiemonitor.FunctionalTests.Events;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Imports;

/// <summary>
/// Ingestion's store as the previous release left it (schema version 1: <c>telling</c> with its
/// codes as text), with a batch and its correction, is taken over by the current release
/// (version 2: series numbers and day numbers): the numbers in force, the batches with their
/// rows in file order, the history and the content hashes are what they were, and imports go on
/// from there. On the PostgreSQL run the same on that provider's version 1.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class SchemaversieTests(CrashOpstelling o) : IClassFixture<CrashOpstelling>, IAsyncLifetime
{
    private static readonly TimeSpan Limiet = TimeSpan.FromMinutes(2);
    private readonly CrashIngestion _i = new(o, "schema-v1");
    private Dienstproces _ingestion = null!;

    // The first delivery of COA for 1 September, and its correction: regulier changes, noodopvang
    // and amv are left out (so stop counting), GM0109 is new.
    private static readonly string[] Eerste = ["COA,asiel,regulier,GM0106,2024-09-01,400", "COA,asiel,noodopvang,GM0106,2024-09-01,100", "COA,amv,,GM0106,2024-09-01,7"];
    private static readonly string[] Correctie = ["COA,asiel,regulier,GM0106,2024-09-01,450", "COA,asiel,regulier,GM0109,2024-09-01,20"];

    public async Task InitializeAsync()
    {
        Schrijf(TestPostgres.Actief ? PostgreSQLVersie1 : SqliteVersie1);
        Schrijf(Batch(1, "realisatie-v1-eerste", Eerste, "2024-09-02T08:00:00.0000000+00:00", null));
        Schrijf(Batch(2, "realisatie-v1-correctie", Correctie, "2024-09-03T08:00:00.0000000+00:00", "telfout"));
        _ingestion = await _i.Start(new Dictionary<string, string>());
    }

    public async Task DisposeAsync() => await _i.DisposeAsync();

    [Fact]
    public async Task Versie1_NaMigratie_ZelfdeCijfersBatchesEnHistorie()
    {
        Assert.Equal([1L, 2L], Opslag.Getallen(_i.DataMap, "ingestion.db", "Ingestion", "SELECT versie FROM schema_versie WHERE onderdeel = 'realisatie' ORDER BY versie"));

        // In force: the correction's rows only (it replaces the delivery of 1 September as a whole).
        using var kanaal = GrpcChannel.ForAddress(_ingestion.Adres);
        var geldend = await new IngestionService.IngestionServiceClient(kanaal).ListTellingenAsync(new ListTellingenRequest());
        Assert.Equal(["GM0106 asiel regulier 450 realisatie-v1-correctie", "GM0109 asiel regulier 20 realisatie-v1-correctie"],
            geldend.Tellingen.Select(t => $"{t.Gebiedcode} {t.Categorie} {t.Onderdeel} {t.Aantal} {t.BatchId}").Order(StringComparer.Ordinal));

        var eerste = JsonNode.Parse(await _i.Http.GetStringAsync(new Uri(_ingestion.Adres, "/api/v1/imports/realisatie/batches/realisatie-v1-eerste")))!;
        Assert.Equal(["2 regulier 400 false", "3 noodopvang 100 false", "4  7 false"],
            eerste["tellingen"]!.AsArray().Select(t => $"{t!["regel"]} {t["onderdeel"]} {t["aantal"]} {t["geldend"]}"));
        Assert.Equal("realisatie-v1-correctie", (string?)eerste["vervangenDoor"]![0]!["batchId"]);
        Assert.Equal(Hash(Eerste), (string?)eerste["inhoudHash"]);

        var historie = JsonNode.Parse(await _i.Http.GetStringAsync(new Uri(_ingestion.Adres, "/api/v1/realisatie/GM0106/historie?categorie=asiel")))!;
        Assert.Equal(["noodopvang 100 realisatie-v1-eerste false", "regulier 400 realisatie-v1-eerste false", "regulier 450 realisatie-v1-correctie true"],
            historie["tellingen"]!.AsArray().Select(t => $"{t!["onderdeel"]} {t["aantal"]} {t["batchId"]} {t["geldend"]}"));

        // The stored hash still recognises the same content, in another order.
        using (var weer = await Post(Enumerable.Reverse(Correctie)))
        {
            Assert.Equal(HttpStatusCode.OK, weer.StatusCode);
            Assert.Equal("realisatie-v1-correctie", (string?)JsonNode.Parse(await weer.Content.ReadAsStringAsync())!["batchId"]);
        }

        // A new correction is compared with the migrated rows in force.
        using var nieuw = await Post(["COA,asiel,regulier,GM0106,2024-09-01,455", "COA,asiel,regulier,GM0109,2024-09-01,20"]);
        Assert.Equal(HttpStatusCode.Created, nieuw.StatusCode);
        var antwoord = JsonNode.Parse(await nieuw.Content.ReadAsStringAsync())!;
        Assert.Equal("realisatie-v1-correctie", (string?)antwoord["vervangt"]![0]!["batchId"]);
        Assert.Equal(["GM0106 450 455"], antwoord["wijzigingen"]!.AsArray().Select(w => $"{w!["gebiedcode"]} {w["oud"]} {w["nieuw"]}"));
    }

    private Task<HttpResponseMessage> Post(IEnumerable<string> regels) =>
        _i.ImporteerRealisatie(Encoding.UTF8.GetBytes("bron,categorie,onderdeel,gebiedcode,peildatum,aantal\n" + string.Join('\n', regels)));

    /// <summary>The content hash as the contract defines it: SHA-256 of the sorted rows, fields joined by U+001F.</summary>
    private static string Hash(IEnumerable<string> regels) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\n', regels.Select(r => r.Replace(',', '\u001f')).Order(StringComparer.Ordinal)))));

    /// <summary>A batch as version 1 stored it: the batch row, a row per line (from line 2) and its delivery.</summary>
    private static string Batch(int volgnummer, string id, string[] regels, string tijdstip, string? reden)
    {
        var sql = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO realisatie_batch (volgnummer, id, inhoud_hash, bronnen, eerste_peildatum, laatste_peildatum, rijen, geimporteerd_op, door, reden)
            VALUES ({volgnummer}, '{id}', '{Hash(regels)}', 'COA', '2024-09-01', '2024-09-01', {regels.Length}, '{tijdstip}', 'beheerder', {(reden is null ? "NULL" : $"'{reden}'")});
            INSERT INTO realisatie_levering VALUES ('{id}', 'COA', '2024-09-01', {regels.Length});
            """));
        for (var i = 0; i < regels.Length; i++)
        {
            var v = regels[i].Split(',');
            sql.Append(CultureInfo.InvariantCulture, $"\nINSERT INTO telling VALUES ('{id}', {i + 2}, '{v[0]}', '{v[1]}', '{v[2]}', '{v[3]}', '{v[4]}', {v[5]});");
        }
        return sql.ToString();
    }

    private void Schrijf(string sql)
    {
        if (TestPostgres.Actief)
        {
            TestPostgres.Omgeving(_i.DataMap);
            Opslag.Uitvoeren(_i.DataMap, "ingestion.db", "Ingestion", sql);
            return;
        }
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_i.DataMap, "ingestion.db"), Pooling = false }.ToString());
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    // Version 1 exactly as the previous release created it, with its schema_versie row.
    private const string SqliteVersie1 = """
        CREATE TABLE schema_versie (
            onderdeel TEXT NOT NULL, versie INTEGER NOT NULL, naam TEXT NOT NULL, toegepast_op TEXT NOT NULL,
            PRIMARY KEY (onderdeel, versie));
        INSERT INTO schema_versie VALUES ('realisatie', 1, 'realisatie', '2026-11-01T00:00:00.0000000+00:00');
        CREATE TABLE realisatie_batch (
            volgnummer INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, inhoud_hash TEXT NOT NULL UNIQUE,
            bronnen TEXT NOT NULL, eerste_peildatum TEXT NOT NULL, laatste_peildatum TEXT NOT NULL,
            rijen INTEGER NOT NULL, geimporteerd_op TEXT NOT NULL, door TEXT, reden TEXT);
        CREATE TABLE telling (
            batch_id TEXT NOT NULL REFERENCES realisatie_batch(id), regel INTEGER NOT NULL,
            bron TEXT NOT NULL, categorie TEXT NOT NULL, onderdeel TEXT NOT NULL, gebiedcode TEXT NOT NULL,
            peildatum TEXT NOT NULL, aantal INTEGER NOT NULL, PRIMARY KEY (batch_id, regel));
        CREATE INDEX telling_reeks ON telling (bron, categorie, onderdeel, gebiedcode, peildatum);
        CREATE INDEX telling_levering ON telling (batch_id, bron, peildatum);
        CREATE TABLE realisatie_levering (
            batch_id TEXT NOT NULL REFERENCES realisatie_batch(id), bron TEXT NOT NULL, peildatum TEXT NOT NULL,
            rijen INTEGER NOT NULL, PRIMARY KEY (batch_id, bron, peildatum));
        CREATE INDEX realisatie_levering_peildatum ON realisatie_levering (bron, peildatum);
        """;

    private const string PostgreSQLVersie1 = """
        CREATE TABLE schema_versie (
            onderdeel TEXT NOT NULL, versie INTEGER NOT NULL, naam TEXT NOT NULL, toegepast_op TEXT NOT NULL,
            PRIMARY KEY (onderdeel, versie));
        INSERT INTO schema_versie VALUES ('realisatie', 1, 'realisatie', '2026-11-01T00:00:00.0000000+00:00');
        CREATE TABLE realisatie_batch (
            volgnummer BIGINT PRIMARY KEY, id TEXT COLLATE "C" NOT NULL UNIQUE, inhoud_hash TEXT COLLATE "C" NOT NULL UNIQUE,
            bronnen TEXT COLLATE "C" NOT NULL, eerste_peildatum TEXT COLLATE "C" NOT NULL, laatste_peildatum TEXT COLLATE "C" NOT NULL,
            rijen INTEGER NOT NULL, geimporteerd_op TEXT COLLATE "C" NOT NULL, door TEXT COLLATE "C", reden TEXT COLLATE "C");
        CREATE TABLE telling (
            batch_id TEXT COLLATE "C" NOT NULL REFERENCES realisatie_batch(id), regel INTEGER NOT NULL,
            bron TEXT COLLATE "C" NOT NULL, categorie TEXT COLLATE "C" NOT NULL, onderdeel TEXT COLLATE "C" NOT NULL, gebiedcode TEXT COLLATE "C" NOT NULL,
            peildatum TEXT COLLATE "C" NOT NULL, aantal BIGINT NOT NULL, PRIMARY KEY (batch_id, regel));
        CREATE INDEX telling_reeks ON telling (bron, categorie, onderdeel, gebiedcode, peildatum);
        CREATE INDEX telling_levering ON telling (batch_id, bron, peildatum);
        CREATE TABLE realisatie_levering (
            batch_id TEXT COLLATE "C" NOT NULL REFERENCES realisatie_batch(id), bron TEXT COLLATE "C" NOT NULL, peildatum TEXT COLLATE "C" NOT NULL,
            rijen INTEGER NOT NULL, PRIMARY KEY (batch_id, bron, peildatum));
        CREATE INDEX realisatie_levering_peildatum ON realisatie_levering (bron, peildatum);
        """;
}
