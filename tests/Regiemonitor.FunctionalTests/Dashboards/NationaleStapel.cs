using System.Net;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Dashboards;

/// <summary>A stack with the national fixture of 1 September 2024 imported through the gateway.</summary>
public sealed class NationaleStapel : IAsyncLifetime
{
    public Stapel Stapel { get; private set; } = null!;
    public HttpStatusCode OpgavenStatus { get; private set; }
    public HttpStatusCode RealisatieStatus { get; private set; }
    public string OpgavenAntwoord { get; private set; } = "";
    public string RealisatieAntwoord { get; private set; } = "";

    public static string Bestand(string naam) => Path.Combine(Paden.Fixture("nl-2024-09-01"), naam);

    public async Task InitializeAsync()
    {
        Stapel = await Stapel.Start();
        using var opgaven = await Stapel.PostCsv("/api/v1/imports/opgaven", await File.ReadAllBytesAsync(Bestand("opgaven.csv")));
        OpgavenStatus = opgaven.StatusCode;
        OpgavenAntwoord = await opgaven.Content.ReadAsStringAsync();
        using var realisatie = await Stapel.PostCsv("/api/v1/imports/realisatie", await File.ReadAllBytesAsync(Bestand("realisatie.csv")));
        RealisatieStatus = realisatie.StatusCode;
        RealisatieAntwoord = await realisatie.Content.ReadAsStringAsync();
    }

    public async Task DisposeAsync() => await Stapel.DisposeAsync();
}
