namespace Regiemonitor.Calculation.Core;

/// <summary>
/// An area: NL, a provincie, veiligheidsregio, regio or gemeente. A regio is a grouping of
/// gemeenten (<paramref name="Leden"/>) beside the tree: its <paramref name="OuderCode"/> only
/// places it in the breadcrumb, it is not a child there (that would count its gemeenten twice).
/// </summary>
public sealed record Gebied(string Code, string Naam, Niveau Niveau, string? OuderCode, IReadOnlyList<string>? Leden = null);

/// <summary>
/// The gebied tree (NL → provincie → veiligheidsregio → gemeente). Immutable and indexed once, so
/// subtree and ancestor questions are cheap on every dashboard request.
/// </summary>
public sealed class GebiedBoom
{
    private readonly Dictionary<string, Gebied> _perCode;
    private readonly Dictionary<string, List<Gebied>> _kinderen = new();
    private readonly Dictionary<string, List<Gebied>> _regiosVanGemeente = new();

    public GebiedBoom(IEnumerable<Gebied> gebieden)
    {
        _perCode = new Dictionary<string, Gebied>(StringComparer.Ordinal);
        foreach (var g in gebieden)
        {
            if (!_perCode.TryAdd(g.Code, g))
                throw new ArgumentException($"Gebiedcode '{g.Code}' komt twee keer voor.", nameof(gebieden));
        }
        foreach (var g in _perCode.Values)
        {
            if (g.OuderCode is null) continue;
            if (!_perCode.ContainsKey(g.OuderCode))
                throw new ArgumentException($"Gebied '{g.Code}' verwijst naar onbekende ouder '{g.OuderCode}'.", nameof(gebieden));
            if (g.Niveau == Niveau.Regio)
            {
                // A regio's children in the tree sense are its gemeenten; it is not its parent's child.
                foreach (var lid in g.Leden ?? [])
                {
                    if (!_perCode.TryGetValue(lid, out var gemeente) || gemeente.Niveau != Niveau.Gemeente)
                        throw new ArgumentException($"Regio '{g.Code}' bevat '{lid}', dat geen gemeente is.", nameof(gebieden));
                    Lijst(_kinderen, g.Code).Add(gemeente);
                    Lijst(_regiosVanGemeente, lid).Add(g);
                }
                continue;
            }
            Lijst(_kinderen, g.OuderCode).Add(g);
        }
        foreach (var lijst in _kinderen.Values) lijst.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        // A cycle would make every ancestor walk endless; refuse it here, once.
        foreach (var g in _perCode.Values)
        {
            var stappen = 0;
            for (var h = g; h.OuderCode is not null; h = _perCode[h.OuderCode])
                if (++stappen > _perCode.Count)
                    throw new ArgumentException($"De ouders van gebied '{g.Code}' vormen een kring.", nameof(gebieden));
        }
    }

    public IReadOnlyCollection<Gebied> Alle => _perCode.Values;

    public bool TryGet(string code, out Gebied gebied) => _perCode.TryGetValue(code, out gebied!);

    public Gebied Get(string code) =>
        _perCode.TryGetValue(code, out var g) ? g : throw new KeyNotFoundException($"Onbekende gebiedcode '{code}'.");

    public bool Bevat(string code) => _perCode.ContainsKey(code);

    public IReadOnlyList<Gebied> Kinderen(string code) =>
        _kinderen.TryGetValue(code, out var lijst) ? lijst : [];

    /// <summary>The ancestors of a gebied, nearest first (a gemeente: its veiligheidsregio, provincie, NL).</summary>
    public IEnumerable<Gebied> Voorouders(string code)
    {
        var huidig = Get(code);
        while (huidig.OuderCode is not null)
        {
            huidig = _perCode[huidig.OuderCode];
            yield return huidig;
        }
    }

    /// <summary>Breadcrumb order: NL first, the gebied itself last.</summary>
    public IReadOnlyList<Gebied> Pad(string code) => [.. Voorouders(code).Reverse(), Get(code)];

    /// <summary>True when <paramref name="voorouder"/> lies strictly above <paramref name="code"/>.</summary>
    public bool IsVoorouder(string voorouder, string code) => Voorouders(code).Any(g => g.Code == voorouder);

    /// <summary>True when <paramref name="code"/> is <paramref name="wortel"/> or lies below it (for a regio: is one of its gemeenten).</summary>
    public bool InSubboom(string wortel, string code) =>
        code == wortel || IsVoorouder(wortel, code) || Get(wortel).Niveau == Niveau.Regio && Kinderen(wortel).Any(g => g.Code == code);

    /// <summary>
    /// True when <paramref name="code"/> lies in the subtree of any of <paramref name="wortels"/>
    /// (a scope). Unknown codes on either side are outside: a scope never grows by a typo.
    /// </summary>
    public bool InEenSubboom(IEnumerable<string> wortels, string code) =>
        Bevat(code) && wortels.Any(w => Bevat(w) && InSubboom(w, code));

    /// <summary>The regio's a gemeente belongs to (groupings beside the tree).</summary>
    public IReadOnlyList<Gebied> Regios(string gemeentecode) =>
        _regiosVanGemeente.TryGetValue(gemeentecode, out var lijst) ? lijst : [];

    /// <summary>
    /// The rows of a gebied's overview table: provinces under NL, gemeenten under a provincie,
    /// regio or veiligheidsregio (ARCHITECTURE.md), none under a gemeente.
    /// </summary>
    public IReadOnlyList<Gebied> TabelRijen(string code)
    {
        var gebied = Get(code);
        return gebied.Niveau switch
        {
            Niveau.Land => Kinderen(code),
            Niveau.Gemeente => [],
            _ => Subboom(code).Where(g => g.Niveau == Niveau.Gemeente).OrderBy(g => g.Naam, StringComparer.Create(NederlandseCultuur, true)).ToList(),
        };
    }

    /// <summary>The gebied and everything below it.</summary>
    public IEnumerable<Gebied> Subboom(string code)
    {
        var stapel = new Stack<Gebied>();
        stapel.Push(Get(code));
        while (stapel.Count > 0)
        {
            var g = stapel.Pop();
            yield return g;
            foreach (var k in Kinderen(g.Code)) stapel.Push(k);
        }
    }

    private static List<Gebied> Lijst(Dictionary<string, List<Gebied>> index, string code) =>
        index.TryGetValue(code, out var lijst) ? lijst : index[code] = [];

    private static readonly System.Globalization.CultureInfo NederlandseCultuur = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
}
