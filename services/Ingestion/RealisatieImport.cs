using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.Ingestion;

/// <summary>
/// Validates a realisatie CSV or XLSX (ARCHITECTURE.md columns) and stores it as one batch only when no
/// line is wrong.
/// </summary>
public sealed class RealisatieImport(RealisatieStore store, GebiedBoomBron gebieden, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["bron", "categorie", "onderdeel", "gebiedcode", "peildatum", "aantal"];

    public async Task<RealisatieUitkomst> Importeer(Importbestand bestand, Herkomst herkomst, CancellationToken ct)
    {
        var boom = await gebieden.Boom(ct);
        var vandaag = tijd.Vandaag();
        // Each row is checked as it is read and only its typed count is kept: a million rows are
        // never held as text.
        var fouten = new List<ImportFout>();
        var rijen = new List<(int Regel, RealisatieTelling Telling)>();
        var gelezen = bestand.Lees(Kolommen, regel =>
        {
            if (LeesRegel(regel, boom, vandaag, fouten) is { } t) rijen.Add((regel.Regel, t));
        });
        if (gelezen.Afgebroken) return ImportUitkomst.Afgewezen(gelezen.Fouten);

        var inhoud = Inhoudshash.Bereken(rijen);
        foreach (var (regel, eerder) in inhoud.Dubbel)
            fouten.Add(new ImportFout(regel, null, $"Dubbele regel: dezelfde telling staat al op regel {eerder}."));
        // Reading problems first, then per line in line order, as a reader goes through the file.
        if (gelezen.Fouten.Count > 0 || fouten.Count > 0)
            return ImportUitkomst.Afgewezen([.. gelezen.Fouten, .. fouten.OrderBy(f => f.Regel)]);

        var nu = tijd.GetUtcNow();
        return store.Importeer(inhoud, rijen, bestaand => Samenhang(inhoud, bestaand, boom),
            "realisatie-" + Guid.CreateVersion7(nu).ToString("N"), nu, herkomst);
    }

    private static RealisatieTelling? LeesRegel(CsvRegel regel, GebiedBoom boom, DateOnly vandaag, List<ImportFout> fouten)
    {
        var aantalFouten = fouten.Count;
        Bron? bron = Codes.TryBron(regel["bron"], out var b) ? b : null;
        if (bron is null)
            fouten.Add(new ImportFout(regel.Regel, "bron", $"Onbekende bron '{regel["bron"]}'; verwacht een van: {Codes.BronLijst}."));
        var categorie = Velden.Categorie(regel, "categorie", fouten);
        if (bron is { } br && categorie is { } c && !br.Categorieen().Contains(c))
            fouten.Add(new ImportFout(regel.Regel, "categorie",
                $"{br.Code()} levert geen {c.Code()}; {br.Code()} levert {string.Join(", ", br.Categorieen().Select(x => x.Code()))}."));

        var onderdeelTekst = regel["onderdeel"];
        Onderdeel? onderdeel = null;
        if (categorie == Categorie.Asiel)
        {
            if (Codes.TryOnderdeel(onderdeelTekst, out var o)) onderdeel = o;
            else fouten.Add(new ImportFout(regel.Regel, "onderdeel", onderdeelTekst.Length == 0
                ? $"onderdeel ontbreekt; asiel vraagt een van: {Codes.OnderdeelLijst}."
                : $"Onbekend onderdeel '{onderdeelTekst}'; verwacht een van: {Codes.OnderdeelLijst}."));
        }
        else if (categorie is not null && onderdeelTekst.Length > 0)
            fouten.Add(new ImportFout(regel.Regel, "onderdeel", $"onderdeel hoort leeg te zijn voor {categorie.Value.Code()} (gevonden: '{onderdeelTekst}')."));

        var gebied = Velden.Gebied(regel, "gebiedcode", boom, fouten);
        var peildatum = Velden.Datum(regel, "peildatum", fouten);
        if (peildatum > vandaag)
            fouten.Add(new ImportFout(regel.Regel, "peildatum", $"peildatum {peildatum.Value.Iso()} ligt in de toekomst (vandaag is {vandaag.Iso()})."));
        var aantal = Velden.Aantal(regel, "aantal", fouten);

        return fouten.Count > aantalFouten ? null
            : new RealisatieTelling(bron!.Value, categorie!.Value, onderdeel, gebied!.Code, peildatum!.Value, aantal!.Value);
    }

    /// <summary>
    /// A series (bron, categorie, onderdeel) counted at both a gebied and one of its ancestors
    /// would be summed twice in the ancestor's figures, so that is refused, within the file and
    /// against what is stored.
    /// </summary>
    private static List<ImportFout> Samenhang(Inhoud inhoud, IReadOnlySet<Reeks> bestaand, GebiedBoom boom)
    {
        var fouten = new List<ImportFout>();
        // Per series of the file its first line, from the rows as the content hash sorted them.
        var eerste = new int[inhoud.Reeksen.Count];
        Array.Fill(eerste, int.MaxValue);
        for (var i = 0; i < inhoud.Sleutels.Length; i++)
        {
            var r = Inhoud.Reeksindex(inhoud.Sleutels[i]);
            eerste[r] = Math.Min(eerste[r], inhoud.Waarden[i].Regel);
        }
        var nieuw = inhoud.Reeksen.Select((reeks, r) => (Reeks: reeks, Regel: eerste[r])).ToDictionary(n => n.Reeks, n => n.Regel);
        // Series keys of every ancestor of a stored series, to find stored counts below a new one.
        var bovenBestaand = bestaand.SelectMany(k => boom.Voorouders(k.Gebiedcode).Select(v => k with { Gebiedcode = v.Code })).ToHashSet();

        // Each series once, at its first line.
        foreach (var (reeks, regel) in nieuw.OrderBy(n => n.Value))
        {
            if (bovenBestaand.Contains(reeks))
                fouten.Add(new ImportFout(regel, "gebiedcode",
                    $"Er zijn al tellingen van {reeks.Omschrijving} opgeslagen voor gebieden onder {reeks.Gebiedcode}; dat telt dubbel."));
            foreach (var v in boom.Voorouders(reeks.Gebiedcode))
            {
                var boven = reeks with { Gebiedcode = v.Code };
                var waar = nieuw.TryGetValue(boven, out var r) ? $"regel {r}" : bestaand.Contains(boven) ? "eerder opgeslagen tellingen" : null;
                if (waar is not null)
                    fouten.Add(new ImportFout(regel, "gebiedcode",
                        $"{reeks.Omschrijving} wordt ook geteld voor {v.Code} ({waar}), waar {reeks.Gebiedcode} onder valt; dat telt dubbel."));
            }
        }
        return fouten;
    }
}
