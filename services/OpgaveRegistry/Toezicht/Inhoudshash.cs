using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// The identity of an input's content for idempotency: a hash over its parsed records, sorted,
/// so line order, delimiter, quoting and CSV-versus-XLSX do not make the same content new.
/// </summary>
public static class Inhoudshash
{
    public static string Van(IEnumerable<IEnumerable<object?>> records)
    {
        var regels = records
            .Select(r => string.Join('\u001f', r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))))
            .Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', regels))));
    }
}
