using System.Data.Common;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Imports;

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
    public static (List<Vervanging> Vervangt, List<Wijziging> Wijzigingen) Bepaal(DbConnection db, DbTransaction tx,
        IReadOnlyList<(int Regel, RealisatieTelling Telling)> rijen, IReadOnlyDictionary<int, Reeks> reeksen)
    {
        var geldig = RealisatieStore.GeldigeLeveringen(db, tx, long.MaxValue);
        var vervangen = rijen.Select(r => (r.Telling.Bron, r.Telling.Peildatum)).Distinct().Where(geldig.ContainsKey).Order().ToList();
        var vervangt = new List<Vervanging>();
        var wijzigingen = new List<Wijziging>();
        // A first delivery (the usual case, and every row of a large new file) reads nothing more.
        if (vervangen.Count == 0) return (vervangt, wijzigingen);

        var ids = RealisatieStore.BatchIds(db, tx);
        vervangt.AddRange(vervangen.Select(l => new Vervanging(l.Bron, l.Peildatum, ids[geldig[l]])));
        var nieuw = rijen.Where(r => geldig.ContainsKey((r.Telling.Bron, r.Telling.Peildatum)))
            .ToDictionary(r => (Reeks.Van(r.Telling), r.Telling.Peildatum), r => r.Telling.Aantal);
        // Each batch in force is read once, however many of its deliveries the new rows replace.
        foreach (var perBatch in vervangen.GroupBy(l => geldig[l]))
        {
            var leveringen = perBatch.ToHashSet();
            foreach (var rij in Tellingen.VanBatch(db, tx, perBatch.Key))
            {
                var reeks = reeksen[rij.Reeks];
                if (!leveringen.Contains((reeks.Bron, rij.Peildatum))) continue;
                long? aantal = nieuw.TryGetValue((reeks, rij.Peildatum), out var a) ? a : null;
                if (aantal != rij.Aantal)
                    wijzigingen.Add(new Wijziging(reeks.Bron, reeks.Categorie, reeks.Onderdeel, reeks.Gebiedcode, rij.Peildatum, rij.Aantal, aantal));
            }
        }
        return (vervangt, [.. wijzigingen.OrderBy(w => w.Bron).ThenBy(w => w.Categorie).ThenBy(w => w.Onderdeel)
            .ThenBy(w => w.Gebiedcode, StringComparer.Ordinal).ThenBy(w => w.Peildatum)]);
    }
}
