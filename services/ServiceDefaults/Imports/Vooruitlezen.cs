using System.Collections.Concurrent;

namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>
/// Reads an enumeration on a thread of its own, a few blocks of items ahead of its consumer: the
/// reading of a file (bytes into lines, XML into rows) then runs alongside what the import does
/// with each line, on the second core, instead of before it.
/// </summary>
internal static class Vooruitlezen
{
    private const int Blok = 1024, Blokken = 8;

    /// <summary>
    /// The items of <paramref name="bron"/> in their order. An exception of the reader reaches the
    /// consumer, as it is, after the items before it. A consumer that stops early stops the reader
    /// too, and waits for it, so the source (an open stream) is not read after this returns.
    /// </summary>
    public static IEnumerable<T> Van<T>(IEnumerable<T> bron)
    {
        using var stop = new CancellationTokenSource();
        using var klaar = new BlockingCollection<T[]>(Blokken);
        var lezer = Task.Factory.StartNew(() =>
        {
            var blok = new List<T>(Blok);
            try
            {
                foreach (var item in bron)
                {
                    blok.Add(item);
                    if (blok.Count < Blok) continue;
                    klaar.Add([.. blok], stop.Token);
                    blok.Clear();
                }
            }
            finally
            {
                // Also when the reader fails: the items it read before go first, its exception after.
                try
                {
                    if (blok.Count > 0) klaar.Add([.. blok], stop.Token);
                }
                catch (OperationCanceledException)
                {
                    // The consumer has stopped: nobody takes them.
                }
                klaar.CompleteAdding();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var helemaal = false;
        try
        {
            foreach (var blok in klaar.GetConsumingEnumerable())
                foreach (var item in blok) yield return item;
            helemaal = true;
            lezer.GetAwaiter().GetResult();
        }
        finally
        {
            if (!helemaal)
            {
                stop.Cancel();
                // Stopped by the consumer: whatever the reader was doing then no longer matters.
                try { lezer.Wait(); } catch (AggregateException) { }
            }
        }
    }
}
