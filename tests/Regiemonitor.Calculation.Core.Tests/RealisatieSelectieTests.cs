using static Regiemonitor.Calculation.Core.Tests.Testdata.Maak;

namespace Regiemonitor.Calculation.Core.Tests;

public sealed class RealisatieSelectieTests
{
    private static readonly DateOnly R = Datum("2024-09-01");

    [Fact]
    public void Laatste_SeveralPeildata_KeepsLatestOnOrBeforeCutOff()
    {
        var tellingen = new[]
        {
            Telling(Bron.Kcio, Categorie.Oekraine, "GM0106", "2024-08-01", 10),
            Telling(Bron.Kcio, Categorie.Oekraine, "GM0106", "2024-08-15", 20),
            Telling(Bron.Kcio, Categorie.Oekraine, "GM0106", "2024-09-05", 30), // after R: ignored
        };

        var gekozen = Assert.Single(RealisatieSelectie.Laatste(tellingen, R));

        Assert.Equal(20, gekozen.Aantal);
    }

    [Fact]
    public void Laatste_CountExactlyOnCutOff_IsIncluded()
    {
        var tellingen = new[]
        {
            Telling(Bron.Kcio, Categorie.Oekraine, "GM0106", "2024-08-31", 10),
            Telling(Bron.Kcio, Categorie.Oekraine, "GM0106", "2024-09-01", 11),
        };

        Assert.Equal(11, Assert.Single(RealisatieSelectie.Laatste(tellingen, R)).Aantal);
    }

    [Fact]
    public void Laatste_OnlyCountsAfterCutOff_YieldsNothing()
    {
        var tellingen = new[] { Telling(Bron.Nidos, Categorie.Nidos, "GM0106", "2024-09-02", 5) };

        Assert.Empty(RealisatieSelectie.Laatste(tellingen, R));
    }

    [Fact]
    public void Laatste_SamePeildatumTwice_LaterInSequenceWins()
    {
        // Ingestion yields a correction after what it corrects.
        var eerst = Telling(Bron.Coa, Categorie.Amv, "GM0106", "2024-09-01", 100);
        var correctie = Telling(Bron.Coa, Categorie.Amv, "GM0106", "2024-09-01", 120);

        Assert.Equal(120, Assert.Single(RealisatieSelectie.Laatste([eerst, correctie], R)).Aantal);
        Assert.Equal(100, Assert.Single(RealisatieSelectie.Laatste([correctie, eerst], R)).Aantal);
    }

    [Fact]
    public void Laatste_OlderCountLaterInSequence_DoesNotReplaceNewerPeildatum()
    {
        var tellingen = new[]
        {
            Telling(Bron.Coa, Categorie.Amv, "GM0106", "2024-09-01", 100),
            Telling(Bron.Coa, Categorie.Amv, "GM0106", "2024-08-01", 50),
        };

        Assert.Equal(100, Assert.Single(RealisatieSelectie.Laatste(tellingen, R)).Aantal);
    }

    [Fact]
    public void Laatste_DifferentSeries_EachKeepsItsOwnLatest()
    {
        // Series are (bron, categorie, onderdeel, gebied): a newer count of one must not hide another.
        var tellingen = new[]
        {
            Telling(Bron.Coa, Categorie.Asiel, "GM0106", "2024-08-01", 1, Onderdeel.Regulier),
            Telling(Bron.Coa, Categorie.Asiel, "GM0106", "2024-09-01", 2, Onderdeel.Noodopvang),
            Telling(Bron.Coa, Categorie.Asiel, "GM0109", "2024-08-20", 3, Onderdeel.Regulier),
            Telling(Bron.Coa, Categorie.Amv, "GM0106", "2024-07-01", 4),
            Telling(Bron.Kcio, Categorie.Amv, "GM0106", "2024-06-01", 5),
            Telling(Bron.Coa, Categorie.Amv, "GM0106", "2024-06-01", 6), // older in the COA amv series
        };

        var gekozen = RealisatieSelectie.Laatste(tellingen, R).Select(t => t.Aantal).Order();

        Assert.Equal([1L, 2L, 3L, 4L, 5L], gekozen);
    }

    [Fact]
    public void Laatste_BronWithoutData_ContributesNothing()
    {
        var tellingen = new[]
        {
            Telling(Bron.Coa, Categorie.Amv, "GM0106", "2024-09-01", 7),
            Telling(Bron.Tvs, Categorie.Huisvesting, "GM0106", "2024-09-01", 8),
        };

        var bronnen = RealisatieSelectie.Laatste(tellingen, R).Select(t => t.Bron).ToHashSet();

        Assert.Equal([Bron.Coa, Bron.Tvs], bronnen.Order());
        Assert.DoesNotContain(Bron.Kcio, bronnen);
        Assert.DoesNotContain(Bron.Nidos, bronnen);
    }

    [Fact]
    public void Laatste_NoCounts_IsEmpty()
    {
        Assert.Empty(RealisatieSelectie.Laatste([], R));
    }
}
