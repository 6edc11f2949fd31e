using Regiemonitor.Calculation.Core.Tests.Testdata;

namespace Regiemonitor.Calculation.Core.Tests;

public sealed class GebiedBoomTests
{
    // A small tree, listed children-first so construction cannot rely on input order.
    private static readonly Gebied[] Klein =
    [
        new("GM0106", "Assen", Niveau.Gemeente, "VR03"),
        new("GM1680", "Aa en Hunze", Niveau.Gemeente, "VR03"),
        new("GM0109", "Coevorden", Niveau.Gemeente, "VR03"),
        new("GM0080", "Leeuwarden", Niveau.Gemeente, "VR02"),
        new("VR03", "Drenthe", Niveau.Veiligheidsregio, "PV22"),
        new("VR02", "Fryslân", Niveau.Veiligheidsregio, "PV21"),
        new("PV22", "Drenthe", Niveau.Provincie, "NL"),
        new("PV21", "Fryslân", Niveau.Provincie, "NL"),
        new("NL", "Nederland", Niveau.Land, null),
    ];

    private static readonly GebiedBoom Boom = new(Klein);

    private static string[] CodesVan(IEnumerable<Gebied> gebieden) => [.. gebieden.Select(g => g.Code)];

    [Fact]
    public void Voorouders_Gemeente_NearestFirstUpToNL()
    {
        Assert.Equal(["VR03", "PV22", "NL"], CodesVan(Boom.Voorouders("GM0106")));
    }

    [Fact]
    public void Voorouders_Root_IsEmpty()
    {
        Assert.Empty(Boom.Voorouders("NL"));
    }

    [Fact]
    public void Pad_Gemeente_IsBreadcrumbFromNL()
    {
        Assert.Equal(["NL", "PV22", "VR03", "GM0106"], CodesVan(Boom.Pad("GM0106")));
    }

    [Theory]
    [InlineData("PV22", "GM0106", true)]
    [InlineData("VR03", "GM0106", true)]
    [InlineData("NL", "GM0106", true)]
    [InlineData("NL", "PV21", true)]
    [InlineData("GM0106", "GM0106", false)]  // strictly above: not its own ancestor
    [InlineData("PV21", "GM0106", false)]    // another branch
    [InlineData("GM0106", "PV22", false)]    // the other way round
    [InlineData("GM0109", "GM0106", false)]  // siblings
    public void IsVoorouder_Pairs_TrueOnlyStrictlyAbove(string voorouder, string code, bool verwacht)
    {
        Assert.Equal(verwacht, Boom.IsVoorouder(voorouder, code));
    }

    [Theory]
    [InlineData("PV22", "GM0106", true)]
    [InlineData("GM0106", "GM0106", true)]   // a gebied is in its own subtree
    [InlineData("NL", "NL", true)]
    [InlineData("NL", "GM0080", true)]
    [InlineData("PV21", "GM0106", false)]
    [InlineData("GM0106", "PV22", false)]
    public void InSubboom_Pairs_TrueForSelfAndDescendants(string wortel, string code, bool verwacht)
    {
        Assert.Equal(verwacht, Boom.InSubboom(wortel, code));
    }

    [Fact]
    public void TabelRijen_Land_AreItsProvinces()
    {
        Assert.Equal(["PV21", "PV22"], CodesVan(Boom.TabelRijen("NL")));
    }

    [Fact]
    public void TabelRijen_ProvincieAndVeiligheidsregio_AreGemeentenSortedByName()
    {
        // Aa en Hunze, Assen, Coevorden — not code order (GM0106, GM0109, GM1680).
        Assert.Equal(["GM1680", "GM0106", "GM0109"], CodesVan(Boom.TabelRijen("PV22")));
        Assert.Equal(["GM1680", "GM0106", "GM0109"], CodesVan(Boom.TabelRijen("VR03")));
    }

    [Fact]
    public void TabelRijen_Gemeente_IsEmpty()
    {
        Assert.Empty(Boom.TabelRijen("GM0106"));
    }

    [Fact]
    public void Subboom_Provincie_IsItselfAndEverythingBelow()
    {
        Assert.Equal(["GM0106", "GM0109", "GM1680", "PV22", "VR03"], CodesVan(Boom.Subboom("PV22")).Order());
    }

    [Fact]
    public void Kinderen_UnknownOrLeaf_IsEmpty()
    {
        Assert.Empty(Boom.Kinderen("GM0106"));
        Assert.Empty(Boom.Kinderen("XX99"));
    }

