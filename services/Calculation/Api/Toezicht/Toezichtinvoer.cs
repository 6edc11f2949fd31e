using Regiemonitor.Calculation.Core;
using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Uitruil = Regiemonitor.Calculation.Core.Toezicht.Uitruil;
using UitruilRegel = Regiemonitor.Calculation.Core.Toezicht.UitruilRegel;
using CoreBijstelling = Regiemonitor.Calculation.Core.Toezicht.Bijstelling;

namespace Regiemonitor.Calculation.Api.Toezicht;

/// <summary>
/// The registry's toezicht inputs and the TVS counts turned into the core's period inputs: the
/// taakstelling in force with the uitruilen applied, gehuisvest per half-year, koppelingen,
/// corrections, overrides and the policy per province.
/// </summary>
public sealed class Toezichtinvoer
{
    /// <summary>Used when a province configured no policy: assess with the absolute rule from the first half-year on.</summary>
    public const string StandaardBeleid = "absoluut";

    private readonly Toezichtgegevens _gegevens;
    private readonly GebiedBoom _boom;

    public IReadOnlyList<PeriodeInvoer> Invoer { get; }
    public IReadOnlyList<PeriodeCorrectie> Correcties { get; }
    public IReadOnlyList<CoreBijstelling> Bijstellingen { get; }

    public Toezichtinvoer(GebiedBoom boom, Toezichtgegevens gegevens, IEnumerable<RealisatieTelling> tellingen)
    {
        _boom = boom;
        _gegevens = gegevens;
        var gehuisvest = GehuisvestSelectie.PerGemeente(tellingen);
        var koppelingen = gegevens.Koppelingen.ToDictionary(k => (k.Periode, k.Gemeentecode), k => k.Aantal);
        var invoer = new List<PeriodeInvoer>();
        foreach (var perPeriode in gegevens.Taakstellingen.GroupBy(t => t.Periode))
        {
            var periode = Halfjaar.Parse(perPeriode.Key);
            var taakstellingen = Uitruil.Pas(
                perPeriode.ToDictionary(t => t.Gemeentecode, t => t.Aantal, StringComparer.Ordinal),
                gegevens.Uitruilen.Where(u => u.Periode == perPeriode.Key)
                    .Select(u => (IReadOnlyList<UitruilRegel>)[.. u.Regels.Select(r => new UitruilRegel(r.Gemeentecode, r.Aantal))]));
            foreach (var (gemeente, aantal) in taakstellingen)
                invoer.Add(new PeriodeInvoer(gemeente, periode, aantal,
                    gehuisvest.TryGetValue(gemeente, out var reeks) ? GehuisvestSelectie.InPeriode(reeks, periode) : null,
                    koppelingen.TryGetValue((perPeriode.Key, gemeente), out var k) ? k : null));
        }
        Invoer = invoer;
        // The registry only accepts a correction for a gemeente with a taakstelling in that period.
        Correcties = [.. gegevens.Correcties.Select(c => new PeriodeCorrectie(c.Gemeentecode, Halfjaar.Parse(c.Periode),
            ToezichtCodes.TryCorrectieVeld(c.Veld, out var veld) ? veld : throw new InvalidDataException($"Onbekend correctieveld '{c.Veld}'."), c.Waarde, c.Reden))];
        Bijstellingen = [.. gegevens.Bijstellingen.Select(b => new CoreBijstelling(b.Gemeentecode, Halfjaar.Parse(b.Periode), b.Trede,
            b.Motivering, b.Toezichthouder, DateTimeOffset.Parse(b.Tijdstip, System.Globalization.CultureInfo.InvariantCulture)))];
    }

    /// <summary>The gemeenten of a gebied: itself, the gemeenten below it, or a regio's leden.</summary>
    public IReadOnlySet<string> GemeentenVan(string gebiedcode) =>
        _boom.Subboom(gebiedcode).Where(g => g.Niveau == Niveau.Gemeente).Select(g => g.Code).ToHashSet(StringComparer.Ordinal);

    public string? ProvincieVan(string gemeente) =>
        _boom.Voorouders(gemeente).FirstOrDefault(g => g.Niveau == Niveau.Provincie)?.Code;

    /// <summary>The policy in force for a province: its highest versie, else the default.</summary>
    public IbtBeleidsinstelling Instelling(string provincie)
    {
        var laatste = _gegevens.Beleid.Where(b => b.Provincie == provincie).MaxBy(b => b.Versie);
        return laatste is null
            ? new IbtBeleidsinstelling(provincie, StandaardBeleid, 0, new Halfjaar(2000, 1))
            : new IbtBeleidsinstelling(provincie, laatste.Beleid, laatste.Versie, Halfjaar.Parse(laatste.Vanaf), laatste.MaxTrede);
    }

    /// <summary>The assessment the province fixed for a gemeente and period (the last one), if any.</summary>
    public VastgesteldeBeoordeling? Vastgesteld(string gemeente, Halfjaar periode) =>
        _gegevens.Beoordelingen.LastOrDefault(b => b.Gemeentecode == gemeente && b.Periode == periode.ToString());

    public IReadOnlyList<Contracts.OpgaveRegistry.V1.Project> Projecten => _gegevens.Projecten;
}
