using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Opslag;
using SQLitePCL;

namespace Regiemonitor.Ingestion;

/// <summary>A row of <c>telling</c> as stored: its series' number, peildatum, line in the file and count.</summary>
internal readonly record struct TellingRij(int Reeks, DateOnly Peildatum, int Regel, long Aantal);

/// <summary>
/// The <c>telling</c> and <c>realisatie_reeks</c> tables (schema version 2 of <see cref="RealisatieStore"/>):
/// a row is (batch volgnummer, series number, peildatum as day number, line, count), keyed by the
/// first three. Small integer rows keep a million-row import a matter of seconds; the texts of a
/// series are stored once. The supersede rule and the series' texts are applied in memory on
/// reading, so every query is a range of one batch's key.
/// </summary>
internal static class Tellingen
{
    /// <summary>Every numbered series by its number (a few thousand: gebieden × series kinds).</summary>
    public static Dictionary<int, Reeks> Reeksen(DbConnection db, DbTransaction tx)
    {
        using var cmd = db.Opdracht(tx, "SELECT id, bron, categorie, onderdeel, gebiedcode FROM realisatie_reeks");
        using var r = cmd.ExecuteReader();
        var reeksen = new Dictionary<int, Reeks>();
        while (r.Read())
            reeksen[r.GetInt32(0)] = new Reeks(Codes.ParseBron(r.GetString(1)), Codes.ParseCategorie(r.GetString(2)),
                r.GetString(3).Length == 0 ? null : Codes.ParseOnderdeel(r.GetString(3)), r.GetString(4));
        return reeksen;
    }

    /// <summary>
    /// The numbers of <paramref name="nodig"/>, in its order: known ones looked up, new ones numbered
    /// after the highest in that order and stored, inside the import's write transaction.
    /// </summary>
    public static int[] Nummer(DbConnection db, DbTransaction tx, IReadOnlyDictionary<int, Reeks> bekend, IReadOnlyList<Reeks> nodig)
    {
        var nummers = bekend.ToDictionary(r => r.Value, r => r.Key);
        var volgende = bekend.Count == 0 ? 1 : bekend.Keys.Max() + 1;
        using var insert = db.Opdracht(tx, "INSERT INTO realisatie_reeks (id, bron, categorie, onderdeel, gebiedcode) VALUES (@id, @b, @c, @o, @g)",
            ("@id", 0), ("@b", ""), ("@c", ""), ("@o", ""), ("@g", ""));
        foreach (var reeks in nodig)
        {
            if (nummers.ContainsKey(reeks)) continue;
            nummers[reeks] = volgende;
            insert.Parameters["@id"].Value = volgende++;
            insert.Parameters["@b"].Value = reeks.Bron.Code();
            insert.Parameters["@c"].Value = reeks.Categorie.Code();
            insert.Parameters["@o"].Value = reeks.OnderdeelCode;
            insert.Parameters["@g"].Value = reeks.Gebiedcode;
            insert.ExecuteNonQuery();
        }
        return [.. nodig.Select(r => nummers[r])];
    }

    /// <summary>The rows of batch <paramref name="volgnummer"/>, in key order.</summary>
    public static IEnumerable<TellingRij> VanBatch(DbConnection db, DbTransaction? tx, long volgnummer)
    {
        using var cmd = db.Opdracht(tx, "SELECT reeks, peildatum, regel, aantal FROM telling WHERE batch = @b", ("@b", volgnummer));
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return new TellingRij(r.GetInt32(0), DateOnly.FromDayNumber(r.GetInt32(1)), r.GetInt32(2), r.GetInt64(3));
    }

    /// <summary>
    /// Writes the rows of batch <paramref name="volgnummer"/> in <paramref name="inhoud"/>'s order
    /// (per series, then peildatum: for a store that numbered the series in the same order, the key
    /// order, so the table grows at its end instead of splitting pages all over). PostgreSQL: one
    /// binary COPY. SQLite: one prepared statement bound through SQLite's own API, which costs a
    /// fraction of an ADO.NET command per row. Both run inside the import transaction, so the rows
    /// are stored with their batch or not at all.
    /// </summary>
    /// <param name="nummers">Per series of <see cref="Inhoud.Reeksen"/> its number.</param>
    /// <param name="halverwege">Called once half of the rows are written (<see cref="Testpunten.TellingenHalverwege"/>).</param>
    public static void Schrijf(DbConnection db, long volgnummer, Inhoud inhoud, int[] nummers, Action halverwege)
    {
        var (sleutels, waarden) = (inhoud.Sleutels, inhoud.Waarden);
        var helft = sleutels.Length / 2;
        if (db is NpgsqlConnection postgres)
        {
            using var kopie = postgres.BeginBinaryImport("COPY telling (batch, reeks, peildatum, regel, aantal) FROM STDIN (FORMAT BINARY)");
            for (var i = 0; i < sleutels.Length; i++)
            {
                if (i == helft) halverwege();
                kopie.StartRow();
                kopie.Write(volgnummer, NpgsqlDbType.Bigint);
                kopie.Write(nummers[Inhoud.Reeksindex(sleutels[i])], NpgsqlDbType.Integer);
                kopie.Write(Inhoud.Dagnummer(sleutels[i]), NpgsqlDbType.Integer);
                kopie.Write(waarden[i].Regel, NpgsqlDbType.Integer);
                kopie.Write(waarden[i].Aantal, NpgsqlDbType.Bigint);
            }
            kopie.Complete();
            return;
        }
        var handle = ((SqliteConnection)db).Handle!;
        // A hundred rows per statement: one step of SQLite's program then inserts a hundred rows,
        // which halves the time per row (measured: 1.1 s for a million rows one by one, 0.55 s so).
        const int PerOpdracht = 100;
        var invoer = "INSERT INTO telling (batch, reeks, peildatum, regel, aantal) VALUES ";
        Controleer(raw.sqlite3_prepare_v2(handle, invoer + string.Join(",", Enumerable.Repeat("(?,?,?,?,?)", PerOpdracht)), out var blok), handle);
        Controleer(raw.sqlite3_prepare_v2(handle, invoer + "(?,?,?,?,?)", out var enkel), handle);
        using (blok)
        using (enkel)
            for (var (i, gemeld) = (0, false); i < sleutels.Length;)
            {
                if (!gemeld && i >= helft)
                {
                    gemeld = true;
                    halverwege();
                }
                var (opdracht, aantal) = sleutels.Length - i >= PerOpdracht ? (blok, PerOpdracht) : (enkel, 1);
                for (var p = 0; p < aantal * 5; p += 5, i++)
                {
                    raw.sqlite3_bind_int64(opdracht, p + 1, volgnummer);
                    raw.sqlite3_bind_int(opdracht, p + 2, nummers[Inhoud.Reeksindex(sleutels[i])]);
                    raw.sqlite3_bind_int(opdracht, p + 3, Inhoud.Dagnummer(sleutels[i]));
                    raw.sqlite3_bind_int(opdracht, p + 4, waarden[i].Regel);
                    raw.sqlite3_bind_int64(opdracht, p + 5, waarden[i].Aantal);
                }
                var rc = raw.sqlite3_step(opdracht);
                raw.sqlite3_reset(opdracht);
                if (rc != raw.SQLITE_DONE) Controleer(rc, handle);
            }
    }

    private static void Controleer(int rc, sqlite3 handle)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE)) SqliteException.ThrowExceptionForRC(rc, handle);
    }
}
