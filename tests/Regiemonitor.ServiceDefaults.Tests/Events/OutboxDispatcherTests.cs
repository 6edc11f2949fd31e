using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Regiemonitor.ServiceDefaults.Events;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.ServiceDefaults.Tests.Events;

/// <summary>One dispatcher round over a real outbox, with a publisher that records or refuses.</summary>
public sealed class OutboxDispatcherTests : IDisposable
{
    private readonly string _map = Directory.CreateTempSubdirectory("regiemonitor-dispatcher-").FullName;
    private readonly Outbox _outbox;
    private readonly Opnemer _publisher = new();
    private readonly OutboxDispatcher _dispatcher;

    public OutboxDispatcherTests()
    {
        var db = Sqlite.Bestand(_map, "test.db");
        _outbox = new Outbox(Database.Sqlite(db), NullLogger<Outbox>.Instance);
        _outbox.Initialiseer();
        _dispatcher = new OutboxDispatcher(_outbox, _publisher, TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);
        using var c = Sqlite.Open(db);
        using var tx = c.BeginTransaction();
        foreach (var b in new[] { "b1", "b2", "b3" })
            _outbox.Schrijf(c, tx, Topics.RealisatieGeimporteerd, OutboxTests.Event(b));
        tx.Commit();
    }

    public void Dispose()
    {
        _dispatcher.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }

    [Fact]
    public async Task Ronde_AllesAfgeleverd_InVolgordeEnNietsMeerOpen()
    {
        Assert.Equal((3, 0), await _dispatcher.Ronde(CancellationToken.None));

        Assert.Equal(["realisatie-geimporteerd:b1", "realisatie-geimporteerd:b2", "realisatie-geimporteerd:b3"], _publisher.Gepubliceerd);
        Assert.Empty(_outbox.Openstaand(0, 10));
        Assert.Equal((0, 0), await _dispatcher.Ronde(CancellationToken.None));
        Assert.Equal(3, _publisher.Gepubliceerd.Count);
    }

    [Fact]
    public async Task Ronde_EenAfleveringMislukt_DieBlijftOpenEnDeRestGaatDoor()
    {
        _publisher.Weiger = "realisatie-geimporteerd:b2";

        Assert.Equal((2, 1), await _dispatcher.Ronde(CancellationToken.None));
        var open = Assert.Single(_outbox.Openstaand(0, 10));
        Assert.Equal("realisatie-geimporteerd:b2", open.Gebeurtenis.Id);
        Assert.Equal(1, open.Pogingen);

        _publisher.Weiger = null;
        Assert.Equal((1, 0), await _dispatcher.Ronde(CancellationToken.None));
        Assert.Equal(["realisatie-geimporteerd:b1", "realisatie-geimporteerd:b3", "realisatie-geimporteerd:b2"], _publisher.Gepubliceerd);
    }

    private sealed class Opnemer : IEventPublisher
    {
        public List<string> Gepubliceerd { get; } = [];
        public string? Weiger { get; set; }

        public Task Publiceer(string topic, CloudEvent gebeurtenis, CancellationToken ct)
        {
            if (gebeurtenis.Id == Weiger) throw new HttpRequestException("503 van de abonnee");
            Gepubliceerd.Add(gebeurtenis.Id);
            return Task.CompletedTask;
        }
    }
}
