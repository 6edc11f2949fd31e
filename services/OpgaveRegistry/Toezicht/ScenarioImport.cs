using Regiemonitor.Calculation.Core;
using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>What a scenario import did, and the province the scenario belongs to.</summary>
public sealed record ScenarioImportUitkomst(ImportUitkomst Uitkomst, string? Provincie);

/// <summary>The scenario's identification, from the query string (the file holds only its lines).</summary>
public sealed record ScenarioKenmerken(string? Naam, string? Versie, string? Status, string? Blad);

/// <summary>
/// A verdeling scenario of a province ("de puzzel", DOMAIN.md §5), as CSV or as the Excel sheet
/// a PRT works in: <c>gemeentecode,categorie,opgave,inbreng</c>. Every import is a scenario of
/// its own (several proposals stand side by side); the same content again is the same scenario.
/// </summary>
public sealed class ScenarioImport(ToezichtStore store, GebiedRegister register, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["gemeentecode", "categorie", "opgave", "inbreng"];

    public ScenarioImportUitkomst Importeer(byte[] inhoud, bool isWerkmap, ScenarioKenmerken kenmerken)
    {
        var boom = register.Boom;
        var fouten = new List<ImportFout>();
        var naam = Parameter("naam", kenmerken.Naam, "de naam van de puzzel, bijvoorbeeld 'Puzzel 2025'", fouten);
        var versie = Parameter("versie", kenmerken.Versie, "bijvoorbeeld 'eerste voorstel'", fouten);
        var status = Status(kenmerken.Status, fouten);

        var (regels, leesfouten) = isWerkmap ? XlsxTabel.Lees(inhoud, Kolommen, kenmerken.Blad) : CsvTabel.Lees(inhoud, Kolommen);
        fouten.AddRange(leesfouten);
        var rijen = new List<(int Regel, ScenarioRegel Scenarioregel)>();
        var eerder = new Dictionary<(string, string), (int Regel, ScenarioRegel Scenarioregel)>();
        Gebied? provincie = null;
        foreach (var regel in regels)
        {
            var aantalFouten = fouten.Count;
            var gemeente = ToezichtVelden.Gemeente(regel, "gemeentecode", boom, fouten);
            var opgave = Velden.Aantal(regel, "opgave", fouten);
            var inbreng = Velden.Aantal(regel, "inbreng", fouten);
            var categorie = regel["categorie"];
            if (gemeente is not null)
            {
                // The core's rules on one line (the numbers are checked above), reported at its categorie.
                foreach (var melding in Scenarioberekening.Controleer([new ScenarioRegel(gemeente.Code, categorie, 0, 0)]))
                    fouten.Add(new ImportFout(regel.Regel, "categorie", melding));
                var eigen = boom.Voorouders(gemeente.Code).First(g => g.Niveau == Niveau.Provincie);
                provincie ??= eigen;
                if (eigen.Code != provincie.Code)
                    fouten.Add(new ImportFout(regel.Regel, "gemeentecode",
                        $"{gemeente.Code} ({gemeente.Naam}) ligt in {eigen.Naam}, de eerdere regels in {provincie.Naam}; een scenario hoort bij één provincie."));
            }
            if (fouten.Count > aantalFouten) continue;

            var scenarioregel = new ScenarioRegel(gemeente!.Code, categorie, opgave!.Value, inbreng!.Value);
            if (eerder.TryGetValue((gemeente.Code, categorie), out var eerste))
                foreach (var melding in Scenarioberekening.Controleer([eerste.Scenarioregel, scenarioregel]))
                    fouten.Add(new ImportFout(regel.Regel, "categorie", $"{melding.TrimEnd('.')} (zie regel {eerste.Regel})."));
            else
            {
                eerder[(gemeente.Code, categorie)] = (regel.Regel, scenarioregel);
                rijen.Add((regel.Regel, scenarioregel));
            }
        }
        // The core decides what a scenario must satisfy; a rule it adds later is enforced here too.
        if (fouten.Count == 0 && rijen.Count > 0)
            fouten.AddRange(Scenarioberekening.Controleer([.. rijen.Select(r => r.Scenarioregel)]).Select(m => new ImportFout(rijen[0].Regel, null, m)));
        if (fouten.Count > 0) return new ScenarioImportUitkomst(ImportUitkomst.Afgewezen(fouten), null);

        var hash = Inhoudshash.Van(rijen.Select(r => new object[] { r.Scenarioregel.Gemeente, r.Scenarioregel.Categorie, r.Scenarioregel.Opgave, r.Scenarioregel.Inbreng })
            .Append(new object[] { "scenario", naam!, versie!, status!.Value.Code() }));
        var uitkomst = store.Schrijf("scenario", hash, rijen.Count, tijd.GetUtcNow(), _ => [],
            (_, vastlegging) => vastlegging.Scenario(
                new Scenario(vastlegging.Id, provincie!.Code, naam!, versie!, status.Value, [.. rijen.Select(r => r.Scenarioregel)]),
                [.. rijen.Select(r => r.Regel)]));
        return new ScenarioImportUitkomst(uitkomst, provincie!.Code);
    }

    /// <summary>Problems with the query string are at regel 0: they are in no line of the file.</summary>
    private static string? Parameter(string naam, string? waarde, string voorbeeld, List<ImportFout> fouten)
    {
        if (!string.IsNullOrWhiteSpace(waarde)) return waarde.Trim();
        fouten.Add(new ImportFout(0, naam, $"Parameter {naam} ontbreekt; geef ?{naam}=... mee ({voorbeeld})."));
        return null;
    }

    private static ScenarioStatus? Status(string? code, List<ImportFout> fouten)
    {
        if (Parameter("status", code, $"een van: {ToezichtCodes.Lijst<ScenarioStatus>()}", fouten) is not { } tekst) return null;
        if (ToezichtCodes.TryScenarioStatus(tekst, out var status)) return status;
        fouten.Add(new ImportFout(0, "status", $"Onbekende status '{tekst}'; verwacht een van: {ToezichtCodes.Lijst<ScenarioStatus>()}."));
        return null;
    }
}
