using System.Text.RegularExpressions;
using System.Xml.Linq;
using Regiemonitor.Reporting.Toezicht;

namespace Regiemonitor.Reporting.Tests.Toezicht;

public sealed class PrognosePaginaTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Render(Prognoseinvoer? invoer = null) =>
        PrognosePagina.Render(Voorbeelden.Pagina(), Voorbeelden.Prognose(), invoer ?? new(null, null, "1100", "", null));

    private static XElement Grafiek(string html) =>
        XElement.Parse(Regex.Match(html, "<svg.*?</svg>", RegexOptions.Singleline).Value);

    [Fact]
    public void Render_YearTable_AchterstandGrowsByTaakstellingMinusGehuisvestAndDropsByTheProject()
    {
        var html = Render();

        Assert.Equal(["2026", "0", "1.100", "950", "0", "achterstand 150", "1.250"], HtmlTabel.Rij(html, "2026"));
        Assert.Equal(["2028", "achterstand 300", "1.100", "950", "400", "achterstand 50", "1.150"], HtmlTabel.Rij(html, "2028"));
    }

    [Fact]
    public void Render_Assumptions_WithTheirHerkomst()
    {
        var html = Render();

        Assert.Contains("<dt>Taakstelling per jaar</dt><dd><strong>1.100</strong> <span class=\"rm-noot\">(herkomst: opgegeven)</span></dd>", html, StringComparison.Ordinal);
        Assert.Contains("Gehuisvest per jaar 950 (herkomst: gehuisvest 2025-1 + 2025-2)", HtmlTabel.Tekst(html), StringComparison.Ordinal);
        Assert.Contains("<dt>Achterstand op 1 januari 2026</dt>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Form_GetWithLabelledFieldsKeepingWhatWasTyped()
    {
        var html = Render();

        Assert.Contains("<form method=\"get\" action=\"/dashboards/PV26/prognose\"", html, StringComparison.Ordinal);
        foreach (var naam in new[] { "startJaar", "jaren", "taakstelling", "gehuisvest", "achterstand" })
        {
            Assert.Contains($"<label for=\"{naam}\">", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"{naam}\" name=\"{naam}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("id=\"taakstelling\" name=\"taakstelling\" value=\"1100\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"gehuisvest\" name=\"gehuisvest\" value=\"\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Chart_IsAnImageWithTitleAndTheValuesInItsLabel()
    {
        var svg = Grafiek(Render());

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Prognose achterstand huisvesting vergunninghouders in Utrecht", svg.Element(Svg + "title")!.Value);
        Assert.Equal("Prognose van de achterstand huisvesting vergunninghouders in Utrecht op 1 januari: 2026 0, 2027 achterstand 150, 2028 achterstand 300, 2029 achterstand 50.",
            (string?)svg.Attribute("aria-label"));
    }

    [Fact]
    public void Render_Chart_OnePointPerFirstOfJanuaryAndYearLabels()
    {
        var svg = Grafiek(Render());
        var punten = svg.Descendants(Svg + "circle").ToList();

        Assert.Equal(4, punten.Count);
        Assert.Equal("1 januari 2027: achterstand 150", punten[1].Element(Svg + "title")!.Value);
        Assert.Equal(4, ((string)svg.Descendants(Svg + "polyline").Single().Attribute("points")!).Split(' ').Length / 2);
        Assert.Equal(["2026", "2027", "2028", "2029"],
            svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "rm-x-as").Elements(Svg + "text").Select(t => t.Value));
        // The highest point (300) lies above the lowest (0): SVG y grows downwards.
        Assert.True(double.Parse((string)punten[2].Attribute("cy")!, System.Globalization.CultureInfo.InvariantCulture)
            < double.Parse((string)punten[0].Attribute("cy")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Render_Voorsprong_ZeroLineAndWords()
    {
        var p = Voorbeelden.Prognose();
        p.Jaren[2].AchterstandEind = -50;

        var punten = Prognosegrafiek.Punten(p);
        var svg = XElement.Parse(Prognosegrafiek.Svg("Utrecht", punten));

        Assert.Contains("2029 voorsprong 50", (string)svg.Attribute("aria-label")!, StringComparison.Ordinal);
        Assert.Contains(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "rm-peildatum");
    }

    [Fact]
    public void Render_Projects_ListedWithTheirGemeente()
    {
        var projecten = Render().Split("id=\"projecten-titel\"")[1];

        Assert.Equal(["2028", "Flexwoningen Kanaleneiland", "Utrecht", "400"], HtmlTabel.Rij(projecten, "2028"));
    }
}
