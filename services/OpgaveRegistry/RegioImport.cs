using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry;

/// <summary>
/// Defines regio's (groupings of gemeenten such as "Gooi en Vechtstreek") from a CSV with one
/// line per member: <c>regiocode,naam,gemeentecode</c>. Stored whole or not at all.
/// </summary>
public sealed partial class RegioImport(OpgaveStore store, GebiedRegister register, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["regiocode", "naam", "gemeentecode"];

    [GeneratedRegex("^RG[0-9]{2,4}$")]
    private static partial Regex RegioCode();

    public ImportUitkomst Importeer(byte[] inhoud)
    {
        var boom = register.Boom;
        var (regels, leesfouten) = CsvTabel.Lees(inhoud, Kolommen);
        var fouten = new List<ImportFout>(leesfouten);
        var regios = new Dictionary<string, (string Naam, int Regel, List<string> Leden)>();
        foreach (var regel in regels)
        {
            var code = regel["regiocode"];
            var naam = regel["naam"];
            if (!RegioCode().IsMatch(code))
                fouten.Add(new ImportFout(regel.Regel, "regiocode", $"'{code}' is geen regiocode; gebruik RG gevolgd door 2 tot 4 cijfers, bijvoorbeeld RG01."));
            if (naam.Length == 0) fouten.Add(new ImportFout(regel.Regel, "naam", "naam ontbreekt."));
            var gemeente = Velden.Gebied(regel, "gemeentecode", boom, fouten);
            if (gemeente is not null && gemeente.Niveau != Niveau.Gemeente)
                fouten.Add(new ImportFout(regel.Regel, "gemeentecode", $"{gemeente.Code} is geen gemeente; een regio bestaat uit gemeenten."));
            if (!regios.TryGetValue(code, out var regio)) regios[code] = regio = (naam, regel.Regel, []);
            else if (regio.Naam != naam)
                fouten.Add(new ImportFout(regel.Regel, "naam", $"Regio {code} heet op regel {regio.Regel} '{regio.Naam}', hier '{naam}'."));
            if (gemeente is not null && regio.Leden.Contains(gemeente.Code))
                fouten.Add(new ImportFout(regel.Regel, "gemeentecode", $"{gemeente.Code} staat al in regio {code}."));
            else if (gemeente is not null) regio.Leden.Add(gemeente.Code);
        }
        foreach (var (code, regio) in regios.Where(r => boom.TryGet(r.Key, out var g) && g.Niveau != Niveau.Regio))
            fouten.Add(new ImportFout(regio.Regel, "regiocode", $"{code} is al een {boom.Get(code).Niveau.Code()}."));
        if (fouten.Count > 0) return ImportUitkomst.Afgewezen(fouten);

        var gebieden = regios.Select(r => new Gebied(r.Key, r.Value.Naam, Niveau.Regio, Ouder(boom, r.Value.Leden), [.. r.Value.Leden.Order(StringComparer.Ordinal)])).ToList();
        var nu = tijd.GetUtcNow();
        return store.ImporteerRegios(Hash(gebieden), gebieden, regels.Count, "regios-" + Guid.CreateVersion7(nu).ToString("N"), nu);
    }

    /// <summary>The breadcrumb parent: the province when all gemeenten lie in one, else NL.</summary>
    private static string Ouder(GebiedBoom boom, IEnumerable<string> leden)
    {
        var provincies = leden.Select(l => boom.Voorouders(l).First(v => v.Niveau == Niveau.Provincie).Code).Distinct().ToList();
        return provincies.Count == 1 ? provincies[0] : "NL";
    }

    private static string Hash(IEnumerable<Gebied> regios)
    {
        var regels = regios.SelectMany(r => r.Leden!.Select(l => string.Join('\u001f', r.Code, r.Naam, l))).Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', regels))));
    }
}
