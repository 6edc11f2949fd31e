namespace Regiemonitor.Calculation.Core.Tests;

public sealed class CodesTests
{
    [Theory]
    [InlineData(Categorie.Oekraine, "oekraine")]
    [InlineData(Categorie.Asiel, "asiel")]
    [InlineData(Categorie.Huisvesting, "huisvesting")]
    [InlineData(Categorie.Amv, "amv")]
    [InlineData(Categorie.Nidos, "nidos")]
    public void Categorie_Code_RoundTrips(Categorie categorie, string code)
    {
        Assert.Equal(code, categorie.Code());
        Assert.Equal(categorie, Codes.ParseCategorie(code));
    }

    [Theory]
    [InlineData(Bron.Kcio, "KCIO")]
    [InlineData(Bron.Coa, "COA")]
    [InlineData(Bron.Tvs, "TVS")]
    [InlineData(Bron.Nidos, "Nidos")]
    public void Bron_Code_RoundTrips(Bron bron, string code)
    {
        Assert.Equal(code, bron.Code());
        Assert.Equal(bron, Codes.ParseBron(code));
    }

    [Theory]
    [InlineData(Onderdeel.Regulier, "regulier")]
    [InlineData(Onderdeel.Noodopvang, "noodopvang")]
    [InlineData(Onderdeel.Tgo, "tgo")]
    public void Onderdeel_Code_RoundTrips(Onderdeel onderdeel, string code)
    {
        Assert.Equal(code, onderdeel.Code());
        Assert.Equal(onderdeel, Codes.ParseOnderdeel(code));
    }

    [Theory]
    [InlineData(Niveau.Land, "land")]
    [InlineData(Niveau.Provincie, "provincie")]
    [InlineData(Niveau.Veiligheidsregio, "veiligheidsregio")]
    [InlineData(Niveau.Regio, "regio")]
    [InlineData(Niveau.Gemeente, "gemeente")]
    public void Niveau_Code_RoundTrips(Niveau niveau, string code)
    {
        Assert.Equal(code, niveau.Code());
        Assert.Equal(niveau, Codes.ParseNiveau(code));
    }

    [Fact]
    public void Parse_UnknownOrWrongCase_ThrowsArgumentException()
    {
        // Codes are exact on the wire; "Oekraine" or "coa" is an input error, not a guess.
        Assert.Throws<ArgumentException>(() => Codes.ParseCategorie("Oekraine"));
        Assert.Throws<ArgumentException>(() => Codes.ParseBron("coa"));
        Assert.Throws<ArgumentException>(() => Codes.ParseOnderdeel("Regulier"));
        Assert.Throws<ArgumentException>(() => Codes.ParseNiveau("gm"));
        Assert.False(Codes.TryCategorie("", out _));
    }

    [Fact]
    public void AlleCategorieen_IsDashboardOrderOfDomain()
    {
        Assert.Equal([Categorie.Oekraine, Categorie.Asiel, Categorie.Huisvesting, Categorie.Amv, Categorie.Nidos], Codes.AlleCategorieen);
    }

    [Theory]
    [InlineData(Bron.Kcio, new[] { Categorie.Oekraine })]
    [InlineData(Bron.Coa, new[] { Categorie.Asiel, Categorie.Amv })]
    [InlineData(Bron.Tvs, new[] { Categorie.Huisvesting })]
    [InlineData(Bron.Nidos, new[] { Categorie.Nidos })]
    public void Categorieen_PerBron_MatchDomainTable(Bron bron, Categorie[] verwacht)
    {
        Assert.Equal(verwacht, bron.Categorieen());
    }

    [Fact]
    public void Lijsten_ForErrorMessages_NameEveryCode()
    {
        Assert.Equal("oekraine, asiel, huisvesting, amv, nidos", Codes.CategorieLijst);
        Assert.Equal("KCIO, COA, TVS, Nidos", Codes.BronLijst);
        Assert.Equal("regulier, noodopvang, tgo", Codes.OnderdeelLijst);
    }
}
