using System.Globalization;
using Grpc.Core;
using Regiemonitor.Calculation.Core.Toezicht;
using Uitruil = Regiemonitor.Contracts.OpgaveRegistry.V1.Uitruil;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using V1 = Regiemonitor.Contracts.OpgaveRegistry.V1;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// gRPC adapter: the toezicht store's stand in force mapped onto <c>Toezichtgegevens</c>. A
/// caller that already holds the current data version gets <c>ongewijzigd</c> without rows, so
/// polling costs one cheap query.
/// </summary>
public sealed class ToezichtRegisterGrpc(ToezichtStore store) : ToezichtRegisterService.ToezichtRegisterServiceBase
{
    public override Task<Toezichtgegevens> GetToezicht(GetToezichtRequest request, ServerCallContext context)
    {
        if (request.BekendeVersie.Length > 0 && request.BekendeVersie == store.DataVersie())
            return Task.FromResult(new Toezichtgegevens { DataVersie = request.BekendeVersie, Ongewijzigd = true });
        return Task.FromResult(Map(store.Lees()));
    }

    private static Toezichtgegevens Map(ToezichtStand s)
    {
        var g = new Toezichtgegevens { DataVersie = s.DataVersie };
        g.Taakstellingen.AddRange(s.Taakstellingen.Select(t => new Taakstelling
        {
            Periode = t.Periode.ToString(), Gemeentecode = t.Gemeentecode, Aantal = t.Aantal, Herkomst = t.Herkomst, BatchId = t.BatchId,
        }));
        g.Uitruilen.AddRange(s.Uitruilen.Select(u => new Uitruil
        {
            Periode = u.Periode.ToString(), Naam = u.Naam, BatchId = u.BatchId,
            Regels = { u.Regels.Select(r => new V1.UitruilRegel { Gemeentecode = r.Gemeente, Aantal = r.Aantal }) },
        }));
        g.Koppelingen.AddRange(s.Koppelingen.Select(k => new Koppeling { Periode = k.Periode.ToString(), Gemeentecode = k.Gemeentecode, Aantal = k.Aantal }));
        g.Correcties.AddRange(s.Correcties.Select(c => new Correctie
        {
            Periode = c.Correctie.Periode.ToString(), Gemeentecode = c.Correctie.Gemeente, Veld = c.Correctie.Veld.Code(),
            Waarde = c.Correctie.Waarde, Reden = c.Correctie.Reden, VastgelegdOp = Iso(c.VastgelegdOp),
        }));
        g.Beleid.AddRange(s.Beleid.Select(b => new Beleidsinstelling
        {
            Provincie = b.Instelling.Provincie, Beleid = b.Instelling.Beleid, Versie = b.Instelling.Versie,
            Vanaf = b.Instelling.Vanaf.ToString(), MaxTrede = b.Instelling.MaxTrede, VastgelegdOp = Iso(b.VastgelegdOp),
        }));
        g.Beoordelingen.AddRange(s.Beoordelingen.Select(Map));
        g.Bijstellingen.AddRange(s.Bijstellingen.Select(b => new V1.Bijstelling
        {
            Periode = b.Periode.ToString(), Gemeentecode = b.Gemeente, Trede = b.Trede, Motivering = b.Motivering,
            Toezichthouder = b.Toezichthouder, Tijdstip = Iso(b.Tijdstip),
        }));
        g.Projecten.AddRange(s.Projecten.Select(p => new V1.Project { Naam = p.Naam, Gemeentecode = p.Gemeente, Eenheden = p.Eenheden, Jaar = p.Jaar }));
        g.Scenarios.AddRange(s.Scenarios.Select(r => new V1.Scenario
        {
            Id = r.Scenario.Id, Provincie = r.Scenario.Provincie, Naam = r.Scenario.Naam, Versie = r.Scenario.Versie,
            Status = r.Scenario.Status.Code(), GeimporteerdOp = Iso(r.GeimporteerdOp),
            Regels = { r.Scenario.Regels.Select(x => new V1.ScenarioRegel { Gemeentecode = x.Gemeente, Categorie = x.Categorie, Opgave = x.Opgave, Inbreng = x.Inbreng }) },
        }));
        return g;
    }

    private static V1.VastgesteldeBeoordeling Map(VastgesteldeBeoordeling b)
    {
        var v = new V1.VastgesteldeBeoordeling
        {
            Periode = b.Periode.ToString(), Gemeentecode = b.Gemeentecode, Trede = b.Trede, Kleur = b.Kleur, Grondslag = b.Grondslag,
            Doel = b.Doel, Redenen = { b.Redenen }, Beleid = b.Beleid, Beleidsversie = b.Beleidsversie,
            VastgesteldDoor = b.Door, VastgesteldOp = Iso(b.Op),
        };
        if (b.Gehuisvest is { } gehuisvest) v.Gehuisvest = gehuisvest;
        return v;
    }

    private static string Iso(DateTimeOffset tijdstip) => tijdstip.ToString("O", CultureInfo.InvariantCulture);
}
