using System.Data.Common;
using System.Globalization;
using Grpc.Core;
using Regiemonitor.Calculation.Core;

namespace Regiemonitor.ServiceDefaults.Opslag;

/// <summary>
/// The data versions of a store whose immutable batches are numbered by <c>volgnummer</c> with
/// import times that rise with it (registry opgaven, ingestion realisatie): a version names a
/// prefix of the batches, so "known at moment K" and "as of version V" are both one version.
/// </summary>
public static class Batchversies
{
    public static string Versie(string prefix, long volgnummer) => prefix + volgnummer.ToString(CultureInfo.InvariantCulture);

    /// <summary>The highest volgnummer of <paramref name="tabel"/> (0 when empty).</summary>
    public static long Hoogste(DbConnection db, DbTransaction? tx, string tabel) =>
        db.Getal(tx, $"SELECT COALESCE(MAX(volgnummer), 0) FROM {tabel}");

    /// <summary>The last batch of <paramref name="tabel"/> imported at or before <paramref name="kennisstand"/>.</summary>
    public static long VolgnummerOp(DbConnection db, string tabel, DateTimeOffset kennisstand)
    {
        using var cmd = db.Opdracht(null, $"SELECT volgnummer, geimporteerd_op FROM {tabel} ORDER BY volgnummer");
        using var r = cmd.ExecuteReader();
        long laatste = 0;
        while (r.Read() && Tijdstip(r.GetString(1)) <= kennisstand) laatste = r.GetInt64(0);
        return laatste;
    }

    /// <summary>The volgnummer <paramref name="versie"/> names, or null when it is not an existing version of <paramref name="tabel"/>.</summary>
    public static long? VolgnummerVan(DbConnection db, string tabel, string prefix, string versie)
    {
        if (!versie.StartsWith(prefix, StringComparison.Ordinal)
            || !long.TryParse(versie.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var volgnummer))
            return null;
        return volgnummer <= Hoogste(db, null, tabel) ? volgnummer : null;
    }

    /// <summary>An import time as stored (ISO 8601, round trip).</summary>
    public static DateTimeOffset Tijdstip(string opgeslagen) =>
        DateTimeOffset.Parse(opgeslagen, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>
    /// The last batch of the stand a gRPC caller asked for (<c>tot_versie</c>, <c>kennisstand</c>);
    /// null for all batches; both given: the earlier. A bad value is INVALID_ARGUMENT naming it.
    /// </summary>
    /// <param name="wat">"de realisatie" or "de opgaven", for the message.</param>
    public static long? Grens(string totVersie, string kennisstand, Func<string, long?> volgnummerVan, Func<DateTimeOffset, long> volgnummerOp, string wat)
    {
        long? tot = null;
        if (totVersie.Length > 0)
            tot = volgnummerVan(totVersie) ?? throw Ongeldig($"tot_versie '{totVersie}' is geen bestaande versie van {wat}.");
        if (kennisstand.Length > 0)
        {
            if (!Kennisstand.TryParseMoment(kennisstand, out var moment))
                throw Ongeldig($"kennisstand '{kennisstand}' is geen ISO 8601-tijdstip met tijdzone.");
            var bekend = volgnummerOp(moment);
            tot = tot is { } t ? Math.Min(t, bekend) : bekend;
        }
        return tot;
    }

    private static RpcException Ongeldig(string melding) => new(new Grpc.Core.Status(StatusCode.InvalidArgument, melding));
}
