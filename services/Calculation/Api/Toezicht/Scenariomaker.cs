using Grpc.Core;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Calculation.Core.Toezicht;
using C = Regiemonitor.Contracts.Calculation.V1;
using R = Regiemonitor.Contracts.OpgaveRegistry.V1;

namespace Regiemonitor.Calculation.Api.Toezicht;

/// <summary>The verdeling scenarios of a province, computed against the provincial opgave on a peildatum.</summary>
public static class Scenariomaker
{
    public static C.Scenarios Maak(GebiedBoom boom, R.Toezichtgegevens stand, Dashboard provincie, C.GetScenariosRequest request, DateOnly peildatum)
    {
        var vanProvincie = stand.Scenarios.Where(s => s.Provincie == request.Provincie).ToList();
        var gekozen = request.Ids.Count == 0 ? vanProvincie
            : [.. request.Ids.Select(id => vanProvincie.FirstOrDefault(s => s.Id == id)
                ?? throw new RpcException(new Grpc.Core.Status(StatusCode.NotFound, $"Scenario '{id}' bestaat niet in {request.Provincie}.")))];
        var provincialeOpgave = provincie.Kaarten
            .Where(k => k.Eindpunt is not null && Scenarioberekening.Categorieen.Contains(k.Categorie.Code()))
            .ToDictionary(k => k.Categorie.Code(), k => k.Eindpunt!.Value);

        var antwoord = new C.Scenarios { Provincie = ContractMapping.NaarContract(boom.Get(request.Provincie)), Peildatum = peildatum.Iso() };
        foreach (var s in gekozen)
        {
            var uitkomst = Scenarioberekening.Bereken(NaarCore(s), provincialeOpgave);
            var c = new C.ScenarioUitkomst
            {
                Id = s.Id, Naam = s.Naam, Versie = s.Versie, Status = s.Status, GeimporteerdOp = s.GeimporteerdOp,
                Totaal = Dekking(uitkomst.Totaal),
            };
            c.Categorieen.AddRange(uitkomst.Categorieen.Select(Dekking));
            foreach (var g in uitkomst.Gemeenten)
            {
                var rij = new C.GemeenteScenario
                {
                    Gebied = ContractMapping.NaarContract(boom.TryGet(g.Gemeente, out var gebied) ? gebied : new Gebied(g.Gemeente, g.Gemeente, Niveau.Gemeente, null)),
                    IsUitruil = g.IsUitruil, Saldo = g.Saldo,
                };
                foreach (var regel in s.Regels.Where(r => r.Gemeentecode == g.Gemeente))
                    rij.Cellen.Add(new C.ScenarioCel { Categorie = regel.Categorie, Opgave = regel.Opgave, Inbreng = regel.Inbreng, Verschil = g.Verschil[regel.Categorie] });
                c.Gemeenten.Add(rij);
            }
            antwoord.Scenarios_.Add(c);
        }
        return antwoord;
    }

    private static Scenario NaarCore(R.Scenario s) => new(s.Id, s.Provincie, s.Naam, s.Versie,
        ToezichtCodes.ParseScenarioStatus(s.Status),
        [.. s.Regels.Select(r => new ScenarioRegel(r.Gemeentecode, r.Categorie, r.Opgave, r.Inbreng))]);

    private static C.CategorieDekking Dekking(CategorieDekking d)
    {
        var c = new C.CategorieDekking { Categorie = d.Categorie, Opgave = d.Opgave, Inbreng = d.Inbreng };
        if (d.Dekking is { } dekking) c.Dekking = Periodeoverzicht.Breuk(dekking);
        if (d.ProvincialeOpgave is { } p) c.ProvincialeOpgave = p;
        if (d.VerschilTotProvinciaal is { } v) c.VerschilTotProvinciaal = v;
        return c;
    }

}
