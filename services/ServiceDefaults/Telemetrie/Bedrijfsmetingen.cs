using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.ServiceDefaults.Telemetrie;

/// <summary>
/// The business metrics, one <see cref="Meter"/> per process named after it (its application
/// name, e.g. <c>Regiemonitor.Ingestion</c>, matched by the <c>Regiemonitor.*</c> wildcard of
/// the metrics pipeline). Every instrument is defined here, so a concept has one name in every
/// service; a process only reports the instruments it records. Tags have few values (never a
/// gebiedcode, batch id or user) so the number of series stays small.
/// </summary>
/// <remarks>
/// Instruments: <c>regiemonitor.imports.geaccepteerd</c> and <c>regiemonitor.imports.afgewezen</c>
/// (tag <c>soort</c>: opgave, regio, realisatie), <c>regiemonitor.imports.rijen</c> (rows of new
/// batches, tag <c>soort</c>), <c>regiemonitor.dashboards.berekeningen</c> and
/// <c>regiemonitor.dashboards.berekenduur</c> (a dashboard actually computed, not served from
/// the cache), <c>regiemonitor.cache.treffers</c> and <c>regiemonitor.cache.missers</c> (tag
/// <c>cache</c>), <c>regiemonitor.embed.tokens.uitgegeven</c> (tag <c>tenant</c>) and
/// <c>regiemonitor.embed.tokens.geweigerd</c> (tag <c>reden</c>).
/// </remarks>
public sealed class Bedrijfsmetingen
{
    private readonly Counter<long> _geaccepteerd, _afgewezen, _rijen, _berekeningen, _treffers, _missers, _uitgegeven, _geweigerd;
    private readonly Histogram<double> _berekenduur;

    public Bedrijfsmetingen(IMeterFactory meters, IHostEnvironment omgeving)
    {
        var meter = meters.Create(omgeving.ApplicationName);
        _geaccepteerd = meter.CreateCounter<long>("regiemonitor.imports.geaccepteerd", "{import}", "Imports die zijn aangenomen (nieuwe batch of al bekende inhoud).");
        _afgewezen = meter.CreateCounter<long>("regiemonitor.imports.afgewezen", "{import}", "Imports die zijn afgewezen; er is niets opgeslagen.");
        _rijen = meter.CreateCounter<long>("regiemonitor.imports.rijen", "{rij}", "Rijen in nieuw opgeslagen batches.");
        _berekeningen = meter.CreateCounter<long>("regiemonitor.dashboards.berekeningen", "{berekening}", "Dashboards die zijn berekend (niet uit de cache).");
        _berekenduur = meter.CreateHistogram<double>("regiemonitor.dashboards.berekenduur", "s", "Duur van een dashboardberekening.");
        _treffers = meter.CreateCounter<long>("regiemonitor.cache.treffers", "{opvraging}", "Antwoorden uit een cache.");
        _missers = meter.CreateCounter<long>("regiemonitor.cache.missers", "{opvraging}", "Opvragingen die een cache niet kon beantwoorden.");
        _uitgegeven = meter.CreateCounter<long>("regiemonitor.embed.tokens.uitgegeven", "{token}", "Uitgegeven embed-tokens.");
        _geweigerd = meter.CreateCounter<long>("regiemonitor.embed.tokens.geweigerd", "{token}", "Geweigerde tokenaanvragen en geweigerde tokens.");
    }

    /// <summary>Counts an import's outcome and passes it on, so an endpoint can wrap its call.</summary>
    /// <param name="soort">opgave, regio or realisatie.</param>
    public ImportUitkomst Import(string soort, ImportUitkomst uitkomst)
    {
        var tag = new KeyValuePair<string, object?>("soort", soort);
        if (uitkomst.Fouten.Count > 0)
        {
            _afgewezen.Add(1, tag);
            return uitkomst;
        }
        _geaccepteerd.Add(1, tag);
        // Content already stored adds no rows: the counter says what was written.
        if (uitkomst.Nieuw) _rijen.Add(uitkomst.Rijen, tag);
        return uitkomst;
    }

    /// <summary>A dashboard computed from the figures (a cache miss), with how long it took.</summary>
    public void Dashboardberekening(TimeSpan duur)
    {
        _berekeningen.Add(1);
        _berekenduur.Record(duur.TotalSeconds);
    }

    /// <param name="cache">Which cache: dashboarduitkomsten, verleden-stand, pdf.</param>
    public void Cache(string cache, bool treffer) =>
        (treffer ? _treffers : _missers).Add(1, new KeyValuePair<string, object?>("cache", cache));

    public void TokenUitgegeven(string tenant) => _uitgegeven.Add(1, new KeyValuePair<string, object?>("tenant", tenant));

    /// <param name="reden">Why, from a short fixed list (tenant-sleutel, view, buiten-scope, ongeldig, token-verlopen, ...).</param>
    public void TokenGeweigerd(string reden) => _geweigerd.Add(1, new KeyValuePair<string, object?>("reden", reden));
}
