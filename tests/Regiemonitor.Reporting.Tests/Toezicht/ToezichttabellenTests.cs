using System.Text;
using Regiemonitor.Reporting.Exports;
using Regiemonitor.Reporting.Tests.Exports;
using Regiemonitor.Reporting.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.Reporting.Tests.Toezicht;

public sealed class ToezichttabellenTests
{
    private static string[] CsvRegels(Tabel tabel) =>
        Encoding.UTF8.GetString(CsvExport.Schrijf(tabel)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Voortgang_Csv_OneRowPerGemeentePlusTheTotalWithWholePercentages()
    {
        var regels = CsvRegels(Toezichttabellen.Voortgang(Voorbeelden.Voortgang()));

        Assert.Equal(4, regels.Length);
        Assert.StartsWith("gebiedcode;gebied;periode;taakstelling;achterstand bij begin;totaalopgave;gehuisvest;% taakstelling;% totaalopgave", regels[0], StringComparison.Ordinal);
        Assert.Equal("PV26;Totaal Utrecht;2022-2;1055;422;1477;1635;155;111;-158;;;;;;;", regels[3]);
        Assert.Equal("GM0344;Utrecht;2022-2;500;100;600;450;90;75;150;;2;totaalopgave;3;Geen plan van aanpak ontvangen.;2;gehuisvest = 450: Dubbele registratie in TVS verwijderd", regels[2]);
    }

    [Fact]
    public void Voortgang_Xlsx_PercentagesAreNumbers()
    {
        var lezer = new XlsxLezer(XlsxExport.Schrijf(Toezichttabellen.Voortgang(Voorbeelden.Voortgang())));

        Assert.Equal("155", lezer.Cel("H4")!.Value);
        Assert.Equal("111", lezer.Cel("I4")!.Value);
        Assert.Equal("Voortgang Utrecht 2022-2", lezer.Bladnaam);
    }

    [Fact]
    public void Scenario_Csv_IsInTheImportFormatAndReadsBackAsAnImport()
    {
        var tabel = Toezichttabellen.Scenario(Voorbeelden.Scenarios().Scenarios_[0]);
        var csv = CsvExport.Schrijf(tabel);

        var (regels, fouten) = CsvTabel.Lees(csv, Toezichttabellen.ScenarioKolommen);

        Assert.Empty(fouten);
        Assert.Equal(["gemeentecode;categorie;opgave;inbreng", "GM0344;asiel;1000;826", "GM0344;oekraine;400;380"], CsvRegels(tabel));
        Assert.Equal(["GM0344", "asiel", "1000", "826"], new[] { "gemeentecode", "categorie", "opgave", "inbreng" }.Select(k => regels[0][k]));
    }

    [Fact]
    public void Scenario_Xlsx_HasTheImportColumnsAndNumericCells()
    {
        var lezer = new XlsxLezer(XlsxExport.Schrijf(Toezichttabellen.Scenario(Voorbeelden.Scenarios().Scenarios_[1])));

        Assert.Equal(3, lezer.Rijen.Count);
        Assert.Equal("1000", lezer.Cel("D2")!.Value);
        Assert.Equal("n", (string?)lezer.Cel("D2")!.Attribute("t"));
    }
}
