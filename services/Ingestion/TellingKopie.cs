using Npgsql;
using NpgsqlTypes;
using Regiemonitor.Calculation.Core;

namespace Regiemonitor.Ingestion;

/// <summary>
/// The rows of a batch into <c>telling</c> on PostgreSQL: one binary COPY instead of an INSERT
/// per row (a million-row file is one round trip of data, not a million). It runs inside the
/// import transaction, so the rows are stored together with their batch or not at all.
/// </summary>
internal static class TellingKopie
{
    public static void Schrijf(NpgsqlConnection db, string batchId, IReadOnlyList<(int Regel, RealisatieTelling Telling)> rijen)
    {
        var onderdelen = Enum.GetValues<Onderdeel>().ToDictionary(o => o, o => o.Code());
        var isoPeildata = new Dictionary<DateOnly, string>();
        using var kopie = db.BeginBinaryImport(
            "COPY telling (batch_id, regel, bron, categorie, onderdeel, gebiedcode, peildatum, aantal) FROM STDIN (FORMAT BINARY)");
        foreach (var (regel, t) in rijen)
        {
            if (!isoPeildata.TryGetValue(t.Peildatum, out var peildatum)) isoPeildata[t.Peildatum] = peildatum = t.Peildatum.Iso();
            kopie.StartRow();
            kopie.Write(batchId, NpgsqlDbType.Text);
            kopie.Write(regel, NpgsqlDbType.Integer);
            kopie.Write(t.Bron.Code(), NpgsqlDbType.Text);
            kopie.Write(t.Categorie.Code(), NpgsqlDbType.Text);
            kopie.Write(t.Onderdeel is { } o ? onderdelen[o] : "", NpgsqlDbType.Text);
            kopie.Write(t.Gebiedcode, NpgsqlDbType.Text);
            kopie.Write(peildatum, NpgsqlDbType.Text);
            kopie.Write(t.Aantal, NpgsqlDbType.Bigint);
        }
        kopie.Complete();
    }
}
