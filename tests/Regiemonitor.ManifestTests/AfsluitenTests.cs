using System.Globalization;
using Regiemonitor.ManifestTests.Infrastructuur;

namespace Regiemonitor.ManifestTests;

/// <summary>
/// Graceful stop: Kubernetes waits longer than the process needs (delay before it stops accepting
/// plus the drain of in-flight requests), and the Dapr sidecar stays for the drain too; otherwise
/// SIGKILL or a vanished sidecar would cut off requests the process is still finishing.
/// </summary>
public sealed class AfsluitenTests
{
    public static TheoryData<string, string> Deployments() => Kustomize.DeploymentData();

    [Theory]
    [MemberData(nameof(Deployments))]
    public void TerminationGracePeriod_DektVertragingEnWachttijd(string overlay, string naam)
    {
        var manifest = Kustomize.Render(overlay);
        var deployment = manifest.OfKind("Deployment").Single(d => d.Name() == naam);
        var env = manifest.Environment(deployment.AppContainer());
        TimeSpan Duur(string sleutel) => env.TryGetValue(sleutel, out var v) && v.Value is { } tekst
            ? TimeSpan.Parse(tekst, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"{overlay}/{naam}: {sleutel} ontbreekt.");

        var nodig = Duur("Regiemonitor__Afsluiten__Vertraging") + Duur("Regiemonitor__Afsluiten__Wachttijd");
        var grace = TimeSpan.FromSeconds(deployment.PodSpec()["terminationGracePeriodSeconds"]!.GetValue<long>());
        Assert.True(grace > nodig, $"{overlay}/{naam}: terminationGracePeriodSeconds {grace} dekt {nodig} afsluiten niet.");
        var zijspan = TimeSpan.FromSeconds(long.Parse(deployment.PodAnnotations()["dapr.io/graceful-shutdown-seconds"]!, CultureInfo.InvariantCulture));
        Assert.True(zijspan >= nodig && zijspan <= grace, $"{overlay}/{naam}: de Dapr-sidecar stopt na {zijspan}, het afsluiten duurt {nodig} (grens {grace}).");
    }
}
