namespace Regiemonitor.Calculation.Core.Tests.Testdata;

/// <summary>The real tree NL → 12 provincies → 25 veiligheidsregio's → 342 gemeenten from the shipped CBS files.</summary>
internal static class Referentieboom
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Provincies { get; } =
        Csv.Lees(Path.Combine(Paden.Referentiedata, "provincies.csv"));

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Veiligheidsregios { get; } =
        Csv.Lees(Path.Combine(Paden.Referentiedata, "veiligheidsregios.csv"));

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Gemeenten { get; } =
        Csv.Lees(Path.Combine(Paden.Referentiedata, "gemeenten.csv"));

    public static GebiedBoom Boom { get; } = new(Gebieden());

    private static IEnumerable<Gebied> Gebieden()
    {
        yield return new Gebied("NL", "Nederland", Niveau.Land, null);
        foreach (var p in Provincies) yield return new Gebied(p["provinciecode"], p["provincienaam"], Niveau.Provincie, "NL");
        foreach (var v in Veiligheidsregios)
            yield return new Gebied(v["veiligheidsregiocode"], v["veiligheidsregionaam"], Niveau.Veiligheidsregio, v["provinciecode"]);
        foreach (var g in Gemeenten)
            yield return new Gebied(g["gemeentecode"], g["naam"], Niveau.Gemeente, g["veiligheidsregiocode"]);
    }
}
