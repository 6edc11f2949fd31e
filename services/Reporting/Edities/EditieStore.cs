using System.Globalization;
using System.Text.Json;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Reporting.Edities;

/// <summary>
/// Reporting's own SQLite file of editions (<c>edities.db</c>). Append-only: the schema itself
/// refuses every UPDATE and DELETE, so a published edition cannot change, whatever code runs.
/// </summary>
public sealed class EditieStore(string connectionString)
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS editie (
            volgnummer INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, gebiedcode TEXT NOT NULL,
            peildatum TEXT NOT NULL, realisatie_tot TEXT NOT NULL, realisatie_versie TEXT NOT NULL,
            opgave_versie TEXT NOT NULL, door TEXT NOT NULL, vastgesteld_op TEXT NOT NULL, omschrijving TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS editie_bron (
            editie_id TEXT NOT NULL REFERENCES editie(id), bron TEXT NOT NULL, peildatum TEXT NOT NULL,
            batch_ids TEXT NOT NULL, PRIMARY KEY (editie_id, bron, peildatum));
        CREATE TRIGGER IF NOT EXISTS editie_niet_wijzigen BEFORE UPDATE ON editie
            BEGIN SELECT RAISE(ABORT, 'Een editie wordt nooit gewijzigd.'); END;
        CREATE TRIGGER IF NOT EXISTS editie_niet_verwijderen BEFORE DELETE ON editie
            BEGIN SELECT RAISE(ABORT, 'Een editie wordt nooit verwijderd.'); END;
        CREATE TRIGGER IF NOT EXISTS editie_bron_niet_wijzigen BEFORE UPDATE ON editie_bron
            BEGIN SELECT RAISE(ABORT, 'Een editie wordt nooit gewijzigd.'); END;
        CREATE TRIGGER IF NOT EXISTS editie_bron_niet_verwijderen BEFORE DELETE ON editie_bron
            BEGIN SELECT RAISE(ABORT, 'Een editie wordt nooit verwijderd.'); END;
        """;

    private const string Kolommen =
        "id, gebiedcode, peildatum, realisatie_tot, realisatie_versie, opgave_versie, door, vastgesteld_op, omschrijving";

    public void Initialiseer()
    {
        using var db = Sqlite.Open(connectionString);
        db.Uitvoeren(null, Schema);
    }

    /// <summary>Stores a new edition with its bronnen in one transaction.</summary>
    public void Voeg(Editie e)
    {
        using var db = Sqlite.Open(connectionString);
        using var tx = db.BeginTransaction();
        db.Uitvoeren(tx, $"INSERT INTO editie ({Kolommen}) VALUES ($id, $g, $p, $r, $rv, $ov, $door, $op, $oms)",
            ("$id", e.Id), ("$g", e.Gebiedcode), ("$p", e.Peildatum.Iso()), ("$r", e.RealisatieTot.Iso()),
            ("$rv", e.RealisatieVersie), ("$ov", e.OpgaveVersie), ("$door", e.Door),
            ("$op", e.VastgesteldOp.ToString("O", CultureInfo.InvariantCulture)), ("$oms", e.Omschrijving));
        foreach (var b in e.Bronnen)
            db.Uitvoeren(tx, "INSERT INTO editie_bron VALUES ($id, $bron, $p, $batches)",
                ("$id", e.Id), ("$bron", b.Bron), ("$p", b.Peildatum.Iso()), ("$batches", JsonSerializer.Serialize(b.BatchIds)));
        tx.Commit();
    }

    public Editie? Haal(string id) => Lees("WHERE id = $id", ("$id", id)).SingleOrDefault();

    /// <summary>Every edition, newest first.</summary>
    public IReadOnlyList<Editie> Alle() => Lees("");

    private List<Editie> Lees(string waar, params (string, object?)[] parameters)
    {
        using var db = Sqlite.Open(connectionString);
        using var tx = db.BeginTransaction(deferred: true);
        var bronnen = new Dictionary<string, List<EditieBron>>(StringComparer.Ordinal);
        using (var cmd = db.Commando(tx, $"SELECT editie_id, bron, peildatum, batch_ids FROM editie_bron WHERE editie_id IN (SELECT id FROM editie {waar}) ORDER BY bron, peildatum", parameters))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                if (!bronnen.TryGetValue(r.GetString(0), out var lijst)) bronnen[r.GetString(0)] = lijst = [];
                lijst.Add(new EditieBron(r.GetString(1), r.Datum(2), JsonSerializer.Deserialize<string[]>(r.GetString(3))!));
            }
        var edities = new List<Editie>();
        using (var cmd = db.Commando(tx, $"SELECT {Kolommen} FROM editie {waar} ORDER BY volgnummer DESC", parameters))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                edities.Add(new Editie(r.GetString(0), r.GetString(1), r.Datum(2), r.Datum(3), r.GetString(4), r.GetString(5),
                    bronnen.GetValueOrDefault(r.GetString(0)) ?? [], r.GetString(6),
                    DateTimeOffset.ParseExact(r.GetString(7), "O", CultureInfo.InvariantCulture), r.GetString(8)));
        return edities;
    }
}
