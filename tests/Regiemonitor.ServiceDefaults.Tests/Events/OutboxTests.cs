using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Regiemonitor.ServiceDefaults.Events;
using Regiemonitor.ServiceDefaults.Opslag;
using Regiemonitor.ServiceDefaults.Tests.Opslag;

namespace Regiemonitor.ServiceDefaults.Tests.Events;

/// <summary>
/// The outbox on a real database of each provider: an event is there exactly when the
/// transaction that wrote it committed.
/// </summary>
public sealed class OutboxTests
{
    /// <summary>A fresh database with an initialised outbox.</summary>
    private sealed class Opstelling : IDisposable
    {
        private readonly Testopslag _opslag;

        public Opstelling(OpslagProvider provider)
        {
            _opslag = Testopslag.Nieuw(provider);
            Outbox = new Outbox(Database, NullLogger<Outbox>.Instance);
            Outbox.Initialiseer();
        }

        public Database Database => _opslag.Database;
        public Outbox Outbox { get; }

        public void SchrijfVastgelegd(params string[] batches)
        {
            using var db = Database.Open();
            using var tx = Database.Schrijven(db);
            foreach (var b in batches) Outbox.Schrijf(db, tx, Topics.RealisatieGeimporteerd, Event(b));
            tx.Commit();
        }

        public void Dispose() => _opslag.Dispose();
    }

    public static CloudEvent Event(string batchId) =>
        CloudEvent.Voor(Topics.RealisatieGeimporteerd, "/test", batchId, DateTimeOffset.UnixEpoch, new { batchId });

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void Schrijf_TransactieVastgelegd_EventStaatOpen(OpslagProvider provider)
    {
        using var o = new Opstelling(provider);
        o.SchrijfVastgelegd("b1");

        var rij = Assert.Single(o.Outbox.Openstaand(0, 10));
        Assert.Equal(Topics.RealisatieGeimporteerd, rij.Topic);
        Assert.Equal("realisatie-geimporteerd:b1", rij.Gebeurtenis.Id);
        Assert.Equal("b1", rij.Gebeurtenis.Data.GetProperty("batchId").GetString());
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void Schrijf_TransactieTeruggedraaid_GeenEvent(OpslagProvider provider)
    {
        using var o = new Opstelling(provider);
        using (var db = o.Database.Open())
        using (var tx = o.Database.Schrijven(db))
        {
            o.Outbox.Schrijf(db, tx, Topics.RealisatieGeimporteerd, Event("b1"));
            tx.Rollback();
        }

        Assert.Empty(o.Outbox.Openstaand(0, 10));
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void Schrijf_ZelfdeIdTweemaal_EenEvent(OpslagProvider provider)
    {
        using var o = new Opstelling(provider);
        o.SchrijfVastgelegd("b1", "b1");

        Assert.Single(o.Outbox.Openstaand(0, 10));
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public async Task Openstaand_SchrijftransactieNogOpen_WachtTotDieIsVastgelegd(OpslagProvider provider)
    {
        // The dispatcher is woken from inside the writing transaction: its read must see the commit.
        using var o = new Opstelling(provider);
        using var db = o.Database.Open();
        var tx = o.Database.Schrijven(db);
        o.Outbox.Schrijf(db, tx, Topics.RealisatieGeimporteerd, Event("b1"));
        var lezen = Task.Run(() => o.Outbox.Openstaand(0, 10));

        var eerst = await Task.WhenAny(lezen, Task.Delay(TimeSpan.FromMilliseconds(300)));
        Assert.False(eerst == lezen, "Openstaand las terwijl de schrijftransactie nog open was.");
        tx.Commit();
        tx.Dispose();

        Assert.Equal("realisatie-geimporteerd:b1", Assert.Single(await lezen).Gebeurtenis.Id);
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void MarkeerAfgeleverd_EventIsNietMeerOpen(OpslagProvider provider)
    {
        using var o = new Opstelling(provider);
        o.SchrijfVastgelegd("b1", "b2");
        var eerste = o.Outbox.Openstaand(0, 10)[0];

        o.Outbox.MarkeerAfgeleverd(eerste.Volgnummer, DateTimeOffset.UnixEpoch);

        Assert.Equal(["realisatie-geimporteerd:b2"], o.Outbox.Openstaand(0, 10).Select(r => r.Gebeurtenis.Id));
    }

    [Fact]
    public void NaarJson_CloudEvent_HeeftDeVeldenVanDeSpecificatie()
    {
        var json = JsonDocument.Parse(Event("b1").NaarJson()).RootElement;

        Assert.Equal("1.0", json.GetProperty("specversion").GetString());
        Assert.Equal("realisatie-geimporteerd:b1", json.GetProperty("id").GetString());
        Assert.Equal("/test", json.GetProperty("source").GetString());
        Assert.Equal("nl.regiemonitor.realisatie-geimporteerd.v1", json.GetProperty("type").GetString());
        Assert.Equal("1970-01-01T00:00:00+00:00", json.GetProperty("time").GetString());
        Assert.Equal("application/json", json.GetProperty("datacontenttype").GetString());
        Assert.Equal("b1", json.GetProperty("data").GetProperty("batchId").GetString());
    }

    [Theory]
    [InlineData("""{"specversion":"0.3","id":"x","source":"/s","type":"t","data":{}}""", "specversion")]
    [InlineData("""{"specversion":"1.0","source":"/s","type":"t","data":{}}""", "verplicht")]
    [InlineData("geen json", "JSON")]
    public void Lees_GeenBruikbareCloudEvent_NullMetReden(string tekst, string inReden)
    {
        Assert.Null(CloudEvent.Lees(tekst, out var reden));
        Assert.Contains(inReden, reden);
    }

    [Fact]
    public void Lees_CloudEventVanDapr_NegeertExtraAttributen()
    {
        var e = CloudEvent.Lees("""
            {"specversion":"1.0","id":"x","source":"/s","type":"t","time":"2024-09-01T10:00:00Z","datacontenttype":"application/json",
             "data":{"batchId":"b"},"topic":"realisatie-geimporteerd","pubsubname":"pubsub","traceparent":"00-1-2-01"}
            """, out _);

        Assert.Equal("x", e?.Id);
        Assert.Equal(new DateTimeOffset(2024, 9, 1, 10, 0, 0, TimeSpan.Zero), e?.Time);
    }
}
