using System.Data.Common;
using System.Globalization;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Ingestion.Verwerking;

/// <summary>
/// The import verwerkingen in ingestion's database, each change in its own transaction: a job is
/// recorded before its 202 is sent, so one the process did not finish is found again at start-up.
/// </summary>
public sealed class VerwerkingStore(Database database)
{
    private static readonly Migratie[] Migraties =
    [
        new(1, "verwerkingen", """
            CREATE TABLE IF NOT EXISTS import_verwerking (
                id TEXT PRIMARY KEY, status TEXT NOT NULL, ontvangen_op TEXT NOT NULL, door TEXT NOT NULL, reden TEXT,
                werkmap INTEGER NOT NULL, blad TEXT, afgerond_op TEXT, uitkomst TEXT);
            CREATE INDEX IF NOT EXISTS import_verwerking_open ON import_verwerking (ontvangen_op) WHERE status = 'verwerken';
            """, """
            CREATE TABLE IF NOT EXISTS import_verwerking (
                id TEXT COLLATE "C" PRIMARY KEY, status TEXT NOT NULL, ontvangen_op TEXT COLLATE "C" NOT NULL, door TEXT NOT NULL, reden TEXT,
                werkmap BIGINT NOT NULL, blad TEXT, afgerond_op TEXT, uitkomst TEXT);
            CREATE INDEX IF NOT EXISTS import_verwerking_open ON import_verwerking (ontvangen_op) WHERE status = 'verwerken';
            """),
    ];

    private const string Kolommen = "id, status, ontvangen_op, door, reden, werkmap, blad, afgerond_op, uitkomst";

    public void Initialiseer() => Migratie.Migreer(database, "verwerkingen", Migraties);

    public void Registreer(ImportVerwerking v)
    {
        using var db = database.Open();
        db.Uitvoeren(null, $"INSERT INTO import_verwerking ({Kolommen}) VALUES (@id, @s, @o, @d, @r, @w, @b, NULL, NULL)",
            ("@id", v.Id), ("@s", v.Status), ("@o", Tekst(v.OntvangenOp)), ("@d", v.Door), ("@r", v.Reden),
            ("@w", v.Werkmap ? 1 : 0), ("@b", v.Blad));
    }

    /// <summary>Records the outcome of a job still being processed; false when it was already done.</summary>
    public bool Rond(string id, string status, string uitkomst, DateTimeOffset op)
    {
        using var db = database.Open();
        return db.Uitvoeren(null, """
            UPDATE import_verwerking SET status = @s, uitkomst = @u, afgerond_op = @op
            WHERE id = @id AND status = 'verwerken'
            """, ("@s", status), ("@u", uitkomst), ("@op", Tekst(op)), ("@id", id)) == 1;
    }

    public ImportVerwerking? Zoek(string id)
    {
        using var db = database.Open();
        using var cmd = db.Opdracht(null, $"SELECT {Kolommen} FROM import_verwerking WHERE id = @id", ("@id", id));
        using var r = cmd.ExecuteReader();
        return r.Read() ? Lees(r) : null;
    }

    /// <summary>The ids of the jobs not yet done, oldest first.</summary>
    public IReadOnlyList<string> Open()
    {
        using var db = database.Open();
        using var cmd = db.Opdracht(null, "SELECT id FROM import_verwerking WHERE status = 'verwerken' ORDER BY ontvangen_op, id");
        using var r = cmd.ExecuteReader();
        var ids = new List<string>();
        while (r.Read()) ids.Add(r.GetString(0));
        return ids;
    }

    private static ImportVerwerking Lees(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), RealisatieStore.Tijdstip(r.GetString(2)), r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4), Convert.ToInt64(r.GetValue(5), CultureInfo.InvariantCulture) != 0, r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : RealisatieStore.Tijdstip(r.GetString(7)), r.IsDBNull(8) ? null : r.GetString(8));

    private static string Tekst(DateTimeOffset t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
