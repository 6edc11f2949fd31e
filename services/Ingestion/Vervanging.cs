using System.Data.Common;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Imports;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Ingestion;

/// <summary>Who imported a batch and, for a correction, why: kept with the batch as its audit trail.</summary>
public sealed record Herkomst(string Door, string? Reden)
{
    /// <summary>The gateway admits imports with the admin key only, so without a name that is who it was.</summary>
    public const string StandaardDoor = "beheerder (admin-sleutel)";
}

/// <summary>One (bron, peildatum) delivery and the batch on the other side of a supersede.</summary>
public sealed record Vervanging(Bron Bron, DateOnly Peildatum, string BatchId);

/// <summary>
/// A number that was in force and that a correction changed. <see cref="Nieuw"/> is null when the
/// corrected delivery no longer has the series: its count for that peildatum stops counting.
/// </summary>
public sealed record Wijziging(Bron Bron, Categorie Categorie, Onderdeel? Onderdeel, string Gebiedcode, DateOnly Peildatum, long Oud, long? Nieuw);

/// <summary>An import's outcome with what the new batch superseded, so a data steward sees which numbers changed.</summary>
public sealed record RealisatieUitkomst(ImportUitkomst Uitkomst, IReadOnlyList<Vervanging> Vervangt, IReadOnlyList<Wijziging> Wijzigingen)
{
    public static RealisatieUitkomst Zonder(ImportUitkomst uitkomst) => new(uitkomst, [], []);

    /// <summary>A refusal or a repeat supersedes nothing; this lets the validation code return those as they are.</summary>
    public static implicit operator RealisatieUitkomst(ImportUitkomst uitkomst) => Zonder(uitkomst);
}

/// <summary>What a new batch supersedes, determined inside its import transaction before it is stored.</summary>
internal static class Vervangingen
{
    /// <summary>
    /// Per (bron, peildatum) the new rows deliver: the batch in force until now, and each of its
    /// numbers for that delivery that the new rows change or leave out.
    /// </summary>
    public static (List<Vervanging> Vervangt, List<Wijziging> Wijzigingen) Bepaal(
        DbConnection db, DbTransaction tx, IReadOnlyList<(int Regel, RealisatieTelling Telling)> rijen)
    {
        var vervangt = new List<Vervanging>();
        var wijzigingen = new List<Wijziging>();
        using var cmd = db.Opdracht(tx, """
            SELECT b.id, t.categorie, t.onderdeel, t.gebiedcode, t.aantal
            FROM realisatie_batch b JOIN telling t ON t.batch_id = b.id AND t.bron = @bron AND t.peildatum = @p
            WHERE b.volgnummer = (
                SELECT MAX(v.volgnummer) FROM realisatie_levering l JOIN realisatie_batch v ON v.id = l.batch_id
                WHERE l.bron = @bron AND l.peildatum = @p)
            """, ("@bron", ""), ("@p", ""));
        // The rows per delivery are only looked up for a delivery that replaces one: a first
        // delivery (the usual case, and every row of a large new file) costs no copy of its rows.
        ILookup<(Bron, DateOnly), (int Regel, RealisatieTelling Telling)>? perLevering = null;
        foreach (var (bron, peildatum) in rijen.Select(r => (r.Telling.Bron, r.Telling.Peildatum)).Distinct().Order())
        {
            Dictionary<(Categorie, Onderdeel?, string), long>? nieuw = null;
            cmd.Parameters["@bron"].Value = bron.Code();
            cmd.Parameters["@p"].Value = peildatum.Iso();
            string? vorige = null;
            using (var r = cmd.ExecuteReader())
                while (r.Read())
                {
                    vorige = r.GetString(0);
                    var onderdeel = r.GetString(2).Length == 0 ? (Onderdeel?)null : Codes.ParseOnderdeel(r.GetString(2));
                    var sleutel = (Codes.ParseCategorie(r.GetString(1)), onderdeel, r.GetString(3));
                    perLevering ??= rijen.ToLookup(r => (r.Telling.Bron, r.Telling.Peildatum));
                    nieuw ??= perLevering[(bron, peildatum)].ToDictionary(r => (r.Telling.Categorie, r.Telling.Onderdeel, r.Telling.Gebiedcode), r => r.Telling.Aantal);
                    long? aantal = nieuw.TryGetValue(sleutel, out var a) ? a : null;
                    if (aantal != r.GetInt64(4))
                        wijzigingen.Add(new Wijziging(bron, sleutel.Item1, onderdeel, sleutel.Item3, peildatum, r.GetInt64(4), aantal));
                }
            if (vorige is not null) vervangt.Add(new Vervanging(bron, peildatum, vorige));
        }
        return (vervangt, [.. wijzigingen.OrderBy(w => w.Bron).ThenBy(w => w.Categorie).ThenBy(w => w.Onderdeel)
            .ThenBy(w => w.Gebiedcode, StringComparer.Ordinal).ThenBy(w => w.Peildatum)]);
    }
}
