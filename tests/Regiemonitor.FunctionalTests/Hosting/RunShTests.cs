using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Hosting;

/// <summary>run.sh stops every process it started when it gets SIGTERM (as on Ctrl+C).</summary>
[Collection(StapelCollectie.Naam)]
public sealed class RunShTests
{
    [Fact]
    public async Task RunSh_Sigterm_StoptElkKindProces()
    {
        await using var stapel = await Stapel.Start();
        var nakomelingen = Processen.Nakomelingen(stapel.Pid);
        // Four services and the gateway at least (each with its log prefixer).
        Assert.True(nakomelingen.Count(p => Processen.Opdracht(p).Contains("Regiemonitor.", StringComparison.Ordinal)) >= 5,
            string.Join('\n', nakomelingen.Select(Processen.Opdracht)));

        await stapel.Stop();

        Assert.Empty(nakomelingen.Where(Processen.Leeft).Select(Processen.Opdracht));
    }
}
