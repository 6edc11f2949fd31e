using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Ingestion;

/// <summary>
/// Named points in an import where a crash or shutdown test needs the process to stand still.
/// Configured (<c>Regiemonitor:Testpunten:{naam}=wachten</c>, local runs only), the process says it
/// has arrived and waits there until it begins to shut down: a test then kills it (SIGKILL) or
/// stops it (SIGTERM) exactly there, instead of guessing how long an import takes. Not
/// configured, a point does nothing.
/// </summary>
public sealed partial class Testpunten
{
    /// <summary>Inside the import transaction: the batch row, its event and deliveries written, half of its counts.</summary>
    public const string TellingenHalverwege = "TellingenHalverwege";

    private readonly HashSet<string> _actief;
    private readonly IHostApplicationLifetime _levensloop;
    private readonly ILogger<Testpunten> _log;

    public Testpunten(IConfiguration configuratie, IHostEnvironment omgeving, IHostApplicationLifetime levensloop, ILogger<Testpunten> log)
    {
        _actief = [.. configuratie.GetSection("Regiemonitor:Testpunten").GetChildren().Where(c => c.Value == "wachten").Select(c => c.Key)];
        // A point holds imports inside their transaction: never in an environment that serves users.
        if (_actief.Count > 0 && !omgeving.IsEnvironment(Extensions.LokaleOmgeving))
            throw new InvalidOperationException("Regiemonitor:Testpunten is alleen voor lokale runs (omgeving Local): een testpunt houdt imports vast.");
        (_levensloop, _log) = (levensloop, log);
    }

    public void Bereik(string naam)
    {
        if (!_actief.Contains(naam)) return;
        Bereikt(_log, naam);
        _levensloop.ApplicationStopping.WaitHandle.WaitOne();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Testpunt {Naam} bereikt; wacht tot het proces afsluit.")]
    private static partial void Bereikt(ILogger logger, string naam);
}
