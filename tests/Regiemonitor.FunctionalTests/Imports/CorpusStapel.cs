using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Regiemonitor.FunctionalTests.Dashboards;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Imports;

/// <summary>
/// A stack of its own for the import corpus (tests/corpus): Drenthe's opgaven and realisatie
/// stored first, so conflicts with stored data are part of the corpus, and an import limit as
/// small as corpus.json says, so "too large" needs only a small file.
/// </summary>
public sealed class CorpusStapel : IAsyncLifetime
{
    public static string Map { get; } = Path.Combine(Paden.Repository, "tests", "corpus");

    public static JsonObject Corpus { get; } = JsonNode.Parse(File.ReadAllText(Path.Combine(Map, "corpus.json")))!.AsObject();

    public Stapel Stapel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var limiet = ((long)Corpus["maxImportBytes"]!).ToString(CultureInfo.InvariantCulture);
        Stapel = await Stapel.Start(new Dictionary<string, string> { ["Regiemonitor__MaxImportBytes"] = limiet });
        foreach (var (pad, inhoud) in new[] { ("/api/v1/imports/opgaven", ProvincieStapel.Opgaven), ("/api/v1/imports/realisatie", ProvincieStapel.Realisatie) })
        {
            using var antwoord = await Stapel.PostCsv(pad, inhoud);
            if (antwoord.StatusCode != HttpStatusCode.Created)
                throw new InvalidOperationException($"{pad}: {antwoord.StatusCode} {await antwoord.Content.ReadAsStringAsync()}");
        }
        await WachtTotStil();
    }

    /// <summary>
    /// Every SQLite file of the stack, byte for byte, after a checkpoint: what a committed write
    /// left in a write-ahead log is then in the database file, so equal bytes mean equal stores
    /// (and any write at all, even one that changes no row, shows up).
    /// </summary>
    public IReadOnlyDictionary<string, byte[]> Bestanden()
    {
        var bestanden = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var pad in Directory.GetFiles(Stapel.DataMap, "*.db").Order(StringComparer.Ordinal))
        {
            using (var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = pad, Pooling = false }.ToString()))
            {
                db.Open();
                using var cmd = db.CreateCommand();
                cmd.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA wal_checkpoint(TRUNCATE);";
                cmd.ExecuteNonQuery();
            }
            foreach (var deel in new[] { pad, pad + "-wal" }.Where(File.Exists))
                bestanden[Path.GetFileName(deel)] = LeesGedeeld(deel);
        }
        // On PostgreSQL there are no files to compare: every row instead.
        foreach (var (dienst, verbinding) in TestPostgres.Actief ? TestPostgres.Databases(Stapel.DataMap) : [])
            bestanden[$"postgres:{dienst}"] = System.Text.Encoding.UTF8.GetBytes(Opslag.PostgreSQLInhoud(dienst, verbinding));
        return bestanden;
    }

    /// <summary>
    /// Waits until the stores stop changing: an accepted import leaves an event in the outbox that
    /// is marked delivered a moment later, which must not land in a refused import's before/after.
    /// </summary>
    public async Task WachtTotStil()
    {
        var einde = DateTime.UtcNow.AddSeconds(60);
        var vorige = Bestanden();
        for (var gelijk = 0; gelijk < 2;)
        {
            if (DateTime.UtcNow > einde) throw new TimeoutException("De opslag van de corpusstapel blijft veranderen.");
            await Task.Delay(500);
            var nu = Bestanden();
            gelijk = Gelijk(vorige, nu) ? gelijk + 1 : 0;
            vorige = nu;
        }
    }

    public static bool Gelijk(IReadOnlyDictionary<string, byte[]> a, IReadOnlyDictionary<string, byte[]> b) =>
        a.Keys.SequenceEqual(b.Keys) && a.All(x => x.Value.AsSpan().SequenceEqual(b[x.Key]));

    /// <summary>The services hold the files open; read them without asking for exclusive access.</summary>
    private static byte[] LeesGedeeld(string pad)
    {
        using var stroom = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var kopie = new MemoryStream();
        stroom.CopyTo(kopie);
        return kopie.ToArray();
    }

    // xunit disposes a fixture whose start failed too: then there may be no stack yet.
    public async Task DisposeAsync()
    {
        if (Stapel is not null) await Stapel.DisposeAsync();
    }
}

/// <summary>The corpus changes its stack's data (its good files are stored): it runs on its own stack, after (never beside) the others.</summary>
[CollectionDefinition(Naam, DisableParallelization = true)]
public sealed class CorpusCollectie : ICollectionFixture<CorpusStapel>
{
    public const string Naam = "corpus";
}
