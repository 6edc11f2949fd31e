using Regiemonitor.Reporting.Toezicht;

namespace Regiemonitor.Reporting.Tests.Toezicht;

public sealed class PrognosevraagTests
{
    [Fact]
    public void Lees_EmptyFields_LeaveTheOptionalNumbersAbsent()
    {
        var (vraag, fout) = Prognosevraag.Lees("PV26", "", null, " ", "", "");

        Assert.Null(fout);
        Assert.Equal("PV26", vraag!.Gebiedcode);
        Assert.Equal(0, vraag.StartJaar);
        Assert.Equal(0, vraag.Jaren);
        Assert.False(vraag.HasTaakstellingPerJaar);
        Assert.False(vraag.HasGehuisvestPerJaar);
        Assert.False(vraag.HasStartAchterstand);
    }

    [Fact]
    public void Lees_Numbers_MapToTheRequest()
    {
        var (vraag, _) = Prognosevraag.Lees("PV26", "2026", "5", "1100", "950", "-40");

        Assert.Equal(2026, vraag!.StartJaar);
        Assert.Equal(5, vraag.Jaren);
        Assert.Equal(1100, vraag.TaakstellingPerJaar);
        Assert.Equal(950, vraag.GehuisvestPerJaar);
        Assert.Equal(-40, vraag.StartAchterstand);
    }

    [Theory]
    [InlineData("1.100", null, "taakstelling '1.100' is geen geheel getal")]
    [InlineData(null, "veel", "gehuisvest 'veel' is geen geheel getal")]
    [InlineData("-5", null, "taakstelling -5 ligt buiten")]
    public void Lees_BadNumber_NamesTheParameter(string? taakstelling, string? gehuisvest, string begin)
    {
        var (vraag, fout) = Prognosevraag.Lees("PV26", null, null, taakstelling, gehuisvest, null);

        Assert.Null(vraag);
        Assert.StartsWith(begin, fout, StringComparison.Ordinal);
    }

    [Fact]
    public void Lees_TooManyYears_NamesJaren() =>
        Assert.StartsWith("jaren 31 ligt buiten", Prognosevraag.Lees("PV26", null, "31", null, null, null).Fout, StringComparison.Ordinal);
}
