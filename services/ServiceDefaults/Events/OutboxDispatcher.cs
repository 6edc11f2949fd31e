using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Regiemonitor.ServiceDefaults.Events;

/// <summary>
/// Publishes what the <see cref="Outbox"/> holds: at start-up (whatever a stopped or crashed
/// process left) and whenever a store writes an event. A failed delivery stays pending and is
/// tried again with a growing pause, so a subscriber that is down delays events but loses none.
/// </summary>
public sealed partial class OutboxDispatcher(Outbox outbox, IEventPublisher publisher, TimeProvider tijd, ILogger<OutboxDispatcher> log)
    : BackgroundService
{
    private const int PerRonde = 100;
    private static readonly TimeSpan EerstePauze = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LangstePauze = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A safety net only: every write path wakes the dispatcher, but should one ever not, its
    /// event still goes out within this time.
    /// </summary>
    private static readonly TimeSpan Vangnet = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        // Off the start-up path: the host finishes starting while the first round runs.
        await Task.Yield();
        var pauze = TimeSpan.Zero;
        var eerste = true;
        while (!stop.IsCancellationRequested)
        {
            var (afgeleverd, open) = await Ronde(stop);
            if (eerste)
            {
                LogStart(log, afgeleverd, open);
                eerste = false;
            }
            pauze = open == 0 ? TimeSpan.Zero : pauze == TimeSpan.Zero ? EerstePauze : TimeSpan.FromTicks(Math.Min(pauze.Ticks * 2, LangstePauze.Ticks));
            await outbox.WachtOpSignaal(open == 0 ? Vangnet : pauze, tijd, stop);
        }
    }

    /// <summary>
    /// One round: publishes every pending event once, in order; returns how many went out and how
    /// many are still pending. A failure is recorded with its event and ends nothing but that event.
    /// </summary>
    public async Task<(int Afgeleverd, int Open)> Ronde(CancellationToken stop)
    {
        int afgeleverd = 0, open = 0;
        long na = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var rijen = outbox.Openstaand(na, PerRonde);
                foreach (var rij in rijen)
                {
                    na = rij.Volgnummer;
                    try
                    {
                        await publisher.Publiceer(rij.Topic, rij.Gebeurtenis, stop);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
                    {
                        open++;
                        LogMislukt(log, rij.Gebeurtenis.Id, rij.Topic, rij.Pogingen + 1, e.Message);
                        outbox.MarkeerMislukt(rij.Volgnummer, e.Message);
                        continue;
                    }
                    // A crash right here publishes the event again after the restart: at least once, same id.
                    outbox.MarkeerAfgeleverd(rij.Volgnummer, tijd.GetUtcNow());
                    afgeleverd++;
                    LogGepubliceerd(log, rij.Gebeurtenis.Id, rij.Topic, rij.Pogingen + 1);
                }
                if (rijen.Count < PerRonde) break;
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidDataException)
        {
            // The store busy past its timeout (a very long import), or a row it cannot read: try again later.
            open++;
            LogOpslagFout(log, e.Message);
        }
        return (afgeleverd, open);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox nagelopen bij start: {Afgeleverd} gebeurtenis(sen) afgeleverd, {Open} nog open.")]
    private static partial void LogStart(ILogger log, int afgeleverd, int open);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gebeurtenis {Id} gepubliceerd op {Topic} (poging {Poging}).")]
    private static partial void LogGepubliceerd(ILogger log, string id, string topic, int poging);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gebeurtenis {Id} op {Topic} niet afgeleverd (poging {Poging}): {Fout}. Blijft open en wordt opnieuw geprobeerd.")]
    private static partial void LogMislukt(ILogger log, string id, string topic, int poging, string fout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox niet bij te werken: {Fout}. Wordt opnieuw geprobeerd.")]
    private static partial void LogOpslagFout(ILogger log, string fout);
}
