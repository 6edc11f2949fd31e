namespace Regiemonitor.Calculation.Core.Tests;

public sealed class StatusRegelTests
{
    [Theory]
    [InlineData(100000, 1, 100000, 1, Status.Groen)]   // exactly 100 %
    [InlineData(100000, 1, 100001, 1, Status.Groen)]   // above
    [InlineData(100000, 1, 99999, 1, Status.Oranje)]   // just below 100 %
    [InlineData(100000, 1, 75000, 1, Status.Oranje)]   // exactly 75 %
    [InlineData(100000, 1, 74999, 1, Status.Rood)]     // 74.999 % is not rounded up to 75
    [InlineData(4, 1, 3, 1, Status.Oranje)]            // 3/4 exactly
    [InlineData(4, 1, 2999, 1000, Status.Rood)]        // 2.999 / 4 = 74.975 %
    [InlineData(4, 1, 3999, 1000, Status.Oranje)]      // 2.999 ... 3.999 / 4 = 99.975 %
    [InlineData(4, 1, 4, 1, Status.Groen)]
    [InlineData(1, 1, 0, 1, Status.Rood)]
    [InlineData(0, 1, 0, 1, Status.Groen)]             // schema 0 is met by definition
    [InlineData(0, 1, 5, 1, Status.Groen)]
    [InlineData(10, 3, 5, 2, Status.Oranje)]           // 3/4 of 10/3 = 30/12 = 5/2 exactly
    [InlineData(10, 3, 2499999, 1000000, Status.Rood)] // 2.499999 < 5/2
    [InlineData(10, 3, 10, 3, Status.Groen)]
    public void Bepaal_RatioAroundThresholds_GivesStatus(long schemaTeller, long schemaNoemer, long realisatieTeller, long realisatieNoemer, Status verwacht)
    {
        Assert.Equal(verwacht, StatusRegel.Bepaal(new Breuk(schemaTeller, schemaNoemer), new Breuk(realisatieTeller, realisatieNoemer)));
    }

    [Fact]
    public void Bepaal_OekraineWorkedExample_IsOranje()
    {
        // 92189 / (37394122/335) = 82.6 %: at least 75, below 100.
        Assert.Equal(Status.Oranje, StatusRegel.Bepaal(new Breuk(37_394_122, 335), 92189));
    }

    [Fact]
    public void Bepaal_HuisvestingWorkedExample_IsRood()
    {
        // 5568 / 16602.26 = 33.5 %.
        Assert.Equal(Status.Rood, StatusRegel.Bepaal(new Breuk(10874 * 184 + 17000 * 62, 184), 5568));
    }

    [Theory]
    [InlineData(Status.Groen, "groen")]
    [InlineData(Status.Oranje, "oranje")]
    [InlineData(Status.Rood, "rood")]
    public void Code_Status_IsLowercaseDutchWord(Status status, string verwacht)
    {
        Assert.Equal(verwacht, status.Code());
    }
}
