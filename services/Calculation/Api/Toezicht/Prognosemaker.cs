using Regiemonitor.Calculation.Core;
using Regiemonitor.Calculation.Core.Toezicht;
using C = Regiemonitor.Contracts.Calculation.V1;

namespace Regiemonitor.Calculation.Api.Toezicht;

/// <summary>
/// A prognosis for a gebied: the caller's assumptions where given, else ones derived from the
/// stored half-year figures of its gemeenten, each with a sentence saying where it came from.
/// </summary>
public static class Prognosemaker
{
    public const int StandaardJaren = 5;

    public static C.Prognose Maak(GebiedBoom boom, Toezichtinvoer invoer, C.GetPrognoseRequest request, DateOnly vandaag)
    {
        var gemeenten = invoer.GemeentenVan(request.Gebiedcode);
        var eigen = invoer.Invoer.Where(i => gemeenten.Contains(i.Gemeente)).ToList();
        var bekend = eigen.Select(i => (i.Gemeente, i.Periode)).ToHashSet();
        var totalen = Periodeberekening.Bereken(eigen, invoer.Correcties.Where(c => bekend.Contains((c.Gemeente, c.Periode))))
            .GroupBy(r => r.Periode).OrderBy(g => g.Key)
            .Select(g => Periodeberekening.Tel(g.Key, g)).ToList();

        // The achterstand at 1 January is what the last second half-year carried out.
        var laatsteJaarafsluiting = totalen.LastOrDefault(t => t.Periode.Helft == 2 && t.AchterstandUit is not null);
        var startJaar = request.StartJaar != 0 ? request.StartJaar : laatsteJaarafsluiting?.Periode.Jaar + 1 ?? vandaag.Year;
        var afsluiting = totalen.FirstOrDefault(t => t.Periode == new Halfjaar(startJaar - 1, 2) && t.AchterstandUit is not null);
        var (startAchterstand, startHerkomst) = request.HasStartAchterstand ? (request.StartAchterstand, "opgegeven")
            : afsluiting is not null ? (afsluiting.AchterstandUit!.Value, $"achterstand na halfjaar {afsluiting.Periode}")
            : (0L, $"geen cijfers over {startJaar - 1}; 0 aangenomen");

        var (taakstelling, taakHerkomst) = request.HasTaakstellingPerJaar ? (request.TaakstellingPerJaar, "opgegeven") : Taakstelling(totalen);
        var (gehuisvest, gehuisvestHerkomst) = request.HasGehuisvestPerJaar ? (request.GehuisvestPerJaar, "opgegeven") : Gehuisvest(totalen);

        var projecten = invoer.Projecten.Where(p => gemeenten.Contains(p.Gemeentecode)).ToList();
        var jaren = Prognoseberekening.Bereken(new PrognoseInvoer(
            startJaar, startAchterstand, request.Jaren == 0 ? StandaardJaren : request.Jaren, taakstelling, gehuisvest,
            request.TaakstellingInJaar.ToDictionary(), request.GehuisvestInJaar.ToDictionary(),
            [.. projecten.Select(ToezichtGrpc.NaarCore)]));

        var gebied = boom.Get(request.Gebiedcode);
        var prognose = new C.Prognose
        {
            Gebied = ContractMapping.NaarContract(gebied),
            Aannames = new C.PrognoseAannames
            {
                StartJaar = startJaar, StartAchterstand = startAchterstand, StartAchterstandHerkomst = startHerkomst,
                TaakstellingPerJaar = taakstelling, TaakstellingHerkomst = taakHerkomst,
                GehuisvestPerJaar = gehuisvest, GehuisvestHerkomst = gehuisvestHerkomst,
            },
        };
        prognose.Jaren.AddRange(jaren.Select(j => new C.PrognoseJaar
        {
            Jaar = j.Jaar, AchterstandBegin = j.AchterstandBegin, Taakstelling = j.Taakstelling, Gehuisvest = j.Gehuisvest,
            ExtraCapaciteit = j.ExtraCapaciteit, AchterstandEind = j.AchterstandEind, TeHuisvestenVolgendJaar = j.TeHuisvestenVolgendJaar,
        }));
        prognose.Projecten.AddRange(projecten.Select(p => new C.Project { Naam = p.Naam, Gemeentecode = p.Gemeentecode, Eenheden = p.Eenheden, Jaar = p.Jaar }));
        return prognose;
    }

    /// <summary>The latest year's taakstelling: both halves when known, else twice the one half known.</summary>
    private static (long, string) Taakstelling(IReadOnlyList<PeriodeTotaal> totalen)
    {
        if (totalen.Count == 0) return (0, "geen taakstelling bekend; 0 aangenomen");
        var jaar = totalen[^1].Periode.Jaar;
        var helften = totalen.Where(t => t.Periode.Jaar == jaar).ToList();
        return helften.Count == 2
            ? (helften.Sum(t => t.Taakstelling), $"taakstelling {helften[0].Periode} + {helften[1].Periode}")
            : (2 * helften[0].Taakstelling, $"2 × taakstelling {helften[0].Periode}");
    }

    /// <summary>The average of the last four half-years with a known gehuisvest (DOMAIN.md §5 "recent periods").</summary>
    private static (long, string) Gehuisvest(IReadOnlyList<PeriodeTotaal> totalen)
    {
        var recent = totalen.Where(t => t.Gehuisvest is not null).TakeLast(4).ToList();
        if (recent.Count == 0) return (0, "geen gehuisvest bekend; 0 aangenomen");
        var gemiddeld = Prognoseberekening.GemiddeldGehuisvestPerJaar(recent.Select(t => t.Gehuisvest));
        return (gemiddeld, $"gemiddelde van {string.Join(", ", recent.Select(t => t.Periode))}, per jaar");
    }
}
