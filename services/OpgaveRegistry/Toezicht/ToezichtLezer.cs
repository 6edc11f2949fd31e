using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// Reads the whole toezicht store in one transaction and decides what is in force. Every query
/// runs in write order (schrijving.volgnummer, then the line), so "later wins" is a dictionary
/// assignment and "oldest first" is the natural order.
/// </summary>
internal static class ToezichtLezer
{
    private const string Volgorde = "JOIN schrijving s ON s.id = t.schrijving_id";

    public static string Versie(DbConnection db, DbTransaction? tx) =>
        "toezicht-" + db.Getal(tx, "SELECT COALESCE(MAX(volgnummer), 0) FROM schrijving").ToString(CultureInfo.InvariantCulture);

    public static ToezichtStand Lees(DbConnection db, DbTransaction tx) => new(
        Taakstellingen(db, tx), Uitruilen(db, tx), Koppelingen(db, tx), Correcties(db, tx), Beleid(db, tx),
        Beoordelingen(db, tx), Bijstellingen(db, tx), Projecten(db, tx), Scenarios(db, tx), Versie(db, tx));

    /// <summary>Per (periode, gemeente) the latest import or derivation, ordered by periode and gemeente.</summary>
    private static List<TaakstellingRecord> Taakstellingen(DbConnection db, DbTransaction tx)
    {
        var geldend = new Dictionary<(Halfjaar, string), TaakstellingRecord>();
        foreach (var r in Rijen(db, tx, $"SELECT t.periode, t.gemeentecode, t.aantal, t.herkomst, t.schrijving_id FROM taakstelling t {Volgorde} ORDER BY s.volgnummer, t.regel"))
        {
            var t = new TaakstellingRecord(Halfjaar.Parse(r.GetString(0)), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4));
            geldend[(t.Periode, t.Gemeentecode)] = t;
        }
        return [.. geldend.Values.OrderBy(t => t.Periode).ThenBy(t => t.Gemeentecode, StringComparer.Ordinal)];
    }

    /// <summary>Every uitruil, oldest first, its lines in file order.</summary>
    private static List<UitruilRecord> Uitruilen(DbConnection db, DbTransaction tx)
    {
        var uitruilen = new List<(string Batch, Halfjaar Periode, string Naam, List<UitruilRegel> Regels)>();
        var index = new Dictionary<(string, Halfjaar, string), int>();
        foreach (var r in Rijen(db, tx, $"SELECT t.schrijving_id, t.periode, t.naam, t.gemeentecode, t.aantal FROM uitruil t {Volgorde} ORDER BY s.volgnummer, t.regel"))
        {
            var sleutel = (r.GetString(0), Halfjaar.Parse(r.GetString(1)), r.GetString(2));
            if (!index.TryGetValue(sleutel, out var i))
            {
                index[sleutel] = i = uitruilen.Count;
                uitruilen.Add((sleutel.Item1, sleutel.Item2, sleutel.Item3, []));
            }
            uitruilen[i].Regels.Add(new UitruilRegel(r.GetString(3), r.GetInt64(4)));
        }
        return [.. uitruilen.Select(u => new UitruilRecord(u.Periode, u.Naam, u.Regels, u.Batch))];
    }

    /// <summary>Per (periode, gemeente) the latest count.</summary>
    private static List<KoppelingRecord> Koppelingen(DbConnection db, DbTransaction tx)
    {
        var geldend = new Dictionary<(Halfjaar, string), KoppelingRecord>();
        foreach (var r in Rijen(db, tx, $"SELECT t.periode, t.gemeentecode, t.aantal FROM koppeling t {Volgorde} ORDER BY s.volgnummer, t.regel"))
        {
            var k = new KoppelingRecord(Halfjaar.Parse(r.GetString(0)), r.GetString(1), r.GetInt64(2));
            geldend[(k.Periode, k.Gemeentecode)] = k;
        }
        return [.. geldend.Values.OrderBy(k => k.Periode).ThenBy(k => k.Gemeentecode, StringComparer.Ordinal)];
    }

    private static List<CorrectieRecord> Correcties(DbConnection db, DbTransaction tx) =>
        [.. Rijen(db, tx, $"SELECT t.gemeentecode, t.periode, t.veld, t.waarde, t.reden, s.vastgelegd_op FROM correctie t {Volgorde} ORDER BY s.volgnummer, t.regel")
            .Select(r => new CorrectieRecord(
                new PeriodeCorrectie(r.GetString(0), Halfjaar.Parse(r.GetString(1)), Veld(r.GetString(2)), r.GetInt64(3), r.GetString(4)),
                Tijdstip(r, 5)))];

    private static List<BeleidRecord> Beleid(DbConnection db, DbTransaction tx) =>
        [.. Rijen(db, tx, $"SELECT t.provincie, t.beleid, t.versie, t.vanaf, t.max_trede, s.vastgelegd_op FROM beleid t {Volgorde} ORDER BY s.volgnummer")
            .Select(r => new BeleidRecord(
                new IbtBeleidsinstelling(r.GetString(0), r.GetString(1), r.GetInt32(2), Halfjaar.Parse(r.GetString(3)), r.GetInt32(4)),
                Tijdstip(r, 5)))];

    private static List<VastgesteldeBeoordeling> Beoordelingen(DbConnection db, DbTransaction tx) =>
        [.. Rijen(db, tx, $"""
            SELECT t.periode, t.gemeentecode, t.trede, t.kleur, t.grondslag, t.doel, t.gehuisvest, t.redenen, t.beleid, t.beleidsversie, t.door, s.vastgelegd_op
            FROM beoordeling t {Volgorde} ORDER BY s.volgnummer, t.regel
            """)
            .Select(r => new VastgesteldeBeoordeling(
                Halfjaar.Parse(r.GetString(0)), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetInt64(5),
                r.IsDBNull(6) ? null : r.GetInt64(6), JsonSerializer.Deserialize<List<string>>(r.GetString(7)) ?? [],
                r.GetString(8), r.GetInt32(9), r.GetString(10), Tijdstip(r, 11)))];

    private static List<Bijstelling> Bijstellingen(DbConnection db, DbTransaction tx) =>
        [.. Rijen(db, tx, $"SELECT t.gemeentecode, t.periode, t.trede, t.motivering, t.toezichthouder, s.vastgelegd_op FROM bijstelling t {Volgorde} ORDER BY s.volgnummer")
            .Select(r => new Bijstelling(r.GetString(0), Halfjaar.Parse(r.GetString(1)), r.GetInt32(2), r.GetString(3), r.GetString(4), Tijdstip(r, 5)))];

    /// <summary>
    /// The projects in force: a project (naam in a gemeente) is described by the latest import
    /// that names it, so a revised plan replaces its earlier years instead of adding to them.
    /// </summary>
    private static List<Project> Projecten(DbConnection db, DbTransaction tx)
    {
        var alle = Rijen(db, tx, $"SELECT t.schrijving_id, t.naam, t.gemeentecode, t.eenheden, t.jaar FROM project t {Volgorde} ORDER BY s.volgnummer, t.regel")
            .Select(r => (Batch: r.GetString(0), Project: new Project(r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt32(4))))
            .ToList();
        var laatste = new Dictionary<(string, string), string>();
        foreach (var (batch, p) in alle) laatste[(p.Naam, p.Gemeente)] = batch;
        return [.. alle.Where(a => laatste[(a.Project.Naam, a.Project.Gemeente)] == a.Batch).Select(a => a.Project)];
    }

    private static List<ScenarioRecord> Scenarios(DbConnection db, DbTransaction tx)
    {
        var regels = Rijen(db, tx, "SELECT schrijving_id, gemeentecode, categorie, opgave, inbreng FROM scenario_regel ORDER BY schrijving_id, regel")
            .GroupBy(r => r.GetString(0), r => new ScenarioRegel(r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4)))
            .ToDictionary(g => g.Key, g => g.ToList());
        return [.. Rijen(db, tx, $"SELECT t.schrijving_id, t.provincie, t.naam, t.versie, t.status, s.vastgelegd_op FROM scenario t {Volgorde} ORDER BY s.volgnummer")
            .Select(r => new ScenarioRecord(
                new Scenario(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Status(r.GetString(4)), regels.GetValueOrDefault(r.GetString(0)) ?? []),
                Tijdstip(r, 5)))];
    }

    /// <summary>The rows of a query as one moving reader: each row is valid only until the next, so callers project it at once.</summary>
    private static IEnumerable<DbDataReader> Rijen(DbConnection db, DbTransaction tx, string sql)
    {
        using var cmd = db.Opdracht(tx, sql);
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return r;
    }

    private static DateTimeOffset Tijdstip(DbDataReader r, int kolom) =>
        DateTimeOffset.ParseExact(r.GetString(kolom), "O", CultureInfo.InvariantCulture);

    private static CorrectieVeld Veld(string code) =>
        ToezichtCodes.TryCorrectieVeld(code, out var v) ? v : throw new InvalidDataException($"Onbekend correctieveld '{code}' in toezicht.db.");

    private static ScenarioStatus Status(string code) =>
        ToezichtCodes.TryScenarioStatus(code, out var s) ? s : throw new InvalidDataException($"Onbekende scenariostatus '{code}' in toezicht.db.");
}
