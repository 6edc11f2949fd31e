using System.Security.Cryptography;
using System.Text;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry;

/// <summary>
/// Validates an opgave CSV or XLSX (ARCHITECTURE.md columns) line by line and against the periods in
/// force, and stores it as one batch only when no line is wrong.
/// </summary>
public sealed class OpgaveImport(OpgaveStore store, GebiedRegister register, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["categorie", "gebiedcode", "startdatum", "startwaarde", "einddatum", "eindwaarde", "besluit"];

    public ImportUitkomst Importeer(Importbestand bestand)
    {
        var boom = register.Boom;
        var (regels, fouten) = bestand.Lees(Kolommen);
        var fouts = new List<ImportFout>(fouten);
        var rijen = new List<(int Regel, OpgavePeriode Periode)>();
        foreach (var regel in regels)
            if (LeesRegel(regel, boom, fouts) is { } periode) rijen.Add((regel.Regel, periode));
        if (fouts.Count > 0) return ImportUitkomst.Afgewezen(fouts);

        var nu = tijd.GetUtcNow();
        return store.Importeer(Hash(rijen), rijen, bestaand => Samenhang(rijen, bestaand, boom),
            "opgaven-" + Guid.CreateVersion7(nu).ToString("N"), nu);
    }

    private static OpgavePeriode? LeesRegel(CsvRegel regel, GebiedBoom boom, List<ImportFout> fouten)
    {
        var aantalFouten = fouten.Count;
        var categorie = Velden.Categorie(regel, "categorie", fouten);
        var gebied = Velden.Gebied(regel, "gebiedcode", boom, fouten);
        var startdatum = Velden.Datum(regel, "startdatum", fouten);
        var startwaarde = Velden.Aantal(regel, "startwaarde", fouten);
        var einddatum = Velden.Datum(regel, "einddatum", fouten);
        var eindwaarde = Velden.Aantal(regel, "eindwaarde", fouten);

        if (startdatum is { } s && einddatum is { } e && e <= s)
            fouten.Add(new ImportFout(regel.Regel, "einddatum", $"einddatum {e.Iso()} ligt niet na startdatum {s.Iso()}."));
        if (categorie == Categorie.Oekraine && gebied?.Niveau == Niveau.Gemeente)
            fouten.Add(new ImportFout(regel.Regel, "gebiedcode",
                $"De oekraine-opgave wordt per veiligheidsregio vastgesteld, niet per gemeente ({gebied.Code})."));

        return fouten.Count > aantalFouten ? null
            : new OpgavePeriode(categorie!.Value, gebied!.Code, startdatum!.Value, startwaarde!.Value, einddatum!.Value, eindwaarde!.Value, regel["besluit"]);
    }

    /// <summary>
    /// Checks the new periods against each other and against those in force: no two periods of one
    /// series may overlap, and no series may have records at both an ancestor and a descendant
    /// (they would be counted twice). A new period with the same start as a stored one is a new
    /// version of it and replaces it.
    /// </summary>
    private static List<ImportFout> Samenhang(
        IReadOnlyList<(int Regel, OpgavePeriode Periode)> nieuw, IReadOnlyList<OpgaveRecord> bestaand, GebiedBoom boom)
    {
        var fouten = new List<ImportFout>();
        var vervangen = nieuw.Select(n => (n.Periode.Categorie, n.Periode.Gebiedcode, n.Periode.Startdatum)).ToHashSet();
        var geldend = bestaand
            .Where(b => !vervangen.Contains((b.Periode.Categorie, b.Periode.Gebiedcode, b.Periode.Startdatum)))
            .Select(b => (Herkomst: $"de opgeslagen periode uit batch {b.BatchId} (regel {b.Regel})", Nieuw: false, b.Regel, b.Periode))
            .Concat(nieuw.Select(n => (Herkomst: $"regel {n.Regel}", Nieuw: true, n.Regel, n.Periode)))
            .ToList();

        var perReeks = geldend.ToLookup(g => (g.Periode.Categorie, g.Periode.Gebiedcode));
        // For each (categorie, ancestor) the records below it, to find descendants in one lookup.
        var onder = geldend
            .SelectMany(g => boom.Voorouders(g.Periode.Gebiedcode).Select(v => (Sleutel: (g.Periode.Categorie, v.Code), Record: g)))
            .ToLookup(x => x.Sleutel, x => x.Record);

        foreach (var (regel, p) in nieuw)
        {
            foreach (var ander in perReeks[(p.Categorie, p.Gebiedcode)])
            {
                if (ander.Nieuw && ander.Regel == regel) continue;
                if (ander.Nieuw && ander.Regel > regel) continue; // reported once, on the later line
                if (ander.Periode.Startdatum == p.Startdatum)
                    fouten.Add(new ImportFout(regel, "startdatum",
                        $"Dubbele periode: {p.Categorie.Code()} voor {p.Gebiedcode} vanaf {p.Startdatum.Iso()} staat ook op {ander.Herkomst}."));
                else if (ander.Periode.Overlapt(p))
                    fouten.Add(new ImportFout(regel, "startdatum",
                        $"De periode {p.Startdatum.Iso()} tot {p.Einddatum.Iso()} overlapt met {ander.Herkomst} " +
                        $"({ander.Periode.Startdatum.Iso()} tot {ander.Periode.Einddatum.Iso()}) voor {p.Categorie.Code()} in {p.Gebiedcode}."));
            }

            var boven = boom.Voorouders(p.Gebiedcode).SelectMany(v => perReeks[(p.Categorie, v.Code)]);
            foreach (var ander in boven.Concat(onder[(p.Categorie, p.Gebiedcode)]))
            {
                if (ander.Nieuw && ander.Regel > regel) continue;
                fouten.Add(new ImportFout(regel, "gebiedcode",
                    $"{p.Categorie.Code()} heeft al een opgave voor {ander.Periode.Gebiedcode} op {ander.Herkomst}; " +
                    $"{p.Gebiedcode} ligt {(boom.IsVoorouder(p.Gebiedcode, ander.Periode.Gebiedcode) ? "daarboven" : "daaronder")}, " +
                    "zodat dezelfde opgave dubbel zou tellen."));
            }
        }
        return fouten;
    }

    /// <summary>A hash of the content, independent of line order, delimiter and quoting.</summary>
    private static string Hash(IEnumerable<(int Regel, OpgavePeriode Periode)> rijen)
    {
        var regels = rijen.Select(r => r.Periode)
            .Select(p => string.Join('\u001f', p.Categorie.Code(), p.Gebiedcode, p.Startdatum.Iso(), p.Startwaarde, p.Einddatum.Iso(), p.Eindwaarde, p.Besluit))
            .Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', regels))));
    }
}
