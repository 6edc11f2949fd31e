namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// The figures of one "puzzel" scenario (DOMAIN.md §5): totals per categorie, coverage, the
/// difference to the provincial opgave, and which gemeenten swap between categorieën.
/// </summary>
public static class Scenarioberekening
{
    /// <summary>The code of <see cref="ScenarioUitkomst.Totaal"/>.</summary>
    public const string Totaal = "totaal";

    /// <summary>The categorieën a PRT swaps between, in the order of the dashboard.</summary>
    public static IReadOnlyList<string> Categorieen { get; } = [Categorie.Oekraine.Code(), Categorie.Asiel.Code(), Categorie.Amv.Code()];

    /// <summary>The problems of the regels as Dutch sentences; empty when they can be calculated.</summary>
    public static IReadOnlyList<string> Controleer(IReadOnlyList<ScenarioRegel> regels)
    {
        ArgumentNullException.ThrowIfNull(regels);
        var problemen = new List<string>();
        var gezien = new HashSet<(string, string)>();
        foreach (var r in regels)
        {
            if (r is null || string.IsNullOrWhiteSpace(r.Gemeente))
            {
                problemen.Add("Een regel van het scenario noemt geen gemeente.");
                continue;
            }
            if (!Categorieen.Contains(r.Categorie))
                problemen.Add($"{r.Gemeente}: onbekende categorie '{r.Categorie}'; toegestaan zijn {string.Join(", ", Categorieen)}.");
            if (r.Opgave < 0)
                problemen.Add($"{r.Gemeente}, {r.Categorie}: de opgave mag niet negatief zijn ({Opmaak.Getal(r.Opgave)}).");
            if (r.Inbreng < 0)
                problemen.Add($"{r.Gemeente}, {r.Categorie}: de inbreng mag niet negatief zijn ({Opmaak.Getal(r.Inbreng)}).");
            if (!gezien.Add((r.Gemeente, r.Categorie)))
                problemen.Add($"{r.Gemeente} heeft meer dan één regel voor {r.Categorie}.");
        }
        return problemen;
    }

    /// <param name="scenario">The proposal to calculate.</param>
    /// <param name="provincialeOpgave">Per categorie code the province's opgave; a categorie without one gets no difference.</param>
    /// <exception cref="ArgumentException">The regels fail <see cref="Controleer"/> or a provincial opgave has an unknown categorie.</exception>
    public static ScenarioUitkomst Bereken(Scenario scenario, IReadOnlyDictionary<string, long> provincialeOpgave)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(provincialeOpgave);
        var problemen = Controleer(scenario.Regels);
        if (problemen.Count > 0)
            throw new ArgumentException($"Scenario '{scenario.Naam}' ({scenario.Versie}) is niet te berekenen: {string.Join(" ", problemen)}", nameof(scenario));
        foreach (var code in provincialeOpgave.Keys)
            if (!Categorieen.Contains(code))
                throw new ArgumentException($"Provinciale opgave voor onbekende categorie '{code}'.", nameof(provincialeOpgave));

        var categorieen = Categorieen
            .Where(c => provincialeOpgave.ContainsKey(c) || scenario.Regels.Any(r => r.Categorie == c))
            .Select(c => Dekking(c, scenario.Regels.Where(r => r.Categorie == c).ToList(),
                provincialeOpgave.TryGetValue(c, out var p) ? p : null))
            .ToList();

        var gemeenten = scenario.Regels
            .GroupBy(r => r.Gemeente, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(Uitruil)
            .ToList();

        return new ScenarioUitkomst(scenario, categorieen, gemeenten, TelOp(categorieen));
    }

    private static CategorieDekking Dekking(string categorie, List<ScenarioRegel> regels, long? provinciaal)
    {
        long opgave = 0, inbreng = 0;
        foreach (var r in regels)
        {
            opgave = checked(opgave + r.Opgave);
            inbreng = checked(inbreng + r.Inbreng);
        }
        return Maak(categorie, opgave, inbreng, provinciaal);
    }

    /// <summary>
    /// The total over the categorieën. Its provincial opgave is unknown when one categorie
    /// lacks one: a partial sum compared with the full inbreng would be a false difference.
    /// </summary>
    private static CategorieDekking TelOp(List<CategorieDekking> categorieen)
    {
        long opgave = 0, inbreng = 0;
        long? provinciaal = categorieen.Count == 0 ? null : 0;
        foreach (var c in categorieen)
        {
            opgave = checked(opgave + c.Opgave);
            inbreng = checked(inbreng + c.Inbreng);
            provinciaal = provinciaal is { } p && c.ProvincialeOpgave is { } cp ? checked(p + cp) : null;
        }
        return Maak(Totaal, opgave, inbreng, provinciaal);
    }

    private static CategorieDekking Maak(string categorie, long opgave, long inbreng, long? provinciaal) =>
        new(categorie, opgave, inbreng, opgave == 0 ? null : new Breuk(checked(inbreng * 100), opgave),
            provinciaal, provinciaal is { } p ? checked(inbreng - p) : null);

    private static GemeenteUitruil Uitruil(IGrouping<string, ScenarioRegel> regels)
    {
        // Ordered like the categorieën, so the dictionary enumerates in dashboard order.
        var verschil = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var r in regels.OrderBy(r => Volgorde(r.Categorie)))
            verschil[r.Categorie] = checked(r.Inbreng - r.Opgave);
        long saldo = 0;
        foreach (var v in verschil.Values) saldo = checked(saldo + v);
        return new GemeenteUitruil(regels.Key, verschil, verschil.Values.Any(v => v > 0) && verschil.Values.Any(v => v < 0), saldo);
    }

    private static int Volgorde(string categorie)
    {
        for (var i = 0; i < Categorieen.Count; i++)
            if (Categorieen[i] == categorie) return i;
        return Categorieen.Count;
    }
}
