using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Events;

/// <summary>
/// A stack of its own (its imports change the data) whose ingestion and registry also deliver
/// their events to a <see cref="Testabonnee"/>, next to reporting (run.sh's subscriber 0).
/// </summary>
public sealed class GebeurtenisStapel : IAsyncLifetime
{
    public Stapel Stapel { get; private set; } = null!;
    public Testabonnee Abonnee { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Abonnee = await Testabonnee.Start();
        Stapel = await Stapel.Start(new Dictionary<string, string>
        {
            ["Regiemonitor__Events__Abonnees__realisatie-geimporteerd__1"] = Abonnee.Url("realisatie-geimporteerd"),
            ["Regiemonitor__Events__Abonnees__opgave-gewijzigd__1"] = Abonnee.Url("opgave-gewijzigd"),
        });
    }

    public async Task DisposeAsync()
    {
        if (Stapel is not null) await Stapel.DisposeAsync();
        if (Abonnee is not null) await Abonnee.DisposeAsync();
    }
}
