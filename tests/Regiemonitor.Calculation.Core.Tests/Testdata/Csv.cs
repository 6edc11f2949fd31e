using System.Text;

namespace Regiemonitor.Calculation.Core.Tests.Testdata;

/// <summary>
/// A minimal RFC 4180 reader. The tests parse the files themselves rather than through the
/// registry's importer, so a bug there cannot hide one in the calculation.
/// </summary>
internal static class Csv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Lees(string pad)
    {
        var regels = File.ReadAllLines(pad, Encoding.UTF8).Where(r => r.Length > 0).ToList();
        var kolommen = Velden(regels[0]);
        var resultaat = new List<IReadOnlyDictionary<string, string>>();
        foreach (var regel in regels.Skip(1))
        {
            var velden = Velden(regel);
            if (velden.Count != kolommen.Count)
                throw new InvalidDataException($"{pad}: {velden.Count} velden in plaats van {kolommen.Count} in '{regel}'.");
            resultaat.Add(kolommen.Zip(velden).ToDictionary(p => p.First, p => p.Second));
        }
        return resultaat;
    }

    /// <summary>Splits one line on commas outside quotes; "" inside quotes is a literal quote.</summary>
    public static IReadOnlyList<string> Velden(string regel)
    {
        var velden = new List<string>();
        var veld = new StringBuilder();
        var tussenAanhalingstekens = false;
        for (var i = 0; i < regel.Length; i++)
        {
            var c = regel[i];
            if (tussenAanhalingstekens)
            {
                if (c != '"') veld.Append(c);
                else if (i + 1 < regel.Length && regel[i + 1] == '"') { veld.Append('"'); i++; }
                else tussenAanhalingstekens = false;
            }
            else if (c == '"') tussenAanhalingstekens = true;
            else if (c == ',') { velden.Add(veld.ToString()); veld.Clear(); }
            else veld.Append(c);
        }
        velden.Add(veld.ToString());
        return velden;
    }
}
