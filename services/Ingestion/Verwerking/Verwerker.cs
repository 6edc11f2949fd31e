using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Imports;
using Regiemonitor.ServiceDefaults.Telemetrie;

namespace Regiemonitor.Ingestion.Verwerking;

/// <summary>
/// Takes large realisatie imports off the request (<see cref="Neem"/>) and imports them one at a
/// time with the same <see cref="RealisatieImport"/> as the synchronous path. Woken by every new
/// job, and at start-up by the jobs a stopped or crashed process left in <c>verwerken</c>; the
/// kept file goes once the outcome is recorded, so a crash in between imports it again, which the
/// content hash answers with the batch already stored (<c>nieuw: false</c>).
/// </summary>
public sealed partial class Verwerker(
    VerwerkingStore store, RealisatieImport import, IOptions<OpslagOptions> opslag, TimeProvider tijd, Bedrijfsmetingen metingen, ILogger<Verwerker> log)
    : BackgroundService
{
    private const string Voorvoegsel = "verwerking-";
    private readonly Channel<string> _wachtrij = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    private string Map => Path.Combine(opslag.Value.DataDir, "uploads");

    /// <summary>Keeps the upload, records the job (both on disk before this returns) and wakes the worker.</summary>
    public async Task<ImportVerwerking> Neem(Importbestand bestand, Herkomst herkomst, CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        var verwerking = new ImportVerwerking(Voorvoegsel + Guid.CreateVersion7(nu).ToString("N"), VerwerkingStatus.Verwerken, nu,
            herkomst.Door, herkomst.Reden, bestand.IsWerkmap, bestand.GevraagdBlad);
        Directory.CreateDirectory(Map);
        var pad = Pad(verwerking.Id);
        try
        {
            await bestand.BewaarAls(pad, ct);
            store.Registreer(verwerking);
        }
        catch
        {
            // No job without its file and no file without its job; start-up clears what a crash leaves here.
            Verwijder(pad + ".deel");
            Verwijder(pad);
            throw;
        }
        LogOntvangen(log, verwerking.Id, bestand.Lengte);
        _wachtrij.Writer.TryWrite(verwerking.Id);
        return verwerking;
    }

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        // Before the first await, so still inside start-up: no upload of this process is being kept yet.
        var open = store.Open();
        RuimOp(open);
        foreach (var id in open) _wachtrij.Writer.TryWrite(id);
        if (open.Count > 0) LogHervat(log, open.Count);
        await Task.Yield();

        await foreach (var id in _wachtrij.Reader.ReadAllAsync(stop))
        {
            try
            {
                await Verwerk(id, stop);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
            {
                // The outcome could not be recorded (store busy past its timeout): the job stays open until the next start.
                LogNietAfgerond(log, id, e.Message);
            }
        }
    }

    private async Task Verwerk(string id, CancellationToken stop)
    {
        // Start-up and a new job may both have queued the same id: only an open job is done, once.
        if (store.Zoek(id) is not { Status: VerwerkingStatus.Verwerken } v) return;
        var pad = Pad(id);
        string status;
        object uitkomst;
        if (!File.Exists(pad))
            (status, uitkomst) = Fout("Het bestand van deze verwerking is niet meer aanwezig; er is niets opgeslagen. Lever het opnieuw aan.");
        else
        {
            try
            {
                await using var bestand = Importbestand.Open(pad, v.Werkmap, v.Blad);
                var u = await import.Importeer(bestand, new Herkomst(v.Door, v.Reden), stop);
                metingen.Import("realisatie", u.Uitkomst);
                (status, uitkomst) = Uitkomst(u, bestand);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return; // stopping: the job stays open and is done after the restart
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LogMislukt(log, id, e.Message);
                (status, uitkomst) = Fout("De verwerking is mislukt door een fout in de dienst; er is niets opgeslagen. Lever het bestand opnieuw aan.");
            }
        }
        store.Rond(id, status, JsonSerializer.Serialize(uitkomst, JsonSerializerOptions.Web), tijd.GetUtcNow());
        Verwijder(pad);
        LogAfgerond(log, id, status);
    }

    /// <summary>What the synchronous answer would have said: the 201 or 200 body, or the 400's errors.</summary>
    private static (string Status, object Uitkomst) Uitkomst(RealisatieUitkomst u, Importbestand bestand) => u.Uitkomst switch
    {
        { Fouten.Count: > 0 } f => (VerwerkingStatus.Afgewezen, new { errors = ImportAntwoord.Foutenlijst(bestand.MetBlad(f.Fouten)) }),
        { Nieuw: true, BatchId: { } batchId } => (VerwerkingStatus.Geaccepteerd, ImportEndpoints.NieuweBatch(u, batchId)),
        var bestaand => (VerwerkingStatus.Geaccepteerd, new { batchId = bestaand.BatchId, rijen = bestaand.Rijen, nieuw = false }),
    };

    private static (string, object) Fout(string melding) =>
        (VerwerkingStatus.Afgewezen, new { errors = ImportAntwoord.Foutenlijst([new ImportFout(0, null, melding)]) });

    /// <summary>Kept files of jobs that are done, and halves of files a crash interrupted.</summary>
    private void RuimOp(IReadOnlyList<string> open)
    {
        if (!Directory.Exists(Map)) return;
        var nodig = open.Select(Pad).ToHashSet(StringComparer.Ordinal);
        foreach (var bestand in Directory.EnumerateFiles(Map, Voorvoegsel + "*"))
            if (!nodig.Contains(bestand)) Verwijder(bestand);
    }

    private string Pad(string id) => Path.Combine(Map, id + ".tmp");

    private void Verwijder(string pad)
    {
        try { File.Delete(pad); }
        catch (IOException e) { LogNietVerwijderd(log, Path.GetFileName(pad), e.Message); }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {Id} ({Bytes} bytes) aangenomen voor verwerking op de achtergrond.")]
    private static partial void LogOntvangen(ILogger log, string id, long bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Aantal} onafgemaakte importverwerking(en) hervat.")]
    private static partial void LogHervat(ILogger log, int aantal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {Id} verwerkt: {Status}.")]
    private static partial void LogAfgerond(ILogger log, string id, string status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {Id} mislukt: {Fout}.")]
    private static partial void LogMislukt(ILogger log, string id, string fout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Uitkomst van import {Id} niet vastgelegd: {Fout}. Wordt bij de volgende start opnieuw verwerkt.")]
    private static partial void LogNietAfgerond(ILogger log, string id, string fout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bestand {Bestand} niet verwijderd: {Fout}.")]
    private static partial void LogNietVerwijderd(ILogger log, string bestand, string fout);
}
