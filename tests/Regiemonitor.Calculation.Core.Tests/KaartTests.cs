namespace Regiemonitor.Calculation.Core.Tests;

public sealed class KaartTests
{
    private static Kaart Kaart(Breuk? schema, long? realisatie, long? eindpunt = 100) => new(
        Categorie.Amv, null, eindpunt is null ? null : 0, null, eindpunt, schema, realisatie, null, []);

    [Fact]
    public void Achterstand_RealisatieAboveSchema_IsNegativeVoorsprong()
    {
        // 5/2 - 3 = -1/2: rounded from the exact value it is -1, not round(2.5) - 3 = 0.
        var kaart = Kaart(new Breuk(5, 2), 3);

        Assert.Equal(new Breuk(-1, 2), kaart.Achterstand);
        Assert.Equal(-1, kaart.Achterstand?.AfrondenOpGeheel());
        Assert.Equal(Status.Groen, kaart.Status);
    }

    [Fact]
    public void Percentage_Exact_IsRealisatieOverSchemaTimes100()
    {
        // 3 / (5/2) * 100 = 120
        Assert.Equal((Breuk)120, Kaart(new Breuk(5, 2), 3).Percentage);
        // 1 / 3 * 100 = 33.33...
        Assert.Equal(33.3m, Kaart(3, 1).Percentage?.Afronden(1));
    }

    [Fact]
    public void Percentage_SchemaZero_IsNullButStatusGroen()
    {
        var kaart = Kaart(Breuk.Nul, 5);

        Assert.Null(kaart.Percentage);
        Assert.Equal(Status.Groen, kaart.Status);
        Assert.Equal((Breuk)(-5), kaart.Achterstand);
    }

    [Fact]
    public void Delta_RealisatieAboveOpgave_IsNegative()
    {
        var kaart = Kaart(50, 130, eindpunt: 100);

        Assert.Equal(100, kaart.Opgave);
        Assert.Equal(-30, kaart.Delta);
    }

    [Fact]
    public void Figures_RealisatieMissing_AreNullNotZero()
    {
        var kaart = Kaart(50, null);

        Assert.Null(kaart.Achterstand);
        Assert.Null(kaart.Percentage);
        Assert.Null(kaart.Status);
        Assert.Null(kaart.Delta);
    }

    [Fact]
    public void Figures_OpgaveMissing_AreNullButRealisatieStays()
    {
        var kaart = Kaart(null, 7, eindpunt: null);

        Assert.Equal(7, kaart.Realisatie);
        Assert.Null(kaart.Opgave);
        Assert.Null(kaart.Achterstand);
        Assert.Null(kaart.Percentage);
        Assert.Null(kaart.Status);
        Assert.Null(kaart.Delta);
    }
}
