using System.Globalization;
using System.Xml.Linq;
using Regiemonitor.Reporting.Grafieken;

namespace Regiemonitor.Reporting.Tests.Grafieken;

public sealed class GrafiekTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // The national dashboard of 1 September 2024 (DOMAIN.md §3): f = 213/335.
    private static GrafiekInvoer Oekraine(IReadOnlyList<RealisatiePunt>? punten = null, DateOnly? peildatum = null) => new(
        "Opvang Oekraïne in Nederland",
        new DateOnly(2024, 2, 1), 97001, new DateOnly(2025, 1, 1), 120000,
        punten ?? [new(new DateOnly(2024, 8, 1), 90000), new(new DateOnly(2024, 9, 1), 92189)],
        peildatum ?? new DateOnly(2024, 9, 1), 111624, 92189);

    private static XElement Parse(GrafiekInvoer invoer) => XDocument.Parse(Grafiek.Svg(invoer)).Root!;

    /// <summary>Elements of a class in the plot itself, leaving out the legend samples.</summary>
    private static List<XElement> InPlot(XElement svg, string klasse) =>
        svg.Descendants()
            .Where(e => (string?)e.Attribute("class") == klasse)
            .Where(e => !e.Ancestors().Any(a => (string?)a.Attribute("class") == "rm-legenda"))
            .ToList();

    private static double Getal(XElement e, string attribuut) =>
        double.Parse((string)e.Attribute(attribuut)!, CultureInfo.InvariantCulture);

    private static List<string> Labels(XElement svg, string groep) =>
        InPlot(svg, groep).Single().Elements(Svg + "text").Select(t => t.Value).ToList();

    [Fact]
    public void Svg_OekraineExample_IsSvgRootWithRequiredAttributes()
    {
        var svg = Parse(Oekraine());

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("0 0 320 180", (string?)svg.Attribute("viewBox"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("rm-grafiek", (string?)svg.Attribute("class"));
        Assert.Equal("Opvang Oekraïne in Nederland", svg.Element(Svg + "title")?.Value);
    }

    [Fact]
    public void Svg_OekraineExample_AriaLabelEqualsSamenvatting()
    {
        var invoer = Oekraine();

        Assert.Equal(Grafiek.Samenvatting(invoer), (string?)Parse(invoer).Attribute("aria-label"));
    }

    [Fact]
    public void Samenvatting_OekraineExample_IsTheDutchSentence()
    {
        Assert.Equal(
            "Indicatief schema van 97.001 op 1 februari 2024 naar 120.000 op 1 januari 2025; "
            + "op 1 september 2024 is het schema 111.624 en de realisatie 92.189.",
            Grafiek.Samenvatting(Oekraine()));
    }

    [Theory]
    [InlineData("97.001")]
    [InlineData("120.000")]
    [InlineData("1 september 2024")]
    [InlineData("111.624")]
    [InlineData("92.189")]
    public void Svg_OekraineExample_AriaLabelContainsDutchFigure(string verwacht) =>
        Assert.Contains(verwacht, (string?)Parse(Oekraine()).Attribute("aria-label"));

    [Fact]
    public void Samenvatting_NoRealisatie_SaysGeenRealisatiegegevens()
    {
        var tekst = Grafiek.Samenvatting(Oekraine() with { Realisatie = null });

        Assert.EndsWith("op 1 september 2024 is het schema 111.624; er zijn geen realisatiegegevens.", tekst);
    }

    [Fact]
    public void Samenvatting_NoSchemaAndNoRealisatie_SaysGeenRealisatiegegevens()
    {
        var tekst = Grafiek.Samenvatting(Oekraine() with { IndicatiefSchema = null, Realisatie = null });

        Assert.EndsWith("op 1 september 2024 zijn er geen realisatiegegevens.", tekst);
        Assert.DoesNotContain("111.624", tekst);
    }

    [Fact]
    public void Samenvatting_NoSchema_NamesOnlyRealisatie()
    {
        var tekst = Grafiek.Samenvatting(Oekraine() with { IndicatiefSchema = null });

        Assert.EndsWith("op 1 september 2024 is de realisatie 92.189.", tekst);
    }

    [Fact]
    public void Svg_TwoPoints_OneCirclePerPointWithDutchTitle()
    {
        var punten = InPlot(Parse(Oekraine()), "rm-punt");

        Assert.Equal(
            ["1 augustus 2024: 90.000", "1 september 2024: 92.189"],
            punten.Select(p => p.Element(Svg + "title")?.Value));
        Assert.All(punten, p => Assert.Equal("3", (string?)p.Attribute("r")));
    }

    [Fact]
    public void Svg_PointsGivenOutOfOrder_PolylineRunsByDate()
    {
        var svg = Parse(Oekraine([new(new DateOnly(2024, 9, 1), 92189), new(new DateOnly(2024, 8, 1), 90000)]));

        var x = XCoordinaten(InPlot(svg, "rm-realisatie").Single());

        Assert.Equal(2, x.Count);
        Assert.True(x[0] < x[1]);
    }

    [Fact]
    public void Svg_OekraineExample_PeildatumLineAtProportionalX()
    {
        var svg = Parse(Oekraine());
        var schema = InPlot(svg, "rm-schema").Single();
        var peildatum = InPlot(svg, "rm-peildatum").Single();
        double start = Getal(schema, "x1"), eind = Getal(schema, "x2");

        var x = Getal(peildatum, "x1");

        Assert.InRange(x, start, eind);
        Assert.InRange(x, start + 213.0 / 335 * (eind - start) - 1, start + 213.0 / 335 * (eind - start) + 1);
        Assert.Equal(x, Getal(peildatum, "x2"));
        Assert.Contains("peildatum", svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Svg_OekraineExample_SchemaLineFromStartValueToEndValue()
    {
        var svg = Parse(Oekraine());
        var schema = InPlot(svg, "rm-schema").Single();
        var peildatum = InPlot(svg, "rm-peildatum").Single();
        double boven = Getal(peildatum, "y1"), onder = Getal(peildatum, "y2");
        var maximum = Labels(svg, "rm-y-as").Select(l => double.Parse(l, CultureInfo.GetCultureInfo("nl-NL"))).Max();

        double YVan(double waarde) => onder - waarde / maximum * (onder - boven);

        Assert.True(Getal(schema, "y1") > Getal(schema, "y2"), "Higher value must be drawn higher (smaller y).");
        Assert.InRange(Getal(schema, "y1"), YVan(97001) - 1, YVan(97001) + 1);
        Assert.InRange(Getal(schema, "y2"), YVan(120000) - 1, YVan(120000) + 1);
        Assert.NotNull(schema.Attribute("stroke-dasharray"));
    }

    [Fact]
    public void Svg_OekraineExample_YTickLabelsDutchNiceMaximum()
    {
        var labels = Labels(Parse(Oekraine()), "rm-y-as");

        Assert.Equal(["0", "25.000", "50.000", "75.000", "100.000", "125.000"], labels);
    }

    [Fact]
    public void Svg_OekraineExample_XLabelsDutchMonthsWithoutDot()
    {
        var labels = Labels(Parse(Oekraine()), "rm-x-as");

        Assert.Equal("feb 2024", labels.First());
        Assert.Equal("jan 2025", labels.Last());
        Assert.DoesNotContain(labels, l => l.Contains('.'));
    }

    [Fact]
    public void Svg_DutchCurrentCulture_NoCommaInNumericAttributes()
    {
        var vorige = CultureInfo.CurrentCulture;
        var vorigeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
            string[] numeriek = ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "points", "d", "viewBox", "font-size", "stroke-width"];

            // Values that give fractional coordinates, where a culture's decimal comma would show.
            var svg = Parse(Oekraine([new(new DateOnly(2024, 3, 17), 93333), new(new DateOnly(2024, 8, 3), 90001)]));
            var attributen = svg.DescendantsAndSelf().Attributes().Where(a => numeriek.Contains(a.Name.LocalName)).ToList();

            Assert.Contains(attributen, a => a.Value.Contains('.'));
            Assert.All(attributen, a => Assert.DoesNotContain(",", a.Value));
        }
        finally
        {
            CultureInfo.CurrentCulture = vorige;
            CultureInfo.CurrentUICulture = vorigeUi;
        }
    }

    [Fact]
    public void Svg_PeildatumAfterEinddatum_AxisExtendedSchemaStopsAtEinddatum()
    {
        var svg = Parse(Oekraine(peildatum: new DateOnly(2025, 3, 1)));
        var schema = InPlot(svg, "rm-schema").Single();
        var peildatum = InPlot(svg, "rm-peildatum").Single();

        Assert.True(Getal(schema, "x2") < Getal(peildatum, "x1") - 10);
        Assert.Equal("mrt 2025", Labels(svg, "rm-x-as").Last());
    }

    [Fact]
    public void Svg_PointBeforeStartdatum_ClippedAndLineCutAtStart()
    {
        var svg = Parse(Oekraine([new(new DateOnly(2024, 1, 1), 95000), new(new DateOnly(2024, 3, 1), 97000)]));
        var schema = InPlot(svg, "rm-schema").Single();

        var x = XCoordinaten(InPlot(svg, "rm-realisatie").Single());

        Assert.Equal(["1 maart 2024: 97.000"], InPlot(svg, "rm-punt").Select(p => p.Element(Svg + "title")?.Value));
        Assert.Equal(Getal(schema, "x1"), x[0]);
        Assert.All(x, v => Assert.InRange(v, Getal(schema, "x1"), Getal(schema, "x2")));
    }

    [Fact]
    public void Svg_AllZeroAndNoPoints_ValidWithSmallAxis()
    {
        var invoer = new GrafiekInvoer("Nidos AMV", new DateOnly(2024, 1, 1), 0, new DateOnly(2025, 1, 1), 0,
            [], new DateOnly(2024, 9, 1), 0, null);

        var svg = Parse(invoer);

        Assert.Equal("10", Labels(svg, "rm-y-as").Last());
        Assert.Empty(InPlot(svg, "rm-punt"));
        Assert.Empty(InPlot(svg, "rm-realisatie"));
    }

    [Fact]
    public void Svg_SinglePoint_OneCircleAndNoPolyline()
    {
        var svg = Parse(Oekraine([new(new DateOnly(2024, 9, 1), 92189)]));

        Assert.Single(InPlot(svg, "rm-punt"));
        Assert.Empty(InPlot(svg, "rm-realisatie"));
    }

    [Fact]
    public void Svg_PointsWithEqualDates_ValidWithBothCircles()
    {
        var svg = Parse(Oekraine([new(new DateOnly(2024, 9, 1), 92000), new(new DateOnly(2024, 9, 1), 92189)]));

        Assert.Equal(2, InPlot(svg, "rm-punt").Count);
        Assert.Single(InPlot(svg, "rm-realisatie"));
    }

    [Fact]
    public void Svg_StartdatumEqualsEinddatumAndPeildatum_ValidWithoutNaN()
    {
        var dag = new DateOnly(2024, 9, 1);
        var tekst = Grafiek.Svg(new GrafiekInvoer("AMV", dag, 5, dag, 5, [new(dag, 3)], dag, 5, 3));

        XDocument.Parse(tekst);
        Assert.DoesNotContain("NaN", tekst);
        Assert.DoesNotContain("Infinity", tekst);
    }

    [Fact]
    public void Svg_NegativeStartpunt_AxisBelowZeroWithMinusLabel()
    {
        // Huisvesting starting with a voorsprong: the start value is negative.
        var invoer = new GrafiekInvoer("Huisvesting vergunninghouders", new DateOnly(2024, 7, 1), -120,
            new DateOnly(2025, 1, 1), 900, [new(new DateOnly(2024, 8, 1), 40)], new DateOnly(2024, 9, 1), 220, 40);

        var labels = Labels(Parse(invoer), "rm-y-as");

        Assert.StartsWith("-", labels.First());
        Assert.Contains("0", labels);
        Assert.Equal("1.000", labels.Last());
    }

    [Fact]
    public void Svg_TitelWithMarkupAndControlCharacter_EscapedAndValid()
    {
        var svg = Parse(Oekraine() with { Titel = "Opvang <AMV> & \"Nidos\"\u0001" });

        Assert.Equal("Opvang <AMV> & \"Nidos\"", svg.Element(Svg + "title")?.Value);
    }

    [Fact]
    public void Svg_AbsurdlyLargeValue_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Grafiek.Svg(Oekraine() with { Eindpunt = long.MaxValue }));

    private static List<double> XCoordinaten(XElement polyline) =>
        ((string)polyline.Attribute("points")!)
            .Split(' ')
            .Where((_, i) => i % 2 == 0)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture))
            .ToList();
}
