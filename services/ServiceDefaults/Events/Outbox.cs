using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.ServiceDefaults.Events;

/// <summary>An event waiting in the outbox, in the order it was written.</summary>
public sealed record OutboxRij(long Volgnummer, string Topic, CloudEvent Gebeurtenis, int Pogingen);

/// <summary>
/// The transactional outbox of one service's SQLite store. A store writes the event of a batch
/// with <see cref="Schrijf"/> in the transaction that stores the batch, so the event exists if
/// and only if the batch does, also when the process dies at any moment; the
/// <see cref="OutboxDispatcher"/> publishes what is pending and marks it delivered afterwards
/// (at least once: a crash between the two publishes again, with the same event id).
/// </summary>
public sealed partial class Outbox(string connectionString, ILogger<Outbox> log)
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS outbox (
            volgnummer INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, topic TEXT NOT NULL,
            gebeurtenis TEXT NOT NULL, geschreven_op TEXT NOT NULL,
            pogingen INTEGER NOT NULL DEFAULT 0, laatste_fout TEXT, afgeleverd_op TEXT);
        CREATE INDEX IF NOT EXISTS outbox_open ON outbox (volgnummer) WHERE afgeleverd_op IS NULL;
        """;

    // One pending wake-up is enough: a pass reads everything pending.
    private readonly Channel<bool> _signaal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Initialiseer()
    {
        using var db = Sqlite.Open(connectionString);
        db.Uitvoeren(null, Schema);
    }

    /// <summary>
    /// Writes <paramref name="gebeurtenis"/> in the caller's transaction and wakes the dispatcher.
    /// The wake-up comes before the commit, which is why <see cref="Openstaand"/> first takes the
    /// write lock: it waits for this transaction to commit or roll back, and then sees its outcome.
    /// </summary>
    public void Schrijf(SqliteConnection db, SqliteTransaction tx, string topic, CloudEvent gebeurtenis)
    {
        // The same id twice would be the same batch announced twice: keep the first.
        db.Uitvoeren(tx, "INSERT OR IGNORE INTO outbox (id, topic, gebeurtenis, geschreven_op) VALUES ($id, $topic, $g, $t)",
            ("$id", gebeurtenis.Id), ("$topic", topic), ("$g", gebeurtenis.NaarJson()),
            ("$t", gebeurtenis.Time.ToString("O", CultureInfo.InvariantCulture)));
        LogGeschreven(log, gebeurtenis.Id, topic);
        Signaleer();
    }

    /// <summary>Wakes the dispatcher (after a write, or when a caller knows there may be work).</summary>
    public void Signaleer() => _signaal.Writer.TryWrite(true);

    /// <summary>Waits for a wake-up, at most <paramref name="limiet"/>; true when woken.</summary>
    public async Task<bool> WachtOpSignaal(TimeSpan limiet, TimeProvider tijd, CancellationToken stop)
    {
        using var grens = new CancellationTokenSource(limiet, tijd);
        using var beide = CancellationTokenSource.CreateLinkedTokenSource(stop, grens.Token);
        try
        {
            await _signaal.Reader.WaitToReadAsync(beide.Token);
            return _signaal.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>The events not yet delivered after volgnummer <paramref name="na"/>, oldest first, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<OutboxRij> Openstaand(long na, int max)
    {
        using var db = Sqlite.Open(connectionString);
        // BEGIN IMMEDIATE: queue behind a store transaction that is about to commit an event.
        using var tx = db.BeginTransaction();
        using var cmd = db.Commando(tx, """
            SELECT volgnummer, topic, gebeurtenis, pogingen FROM outbox
            WHERE afgeleverd_op IS NULL AND volgnummer > $na ORDER BY volgnummer LIMIT $max
            """, ("$na", na), ("$max", max));
        using var r = cmd.ExecuteReader();
        var rijen = new List<OutboxRij>();
        while (r.Read())
            rijen.Add(new OutboxRij(r.GetInt64(0), r.GetString(1),
                CloudEvent.Lees(r.GetString(2), out var reden) ?? throw new InvalidDataException($"Outbox-rij {r.GetInt64(0)}: {reden}"),
                r.GetInt32(3)));
        return rijen;
    }

    public void MarkeerAfgeleverd(long volgnummer, DateTimeOffset op)
    {
        using var db = Sqlite.Open(connectionString);
        db.Uitvoeren(null, "UPDATE outbox SET afgeleverd_op = $op, pogingen = pogingen + 1, laatste_fout = NULL WHERE volgnummer = $v",
            ("$op", op.ToString("O", CultureInfo.InvariantCulture)), ("$v", volgnummer));
    }

    public void MarkeerMislukt(long volgnummer, string fout)
    {
        using var db = Sqlite.Open(connectionString);
        db.Uitvoeren(null, "UPDATE outbox SET pogingen = pogingen + 1, laatste_fout = $f WHERE volgnummer = $v",
            ("$f", fout), ("$v", volgnummer));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gebeurtenis {Id} op {Topic} in de outbox geschreven; wordt gepubliceerd zodra de transactie is vastgelegd.")]
    private static partial void LogGeschreven(ILogger log, string id, string topic);
}
