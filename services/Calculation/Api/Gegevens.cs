using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Ingestion.V1;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using OpgavePeriode = Regiemonitor.Calculation.Core.OpgavePeriode;
using RealisatieTelling = Regiemonitor.Calculation.Core.RealisatieTelling;

namespace Regiemonitor.Calculation.Api;

/// <summary>What the calculation works on: the opgaven and counts in force, with their versions.</summary>
public sealed record Gegevensstand(
    string OpgavenVersie, IReadOnlyList<OpgavePeriode> Opgaven,
    string RealisatieVersie, IReadOnlyList<RealisatieTelling> Tellingen);

/// <summary>
/// Keeps the last opgaven and counts fetched from their owners and asks only "changed since
/// version X?" on each request, so a dashboard costs two small calls unless data was imported.
/// Correctness never depends on an event: the version is checked every time.
/// </summary>
public sealed class Gegevens(
    OpgaveRegistryService.OpgaveRegistryServiceClient registry,
    IngestionService.IngestionServiceClient ingestion)
{
    private Gegevensstand _stand = new("", [], "", []);

    public async Task<Gegevensstand> Haal(CancellationToken ct)
    {
        var stand = _stand;
        var opgavenTaak = registry.ListOpgavenAsync(new ListOpgavenRequest { BekendeVersie = stand.OpgavenVersie }, cancellationToken: ct).ResponseAsync;
        var tellingenTaak = ingestion.ListTellingenAsync(new ListTellingenRequest { BekendeVersie = stand.RealisatieVersie }, cancellationToken: ct).ResponseAsync;
        var (opgaven, tellingen) = (await opgavenTaak, await tellingenTaak);
        if (opgaven.Ongewijzigd && tellingen.Ongewijzigd) return stand;

        var nieuw = stand with
        {
            OpgavenVersie = opgaven.DataVersie,
            Opgaven = opgaven.Ongewijzigd ? stand.Opgaven : [.. opgaven.Opgaven.Select(ContractMapping.NaarCore)],
            RealisatieVersie = tellingen.DataVersie,
            Tellingen = tellingen.Ongewijzigd ? stand.Tellingen : [.. tellingen.Tellingen.Select(ContractMapping.NaarCore)],
        };
        // Last writer wins: concurrent requests may both fetch; either result is a complete, consistent stand.
        _stand = nieuw;
        return nieuw;
    }
}
