using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// Administrative corrections of published figures (DOMAIN.md §4):
/// <c>periode,gemeentecode,veld,waarde,reden</c>. A correction is an explicit record with its
/// reason, never an edit; for one (periode, gemeente, veld) the last one wins.
/// </summary>
public sealed class CorrectieImport(ToezichtStore store, GebiedRegister register, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["periode", "gemeentecode", "veld", "waarde", "reden"];

    public ImportUitkomst Importeer(byte[] inhoud)
    {
        var boom = register.Boom;
        var (gelezen, fouten) = ToezichtTabel.Lees<(Halfjaar, string, CorrectieVeld), PeriodeCorrectie>(inhoud, Kolommen, (regel, fouten) =>
        {
            var periode = ToezichtVelden.Periode(regel, "periode", fouten);
            var gemeente = ToezichtVelden.Gemeente(regel, "gemeentecode", boom, fouten);
            var veld = Veld(regel, fouten);
            // An achterstand may be negative (a voorsprong); a number housed cannot.
            var waarde = veld == CorrectieVeld.Gehuisvest ? Velden.Aantal(regel, "waarde", fouten) : ToezichtVelden.GeheelGetal(regel, "waarde", fouten);
            var reden = ToezichtVelden.Tekst(regel, "reden", fouten);
            return periode is { } p && gemeente is not null && veld is { } v && waarde is { } w && reden is not null
                ? ((p, gemeente.Code, v), new PeriodeCorrectie(gemeente.Code, p, v, w, reden)) : null;
        }, (regel, c, eerste) => new ImportFout(regel.Regel, "veld", $"Dubbele regel: {c.Gemeente} heeft voor {c.Periode} al een correctie van {c.Veld.Code()} op regel {eerste}."));
        List<(int Regel, PeriodeCorrectie Correctie)> rijen = gelezen;
        if (fouten.Count > 0) return ImportUitkomst.Afgewezen(fouten);

        var hash = Inhoudshash.Van(rijen.Select(r => new object[] { r.Correctie.Periode, r.Correctie.Gemeente, r.Correctie.Veld.Code(), r.Correctie.Waarde, r.Correctie.Reden }));
        return store.Schrijf("correcties", hash, rijen.Count, tijd.GetUtcNow(), stand => ZonderTaakstelling(rijen, stand),
            (_, vastlegging) =>
            {
                foreach (var (regel, c) in rijen) vastlegging.Correctie(regel, c);
            });
    }

    private static CorrectieVeld? Veld(CsvRegel regel, List<ImportFout> fouten)
    {
        if (ToezichtCodes.TryCorrectieVeld(regel["veld"], out var veld)) return veld;
        fouten.Add(new ImportFout(regel.Regel, "veld", $"Onbekend veld '{regel["veld"]}'; verwacht een van: {ToezichtCodes.Lijst<CorrectieVeld>()}."));
        return null;
    }

    /// <summary>A correction corrects a figure of a period the gemeente has; without a taakstelling there is none.</summary>
    private static List<ImportFout> ZonderTaakstelling(List<(int Regel, PeriodeCorrectie Correctie)> rijen, ToezichtStand stand)
    {
        var bekend = stand.Taakstellingen.Select(t => (t.Periode, t.Gemeentecode)).ToHashSet();
        return [.. rijen.Where(r => !bekend.Contains((r.Correctie.Periode, r.Correctie.Gemeente)))
            .Select(r => new ImportFout(r.Regel, "gemeentecode",
                $"{r.Correctie.Gemeente} heeft geen taakstelling voor {r.Correctie.Periode}; importeer of leid die eerst af."))];
    }
}
