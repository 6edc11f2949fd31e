namespace Regiemonitor.ServiceDefaults.Aanroepen;

/// <summary>
/// Section <c>Regiemonitor:Aanroepen</c>: the one policy for every gRPC call from one service to
/// another (deadline, retries, circuit breaker), applied by <see cref="Aanroepbeleid"/>.
/// </summary>
public sealed class AanroepOptions
{
    public const string Sectie = "Regiemonitor:Aanroepen";

    /// <summary>Deadline of a whole call, retries included, unless the caller sets its own.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long opening a connection may take: a target that silently drops packets (a node gone)
    /// then answers Unavailable quickly instead of using up the whole deadline.
    /// </summary>
    public TimeSpan Verbindingstimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts of a read that meets Unavailable, the first included; 1 switches retries off.</summary>
    public int Pogingen { get; set; } = 3;

    /// <summary>Wait before the second attempt; it doubles for each next one.</summary>
    public TimeSpan Wachttijd { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Consecutive Unavailable answers of one service after which its circuit opens.</summary>
    public int Onderbrekingsdrempel { get; set; } = 5;

    /// <summary>How long an open circuit refuses calls at once before one trial call may pass.</summary>
    public TimeSpan Onderbrekingsduur { get; set; } = TimeSpan.FromSeconds(5);
}
