using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// Planned extra housing capacity (flexwonen, transformation): <c>project,gemeentecode,eenheden,jaar</c>,
/// for the prognosis of the achterstand. A project (name in a gemeente) is described by the
/// latest import that names it, so a revised plan replaces the earlier one.
/// </summary>
public sealed class ProjectImport(ToezichtStore store, GebiedRegister register, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["project", "gemeentecode", "eenheden", "jaar"];

    public ImportUitkomst Importeer(byte[] inhoud)
    {
        var boom = register.Boom;
        var (gelezen, fouten) = ToezichtTabel.Lees<(string, string, int), Project>(inhoud, Kolommen, (regel, fouten) =>
        {
            var naam = ToezichtVelden.Tekst(regel, "project", fouten);
            var gemeente = ToezichtVelden.Gemeente(regel, "gemeentecode", boom, fouten);
            var eenheden = Velden.Aantal(regel, "eenheden", fouten);
            if (eenheden == 0) fouten.Add(new ImportFout(regel.Regel, "eenheden", "eenheden is 0; een project levert ten minste 1 eenheid."));
            var jaar = ToezichtVelden.Tussen(regel, "jaar", 2000, 2100, fouten);
            return naam is not null && gemeente is not null && eenheden is { } e && jaar is { } j
                ? ((naam, gemeente.Code, (int)j), new Project(naam, gemeente.Code, e, (int)j)) : null;
        }, (regel, p, eerste) => new ImportFout(regel.Regel, "jaar", $"Dubbele regel: project '{p.Naam}' in {p.Gemeente} staat voor {p.Jaar} al op regel {eerste}."));
        List<(int Regel, Project Project)> rijen = gelezen;
        if (fouten.Count > 0) return ImportUitkomst.Afgewezen(fouten);

        return store.Schrijf("projecten", Inhoudshash.Van(rijen.Select(r => new object[] { r.Project.Naam, r.Project.Gemeente, r.Project.Eenheden, r.Project.Jaar })),
            rijen.Count, tijd.GetUtcNow(), _ => [],
            (_, vastlegging) =>
            {
                foreach (var (regel, p) in rijen) vastlegging.Project(regel, p);
            });
    }
}
