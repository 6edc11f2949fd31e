using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// Uitruilen of taakstelling between gemeenten: <c>periode,uitruil,gemeentecode,aantal</c>; the
/// lines with the same (periode, uitruil) form one swap. Each swap is checked with
/// <see cref="Uitruil.Controleer"/> against the taakstellingen in force with the stored and the
/// earlier swaps of the file applied, in the order the calculation applies them.
/// </summary>
public sealed class UitruilImport(ToezichtStore store, GebiedRegister register, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["periode", "uitruil", "gemeentecode", "aantal"];

    private sealed record Ruil(Halfjaar Periode, string Naam, int EersteRegel, List<(int Regel, UitruilRegel Wijziging)> Regels);

    public ImportUitkomst Importeer(byte[] inhoud)
    {
        var boom = register.Boom;
        var (regels, leesfouten) = CsvTabel.Lees(inhoud, Kolommen);
        var fouten = new List<ImportFout>(leesfouten);
        var ruilen = new List<Ruil>();
        foreach (var regel in regels)
        {
            var aantalFouten = fouten.Count;
            var periode = ToezichtVelden.Periode(regel, "periode", fouten);
            var naam = ToezichtVelden.Tekst(regel, "uitruil", fouten);
            var gemeente = ToezichtVelden.Gemeente(regel, "gemeentecode", boom, fouten);
            var aantal = ToezichtVelden.GeheelGetal(regel, "aantal", fouten);
            if (fouten.Count > aantalFouten) continue;
            var ruil = ruilen.Find(r => r.Periode == periode && r.Naam == naam);
            if (ruil is null) ruilen.Add(ruil = new Ruil(periode!.Value, naam!, regel.Regel, []));
            ruil.Regels.Add((regel.Regel, new UitruilRegel(gemeente!.Code, aantal!.Value)));
        }
        if (fouten.Count > 0) return ImportUitkomst.Afgewezen(fouten);

        var hash = Inhoudshash.Van(ruilen.SelectMany(r => r.Regels.Select(l => new object[] { r.Periode, r.Naam, l.Wijziging.Gemeente, l.Wijziging.Aantal })));
        return store.Schrijf("uitruilen", hash, regels.Count, tijd.GetUtcNow(), stand => Controleer(ruilen, stand),
            (_, vastlegging) =>
            {
                foreach (var ruil in ruilen)
                    foreach (var (regel, r) in ruil.Regels) vastlegging.Uitruil(regel, ruil.Periode, ruil.Naam, r);
            });
    }

    /// <summary>Each swap's problems at its first line, so a user sees one message per swap.</summary>
    private static List<ImportFout> Controleer(List<Ruil> ruilen, ToezichtStand stand)
    {
        var fouten = new List<ImportFout>();
        foreach (var periode in ruilen.GroupBy(r => r.Periode))
        {
            var opgeslagen = stand.Uitruilen.Where(u => u.Periode == periode.Key).ToList();
            foreach (var ruil in periode.Where(r => opgeslagen.Any(u => u.Naam == r.Naam)))
                fouten.Add(new ImportFout(ruil.EersteRegel, "uitruil",
                    $"Uitruil '{ruil.Naam}' voor {ruil.Periode} is al vastgelegd (batch {opgeslagen.First(u => u.Naam == ruil.Naam).BatchId}); geef een nieuwe uitruil een eigen naam."));

            var (na, _) = Uitruiltoets.Pas(stand.TaakstellingenIn(periode.Key), opgeslagen);
            var nieuw = periode.Select(r => new UitruilRecord(r.Periode, r.Naam, [.. r.Regels.Select(l => l.Wijziging)], "")).ToList();
            var (_, problemen) = Uitruiltoets.Pas(na, nieuw);
            foreach (var (uitruil, p) in problemen)
                fouten.Add(new ImportFout(periode.First(r => r.Naam == uitruil.Naam).EersteRegel, "uitruil",
                    $"Uitruil '{uitruil.Naam}' voor {uitruil.Periode}: {string.Join(" ", p)}"));
        }
        return fouten;
    }
}
