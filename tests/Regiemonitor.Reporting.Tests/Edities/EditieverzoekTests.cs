using System.Text;
using Regiemonitor.Reporting.Edities;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.Reporting.Tests.Edities;

public sealed class EditieverzoekTests
{
    private static (Editieverzoek? Verzoek, List<ImportFout> Fouten) Lees(string json)
    {
        var fouten = new List<ImportFout>();
        return (Editieverzoek.Lees(Encoding.UTF8.GetBytes(json), Voorbeelden.Boom, fouten), fouten);
    }

    [Fact]
    public void Lees_FullBody_AllFields()
    {
        var (v, fouten) = Lees("""{ "gebiedcode": "PV26", "peildatum": "2024-09-01", "realisatieTot": "2024-09-02", "door": " secretaris PRT Utrecht ", "omschrijving": "PRT 12 september 2024" }""");

        Assert.Empty(fouten);
        Assert.Equal(new Editieverzoek("PV26", new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 2), "secretaris PRT Utrecht", "PRT 12 september 2024"), v);
    }

    [Fact]
    public void Lees_WithoutRealisatieTot_DefaultsToPeildatum()
    {
        var (v, _) = Lees("""{ "gebiedcode": "GM0344", "peildatum": "2024-09-01", "realisatieTot": null, "door": "a", "omschrijving": "b" }""");

        Assert.Equal(new DateOnly(2024, 9, 1), v!.RealisatieTot);
    }

    [Fact]
    public void Lees_EmptyObject_OneProblemPerRequiredField()
    {
        var (v, fouten) = Lees("{}");

        Assert.Null(v);
        Assert.Equal(["door", "gebiedcode", "omschrijving", "peildatum"], fouten.Select(f => f.Kolom!).Order(StringComparer.Ordinal));
        Assert.All(fouten, f => Assert.Contains("ontbreekt", f.Melding));
    }

    [Theory]
    [InlineData("""{ "gebiedcode": "PV99", "peildatum": "2024-09-01", "door": "a", "omschrijving": "b" }""", "gebiedcode", "Onbekende gebiedcode 'PV99'")]
    [InlineData("""{ "gebiedcode": "PV26", "peildatum": "1-9-2024", "door": "a", "omschrijving": "b" }""", "peildatum", "peildatum '1-9-2024' is geen geldige datum")]
    [InlineData("""{ "gebiedcode": "PV26", "peildatum": "2024-09-01", "realisatieTot": "2024-02-30", "door": "a", "omschrijving": "b" }""", "realisatieTot", "realisatieTot '2024-02-30'")]
    [InlineData("""{ "gebiedcode": "PV26", "peildatum": "2024-09-01", "door": "a\nb", "omschrijving": "b" }""", "door", "stuurteken")]
    [InlineData("""{ "gebiedcode": "PV26", "peildatum": 20240901, "door": "a", "omschrijving": "b" }""", "peildatum", "moet een tekst zijn")]
    [InlineData("""{ "gebiedcode": "PV26", "peildatum": "2024-09-01", "door": "a", "omschrijving": "b", "versie": "x" }""", "versie", "Onbekend veld 'versie'")]
    public void Lees_OneWrongField_ProblemNamesIt(string json, string veld, string melding)
    {
        var (v, fouten) = Lees(json);

        Assert.Null(v);
        var fout = Assert.Single(fouten);
        Assert.Equal(veld, fout.Kolom);
        Assert.Contains(melding, fout.Melding);
    }

    [Fact]
    public void Lees_TooLongOmschrijving_Refused()
    {
        var (_, fouten) = Lees($$"""{ "gebiedcode": "PV26", "peildatum": "2024-09-01", "door": "a", "omschrijving": "{{new string('x', Editieverzoek.MaxTekst + 1)}}" }""");

        Assert.Equal("omschrijving", Assert.Single(fouten).Kolom);
    }

    [Theory]
    [InlineData("gebiedcode=PV26", "geen geldige JSON")]
    [InlineData("""["PV26"]""", "geen JSON-object")]
    public void Lees_NoJsonObject_OneProblemWithoutField(string body, string melding)
    {
        var (v, fouten) = Lees(body);

        Assert.Null(v);
        var fout = Assert.Single(fouten);
        Assert.Null(fout.Kolom);
        Assert.Contains(melding, fout.Melding);
    }
}