    [Fact]
    public void Get_UnknownCode_ThrowsKeyNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() => Boom.Get("GM9999"));
        Assert.Throws<KeyNotFoundException>(() => Boom.Voorouders("GM9999").ToList());
        Assert.Throws<KeyNotFoundException>(() => Boom.TabelRijen("GM9999"));
        Assert.False(Boom.Bevat("GM9999"));
        Assert.False(Boom.TryGet("GM9999", out _));
        // Codes are case-sensitive strings.
        Assert.False(Boom.Bevat("gm0106"));
    }

    [Fact]
    public void Constructor_DuplicateCode_Throws()
    {
        Gebied[] dubbel = [.. Klein, new("GM0106", "Assen (nogmaals)", Niveau.Gemeente, "VR03")];

        var fout = Assert.Throws<ArgumentException>(() => new GebiedBoom(dubbel));
        Assert.Contains("GM0106", fout.Message);
    }

    [Fact]
    public void Constructor_UnknownParent_Throws()
    {
        Gebied[] wees = [.. Klein, new("GM0119", "Meppel", Niveau.Gemeente, "VR99")];

        var fout = Assert.Throws<ArgumentException>(() => new GebiedBoom(wees));
        Assert.Contains("VR99", fout.Message);
    }

    [Fact]
    public void Constructor_ParentCycle_Throws()
    {
        // Like an unknown parent, a cycle is an input error to reject at construction; the
        // constructor does not walk the tree, so this fails fast instead of hanging until fixed.
        Gebied[] kring = [.. Klein, new("VR98", "Kring A", Niveau.Veiligheidsregio, "VR99"), new("VR99", "Kring B", Niveau.Veiligheidsregio, "VR98")];

        Assert.Throws<ArgumentException>(() => new GebiedBoom(kring));
        Assert.Throws<ArgumentException>(() => new GebiedBoom([new Gebied("XX", "Zelf", Niveau.Regio, "XX")]));
    }

    [Fact]
    public void ReferentieCsv_QuotedNameWithComma_ParsesAsOneField()
    {
        // The one name in the CBS list that contains a comma.
        var nuenen = Referentieboom.Boom.Get("GM0820");

        Assert.Equal("Nuenen, Gerwen en Nederwetten", nuenen.Naam);
        Assert.Equal("VR22", nuenen.OuderCode);
    }

    [Fact]
    public void Referentieboom_NL_Has12ProvincesIn25RegionsWith342Gemeenten()
    {
        var boom = Referentieboom.Boom;

        Assert.Equal(1 + 12 + 25 + 342, boom.Alle.Count);
        Assert.Equal(
            ["PV20", "PV21", "PV22", "PV23", "PV24", "PV25", "PV26", "PV27", "PV28", "PV29", "PV30", "PV31"],
            CodesVan(boom.TabelRijen("NL")));
        Assert.Equal(342, boom.Subboom("NL").Count(g => g.Niveau == Niveau.Gemeente));
    }

    [Fact]
    public void Referentieboom_EveryProvincieAndRegio_HasTheGemeentenCountOfTheReferenceFile()
    {
        // aantal_gemeenten is an independent aggregate in the CBS files, so it cross-checks the subtree walk.
        foreach (var p in Referentieboom.Provincies)
            Assert.Equal(int.Parse(p["aantal_gemeenten"]), Referentieboom.Boom.TabelRijen(p["provinciecode"]).Count);
        foreach (var v in Referentieboom.Veiligheidsregios)
            Assert.Equal(int.Parse(v["aantal_gemeenten"]), Referentieboom.Boom.TabelRijen(v["veiligheidsregiocode"]).Count);
    }

    [Fact]
    public void Referentieboom_EveryGemeente_HasRegioThenProvincieThenNLAsVoorouders()
    {
        foreach (var g in Referentieboom.Gemeenten)
        {
            Assert.Equal([g["veiligheidsregiocode"], g["provinciecode"], "NL"], CodesVan(Referentieboom.Boom.Voorouders(g["gemeentecode"])));
            Assert.Empty(Referentieboom.Boom.TabelRijen(g["gemeentecode"]));
        }
    }

    [Fact]
    public void Referentieboom_Drenthe_RowsSortedByName()
    {
        string[] verwacht =
        [
            "Aa en Hunze", "Assen", "Borger-Odoorn", "Coevorden", "De Wolden", "Emmen",
            "Hoogeveen", "Meppel", "Midden-Drenthe", "Noordenveld", "Tynaarlo", "Westerveld",
        ];

        Assert.Equal(verwacht, Referentieboom.Boom.TabelRijen("PV22").Select(g => g.Naam));
        // Drenthe is one veiligheidsregio, so its rows are the same.
        Assert.Equal(verwacht, Referentieboom.Boom.TabelRijen("VR03").Select(g => g.Naam));
    }

    [Fact]
    public void Referentieboom_Fryslan_RowsSortedByNameWithAccentsInPlace()
    {
        // "Súdwest-Fryslân" sorts as "Sudwest", after "Smallingerland" and before "Terschelling".
        string[] verwacht =
        [
            "Achtkarspelen", "Ameland", "Dantumadiel", "De Fryske Marren", "Harlingen", "Heerenveen",
            "Leeuwarden", "Noardeast-Fryslân", "Ooststellingwerf", "Opsterland", "Schiermonnikoog",
            "Smallingerland", "Súdwest-Fryslân", "Terschelling", "Tytsjerksteradiel", "Vlieland",
            "Waadhoeke", "Weststellingwerf",
        ];

        Assert.Equal(verwacht, Referentieboom.Boom.TabelRijen("PV21").Select(g => g.Naam));
    }

    [Fact]
    public void Referentieboom_Veiligheidsregio_RowsAreOnlyItsOwnGemeenten()
    {
        // Overijssel has two regions; each region's table lists only its own gemeenten.
        var ijsselland = Referentieboom.Gemeenten.Where(g => g["veiligheidsregiocode"] == "VR04").Select(g => g["gemeentecode"]).Order();
        var twente = Referentieboom.Gemeenten.Where(g => g["veiligheidsregiocode"] == "VR05").Select(g => g["gemeentecode"]).Order();

        Assert.Equal(ijsselland, CodesVan(Referentieboom.Boom.TabelRijen("VR04")).Order());
        Assert.Equal(twente, CodesVan(Referentieboom.Boom.TabelRijen("VR05")).Order());
        Assert.Equal(ijsselland.Concat(twente).Order(), CodesVan(Referentieboom.Boom.TabelRijen("PV23")).Order());
    }
}
