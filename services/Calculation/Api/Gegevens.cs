using System.Collections.Concurrent;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Ingestion.V1;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Regiemonitor.ServiceDefaults.Telemetrie;
using OpgavePeriode = Regiemonitor.Calculation.Core.OpgavePeriode;
using RealisatieTelling = Regiemonitor.Calculation.Core.RealisatieTelling;

namespace Regiemonitor.Calculation.Api;

/// <summary>What the calculation works on: the opgaven and counts in force, with their versions.</summary>
/// <param name="BatchVan">The batch each count comes from, so a card can name its sources.</param>
public sealed record Gegevensstand(
    string OpgavenVersie, IReadOnlyList<OpgavePeriode> Opgaven,
    string RealisatieVersie, IReadOnlyList<RealisatieTelling> Tellingen,
    IReadOnlyDictionary<RealisatieTelling, string>? BatchVan = null)
{
    public IReadOnlyDictionary<RealisatieTelling, string> BatchVan { get; init; } = BatchVan ?? new Dictionary<RealisatieTelling, string>();

    public static readonly Gegevensstand Leeg = new("", [], "", []);
}

/// <summary>
/// Which stand to compute from: everything known now (all empty), everything known at a
/// kennisstand (an ISO 8601 instant in UTC), or fixed data versions (an edition); a version
/// given for one owner takes precedence over the kennisstand for that owner.
/// </summary>
public sealed record Standvraag(string Kennisstand, string RealisatieVersie, string OpgaveVersie)
{
    public bool IsActueel => Kennisstand.Length == 0 && RealisatieVersie.Length == 0 && OpgaveVersie.Length == 0;
}

/// <summary>
/// Keeps the last opgaven and counts fetched from their owners and asks only "changed since
/// version X?" on each request, so a dashboard costs two small calls unless data was imported.
/// Correctness never depends on an event: the version is checked every time.
/// </summary>
public sealed class Gegevens(
    OpgaveRegistryService.OpgaveRegistryServiceClient registry,
    IngestionService.IngestionServiceClient ingestion,
    Bedrijfsmetingen metingen)
{
    /// <summary>Past stands kept at most; a past view is rare, a bound keeps odd callers from growing memory.</summary>
    private const int MaxVerleden = 16;

    private Gegevensstand _stand = Gegevensstand.Leeg;
    private readonly ConcurrentDictionary<Standvraag, Gegevensstand> _verleden = new();

    public async Task<Gegevensstand> Haal(CancellationToken ct)
    {
        var stand = _stand;
        var nieuw = await Vraag(stand, new ListOpgavenRequest(), new ListTellingenRequest(), ct);
        // Last writer wins: concurrent requests may both fetch; either result is a complete, consistent stand.
        if (!ReferenceEquals(nieuw, stand)) _stand = nieuw;
        return nieuw;
    }

    /// <summary>
    /// The stand <paramref name="vraag"/> asks for. A past stand is kept per question as well and
    /// checked by version like the current one: the owners resolve a kennisstand to the version
    /// it names, so an import that lands after the question was first asked is never missed.
    /// </summary>
    public async Task<Gegevensstand> Haal(Standvraag vraag, CancellationToken ct)
    {
        if (vraag.IsActueel) return await Haal(ct);
        var bekend = _verleden.GetValueOrDefault(vraag) ?? Gegevensstand.Leeg;
        var stand = await Vraag(bekend,
            new ListOpgavenRequest { TotVersie = vraag.OpgaveVersie, Kennisstand = vraag.OpgaveVersie.Length > 0 ? "" : vraag.Kennisstand },
            new ListTellingenRequest { TotVersie = vraag.RealisatieVersie, Kennisstand = vraag.RealisatieVersie.Length > 0 ? "" : vraag.Kennisstand },
            ct);
        metingen.Cache("verleden-stand", ReferenceEquals(stand, bekend) && !ReferenceEquals(bekend, Gegevensstand.Leeg));
        if (!ReferenceEquals(stand, bekend))
        {
            if (_verleden.Count >= MaxVerleden) _verleden.Clear();
            _verleden[vraag] = stand;
        }
        return stand;
    }

    /// <summary>Asks both owners at once whether <paramref name="stand"/> is still what the requests name, and fetches what changed.</summary>
    private async Task<Gegevensstand> Vraag(Gegevensstand stand, ListOpgavenRequest opgavenVraag, ListTellingenRequest tellingenVraag, CancellationToken ct)
    {
        opgavenVraag.BekendeVersie = stand.OpgavenVersie;
        tellingenVraag.BekendeVersie = stand.RealisatieVersie;
        var opgavenTaak = registry.ListOpgavenAsync(opgavenVraag, cancellationToken: ct).ResponseAsync;
        var tellingenTaak = ingestion.ListTellingenAsync(tellingenVraag, cancellationToken: ct).ResponseAsync;
        var (opgaven, tellingen) = (await opgavenTaak, await tellingenTaak);
        if (opgaven.Ongewijzigd && tellingen.Ongewijzigd) return stand;

        var nieuw = stand with
        {
            OpgavenVersie = opgaven.DataVersie,
            Opgaven = opgaven.Ongewijzigd ? stand.Opgaven : [.. opgaven.Opgaven.Select(ContractMapping.NaarCore)],
            RealisatieVersie = tellingen.DataVersie,
        };
        if (tellingen.Ongewijzigd) return nieuw;
        var lijst = new List<RealisatieTelling>(tellingen.Tellingen.Count);
        // Ingestion yields one count per series and peildatum, so a count identifies its batch.
        var batchVan = new Dictionary<RealisatieTelling, string>(tellingen.Tellingen.Count);
        foreach (var t in tellingen.Tellingen)
        {
            var telling = ContractMapping.NaarCore(t);
            lijst.Add(telling);
            batchVan[telling] = t.BatchId;
        }
        return nieuw with { Tellingen = lijst, BatchVan = batchVan };
    }
}
