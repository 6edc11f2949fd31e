using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Regiemonitor.Reporting.Landkaarten;

namespace Regiemonitor.Reporting.Tests.Landkaarten;

public sealed partial class GrenzenTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // Parsing the real files once keeps the suite fast; Grenzen is immutable, so sharing is safe.
    private static readonly Lazy<Grenzen> Geladen = new(() => Grenzen.Laad(GeoMap()));

    private static readonly string[] Provincies = Enumerable.Range(20, 12).Select(n => $"PV{n}").ToArray();

    private static readonly string[] DrentseGemeenten =
        ["GM0106", "GM0109", "GM0114", "GM0118", "GM0119", "GM1680", "GM1681", "GM1690", "GM1699", "GM1701", "GM1730", "GM1731"];

    [Fact]
    public void Laad_RealFiles_ContainsAllProvinciesVeiligheidsregiosAndGemeenten()
    {
        var gemeentecodes = FeatureIds(Path.Combine(GeoMap(), "gemeenten_2025.geojson"));

        Assert.Equal(342, gemeentecodes.Count);
        Assert.All(Provincies, code => Assert.True(Geladen.Value.Bevat(code), code));
        Assert.All(Enumerable.Range(1, 25).Select(n => $"VR{n:00}"), code => Assert.True(Geladen.Value.Bevat(code), code));
        Assert.All(gemeentecodes, code => Assert.True(Geladen.Value.Bevat(code), code));
        Assert.False(Geladen.Value.Bevat("GM9999"));
    }

    [Fact]
    public void Svg_TwelveProvincies_OneLinkPerProvincieWithHrefAndStatusClass()
    {
        string?[] statussen = ["groen", "oranje", "rood", null];
        var vlakken = Provincies.Select((code, i) => Vlak(code, statussen[i % 4])).ToList();

        var svg = XDocument.Parse(Geladen.Value.Svg(vlakken, "Provincies"));

        var links = svg.Root!.Elements(Svg + "a").ToList();
        Assert.Equal(12, links.Count);
        Assert.Equal(Provincies.Select(c => $"/gebied/{c}"), links.Select(a => (string?)a.Attribute("href")));
        Assert.Equal(
            Provincies.Select((_, i) => $"rm-vlak rm-status-{statussen[i % 4] ?? "onbekend"}"),
            links.Select(a => (string?)a.Element(Svg + "path")!.Attribute("class")));
        Assert.Equal(Provincies, links.Select(a => (string?)a.Element(Svg + "path")!.Attribute("data-gebied")));
        Assert.All(links, a => Assert.Equal("non-scaling-stroke", (string?)a.Element(Svg + "path")!.Attribute("vector-effect")));
    }

    [Fact]
    public void Svg_AnyMap_ViewBoxIs600WideAndTitleIsLabel()
    {
        var root = XDocument.Parse(Geladen.Value.Svg(Provincies.Select(c => Vlak(c, "groen")).ToList(), "Kaart")).Root!;

        var viewBox = ((string)root.Attribute("viewBox")!).Split(' ');
        Assert.Equal(["0", "0", "600"], viewBox[..3]);
        Assert.InRange(double.Parse(viewBox[3], CultureInfo.InvariantCulture), 500, 900);
        var titel = root.Element(Svg + "title")!;
        Assert.Equal("Kaart", titel.Value);
        Assert.Equal((string?)titel.Attribute("id"), (string?)root.Attribute("aria-labelledby"));
    }

    [Fact]
    public void Svg_TwoMaps_TitleIdsDiffer()
    {
        var vlakken = new[] { Vlak("PV22", "groen") };

        var eerste = XDocument.Parse(Geladen.Value.Svg(vlakken, "Drenthe")).Root!;
        var tweede = XDocument.Parse(Geladen.Value.Svg(vlakken, "Drenthe")).Root!;

        Assert.NotEqual((string?)eerste.Attribute("aria-labelledby"), (string?)tweede.Attribute("aria-labelledby"));
    }

    [Fact]
    public void Svg_DrentseGemeenten_EveryCoordinateWithinViewBoxAndMapFilled()
    {
        var root = XDocument.Parse(Geladen.Value.Svg(DrentseGemeenten.Select(c => Vlak(c, "oranje")).ToList(), "Drenthe")).Root!;
        var hoogte = double.Parse(((string)root.Attribute("viewBox")!).Split(' ')[3], CultureInfo.InvariantCulture);

        var punten = root.Descendants(Svg + "path").SelectMany(p => Punten((string)p.Attribute("d")!)).ToList();

        Assert.Equal(12, root.Descendants(Svg + "path").Count());
        Assert.All(punten, p => Assert.InRange(p.X, 0, 600));
        Assert.All(punten, p => Assert.InRange(p.Y, 0, hoogte));
        // Zoomed on the province, not on the country: the gemeenten span the width up to the margin.
        Assert.True(punten.Min(p => p.X) <= 10 && punten.Max(p => p.X) >= 590);
    }

    [Fact]
    public void Svg_NameWithAmpersandAndApostrophe_IsEscaped()
    {
        var vlak = new Vlak("GM0518", "'s-Gravenhage & co", "rood", "/gebied/GM0518?a=1&b='2'", "'s-Gravenhage & co: <geen> \"cijfer\"");

        var svg = Geladen.Value.Svg([vlak], "'s-Gravenhage & co");
        var root = XDocument.Parse(svg).Root!;

        Assert.Contains("&apos;s-Gravenhage &amp; co", svg);
        Assert.Equal("'s-Gravenhage & co", root.Element(Svg + "title")!.Value);
        Assert.Equal("/gebied/GM0518?a=1&b='2'", (string?)root.Element(Svg + "a")!.Attribute("href"));
        Assert.Equal("'s-Gravenhage & co: <geen> \"cijfer\"", root.Element(Svg + "a")!.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Svg_UnknownCode_IsSkipped()
    {
        var root = XDocument.Parse(Geladen.Value.Svg([Vlak("GM9999", "groen"), Vlak("PV22", "groen")], "Kaart")).Root!;

        Assert.Equal(["PV22"], root.Descendants(Svg + "path").Select(p => (string?)p.Attribute("data-gebied")));
    }

    [Fact]
    public void Svg_EmptyList_ShowsDutchText()
    {
        var root = XDocument.Parse(Geladen.Value.Svg([], "Lege kaart")).Root!;

        Assert.Equal("Geen gebieden om te tonen", root.Element(Svg + "text")!.Value);
        Assert.Equal("Lege kaart", root.Element(Svg + "title")!.Value);
        Assert.Empty(root.Descendants(Svg + "path"));
    }

    [Fact]
    public void Svg_OnlyUnknownCodes_ShowsDutchText()
    {
        var root = XDocument.Parse(Geladen.Value.Svg([Vlak("XX01", "groen")], "Kaart")).Root!;

        Assert.Equal("Geen gebieden om te tonen", root.Element(Svg + "text")!.Value);
    }

    [Fact]
    public void Svg_UnknownStatus_Throws()
    {
        Assert.Throws<ArgumentException>(() => Geladen.Value.Svg([Vlak("PV22", "geel")], "Kaart"));
    }

    [Fact]
    public void Svg_Provincies_NorthIsUp()
    {
        var root = XDocument.Parse(Geladen.Value.Svg(Provincies.Select(c => Vlak(c, null)).ToList(), "Kaart")).Root!;

        double GemiddeldeY(string code) => Punten((string)root.Descendants(Svg + "path")
            .Single(p => (string?)p.Attribute("data-gebied") == code).Attribute("d")!).Average(p => p.Y);

        Assert.True(GemiddeldeY("PV20") < GemiddeldeY("PV31"));
    }

    [Fact]
    public void Svg_Gemeenten_NoConsecutiveDuplicatePoints()
    {
        var codes = FeatureIds(Path.Combine(GeoMap(), "gemeenten_2025.geojson"));
        var root = XDocument.Parse(Geladen.Value.Svg(codes.Select(c => Vlak(c, "groen")).ToList(), "Nederland")).Root!;

        Assert.Equal(342, root.Elements(Svg + "a").Count());
        foreach (var d in root.Descendants(Svg + "path").Select(p => (string)p.Attribute("d")!))
        {
            foreach (var ring in d.Split('Z', StringSplitOptions.RemoveEmptyEntries))
            {
                var punten = Punten(ring).ToList();
                Assert.True(punten.Count >= 3, ring);
                Assert.All(punten.Zip(punten.Skip(1)), paar => Assert.NotEqual(paar.First, paar.Second));
            }
        }
    }

    [Fact]
    public void Legenda_FourStatuses_DutchLabelsWithSwatches()
    {
        var legenda = XElement.Parse(Grenzen.Legenda());

        Assert.Equal("rm-legenda", (string?)legenda.Attribute("class"));
        Assert.Equal(
            ["Op of boven schema", "Minstens 75 % van schema", "Onder 75 % van schema", "Geen gegevens"],
            legenda.Elements("li").Select(li => li.Value));
        Assert.Equal(
            ["rm-status-groen", "rm-status-oranje", "rm-status-rood", "rm-status-onbekend"],
            legenda.Elements("li").Select(li => ((string)li.Element("span")!.Attribute("class")!).Split(' ')[1]));
    }

    private static Vlak Vlak(string code, string? status) =>
        new(code, code, status, $"/gebied/{code}", $"{code}: {status ?? "geen gegevens"}");

    private static IEnumerable<(double X, double Y)> Punten(string d)
    {
        var getallen = Getal().Matches(d).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(getallen.Count % 2 == 0, d);
        for (var i = 0; i < getallen.Count; i += 2)
        {
            yield return (getallen[i], getallen[i + 1]);
        }
    }

    // The test's own reading of the file, so a Laad that silently drops features cannot pass.
    private static List<string> FeatureIds(string pad) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(pad)).RootElement.GetProperty("features")
            .EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();

    private static string GeoMap()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "Regiemonitor.slnx")))
            {
                return Path.Combine(map.FullName, "services", "Reporting", "Referentiedata", "geo");
            }
        }
        throw new InvalidOperationException("Regiemonitor.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Getal();
}
