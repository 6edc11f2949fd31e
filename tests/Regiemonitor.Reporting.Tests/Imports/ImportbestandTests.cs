using System.Text;
using Regiemonitor.ServiceDefaults.Imports;
using static Regiemonitor.Reporting.Tests.Imports.Werkmap;

namespace Regiemonitor.Reporting.Tests.Imports;

public sealed class ImportbestandTests
{
    private static readonly string[] Kolommen = ["gebiedcode", "aantal"];
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("gebiedcode,aantal\nGM0106,5\n");
    private static readonly byte[] Xlsx = Maak([("Uitleg", Teksten(1, "lees mij")), ("Cijfers", Teksten(1, Kolommen) + Rij(4, Tekst("A4", "GM0106"), Getal("B4", "5.5")))]);

    [Theory]
    [InlineData("text/csv", false, false)]
    [InlineData(null, false, false)]
    [InlineData(XlsxTabel.ContentType, false, true)]
    [InlineData("APPLICATION/VND.OPENXMLFORMATS-OFFICEDOCUMENT.SPREADSHEETML.SHEET; charset=binary", false, true)]
    [InlineData("text/csv", true, true)]
    [InlineData("application/octet-stream", true, true)]
    public void IsWerkmap_ContentTypeOrZipMagic_DecidesTheFormat(string? contentType, bool zip, bool verwacht)
    {
        using var bestand = Importbestand.Van(zip ? Xlsx : Csv, contentType);

        Assert.Equal(verwacht, bestand.IsWerkmap);
    }

    [Fact]
    public void Lees_Csv_HasNoSheet()
    {
        using var bestand = Importbestand.Van(Csv, "text/csv", blad: "Cijfers");

        var (regels, fouten) = bestand.Lees(Kolommen);

        Assert.Empty(fouten);
        Assert.Equal("5", Assert.Single(regels)["aantal"]);
        Assert.Null(bestand.Blad);
    }

    [Fact]
    public void Lees_WorkbookWithSheetName_ReadsThatSheetAndPutsItOnEveryProblem()
    {
        using var bestand = Importbestand.Van(Xlsx, XlsxTabel.ContentType, blad: "Cijfers");

        var (regels, _) = bestand.Lees(Kolommen);
        var fouten = new List<ImportFout>();
        Velden.Aantal(Assert.Single(regels), "aantal", fouten);

        Assert.Equal("Cijfers", bestand.Blad);
        var fout = Assert.Single(bestand.MetBlad([.. fouten, new ImportFout(0, "naam", "parameter")]), f => f.Regel > 0);
        Assert.Equal((4, "aantal", "Cijfers"), (fout.Regel, fout.Kolom, fout.Blad));
        Assert.Null(bestand.MetBlad([new ImportFout(0, "naam", "parameter")])[0].Blad);
    }

    [Fact]
    public void Lees_WorkbookWithoutSheetName_ReadsTheFirstSheet()
    {
        using var bestand = Importbestand.Van(Xlsx);

        var (_, fouten) = bestand.Lees(Kolommen);

        Assert.Equal("Uitleg", bestand.Blad);
        Assert.All(fouten, f => Assert.Equal("Uitleg", f.Blad));
        Assert.Contains(fouten, f => f.Melding.StartsWith("Kolom 'gebiedcode' ontbreekt", StringComparison.Ordinal));
    }

    [Fact]
    public void Lees_UnknownSheet_HasNoSheetOnTheProblem()
    {
        using var bestand = Importbestand.Van(Xlsx, blad: "Blad9");

        var fout = Assert.Single(bestand.Lees(Kolommen).Fouten);

        Assert.Equal(new ImportFout(1, null, "Werkblad 'Blad9' bestaat niet; de werkmap bevat: 'Uitleg', 'Cijfers'."), fout);
        Assert.Null(bestand.Blad);
    }

    [Fact]
    public void Lees_NotAZipWithTheWorkbookContentType_IsRefusedAsAWorkbook()
    {
        using var bestand = Importbestand.Van(Csv, XlsxTabel.ContentType);

        Assert.StartsWith("Het bestand is geen leesbare Excel-werkmap (.xlsx)", Assert.Single(bestand.Lees(Kolommen).Fouten).Melding);
    }

    [Fact]
    public void Lees_Twice_ReadsFromTheStart()
    {
        using var bestand = Importbestand.Van(Csv);

        bestand.Lees(Kolommen);

        Assert.Single(bestand.Lees(Kolommen).Regels);
    }
}
