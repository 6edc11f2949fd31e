using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Dashboards;

/// <summary>CSV, XLSX and PDF of the national dashboard carry exactly the numbers of the JSON view model.</summary>
[Collection(StapelCollectie.Naam)]
public sealed class ExportTests(NationaleStapel nationaal)
{
    private const string Datums = "peildatum=2024-09-01&realisatieTot=2024-09-02";
    private static readonly string[] Categorieen = ["oekraine", "asiel", "huisvesting", "amv", "nidos"];

    [Fact]
    public async Task Csv_ElkeCelGelijkAanDeJson()
    {
        var json = await Json();
        var (type, inhoud) = await Haal($"/dashboards/NL/export.csv?{Datums}");
        Assert.Equal("text/csv", type);
        Assert.Equal([0xEF, 0xBB, 0xBF], inhoud.Take(3));
        var regels = Encoding.UTF8.GetString(inhoud[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(';')).ToList();
        VergelijkMetJson(json, regels[0], regels.Skip(1).ToList());
    }

    [Fact]
    public async Task Csv_OokViaDeApiMetFormat()
    {
        using var antwoord = await nationaal.Stapel.Admin.GetAsync($"/api/v1/dashboards/NL?{Datums}&format=csv");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/csv", antwoord.Content.Headers.ContentType?.MediaType);
        using var zonderSleutel = await nationaal.Stapel.Http.GetAsync($"/api/v1/dashboards/NL?{Datums}&format=csv");
        Assert.Equal(HttpStatusCode.Unauthorized, zonderSleutel.StatusCode);
    }

    [Fact]
    public async Task Xlsx_ElkeCelGelijkAanDeJson()
    {
        var json = await Json();
        var (type, inhoud) = await Haal($"/dashboards/NL/export.xlsx?{Datums}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", type);
        using var zip = new ZipArchive(new MemoryStream(inhoud));
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var blad = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var rijen = blad.Descendants(ns + "row").Select(rij =>
        {
            var cellen = new string[rij.Elements(ns + "c").Select(Kolom).DefaultIfEmpty(0).Max() + 1];
            foreach (var c in rij.Elements(ns + "c")) cellen[Kolom(c)] = c.Value;
            return cellen.Select(c => c ?? "").ToArray();
        }).ToList();
        VergelijkMetJson(json, rijen[0], rijen.Skip(1).ToList());
    }

    [Fact]
    public async Task Pdf_HeeftA4LiggendePaginasMetDeCijfers()
    {
        var (type, inhoud) = await Haal($"/dashboards/NL/export.pdf?{Datums}");
        Assert.Equal("application/pdf", type);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(inhoud, 0, 5));
        var map = Directory.CreateTempSubdirectory("regiemonitor-pdf-test-").FullName;
        var pdf = Path.Combine(map, "NL.pdf");
        await File.WriteAllBytesAsync(pdf, inhoud);

        var info = await Processen.Voer("pdfinfo", pdf);
        var paginas = int.Parse(info.Split('\n').Single(r => r.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(paginas, 3, 8);
        Assert.Contains("841.92 x 594.96 pts (A4)", info); // landscape

        var tekst = await Processen.Voer("pdftotext", "-layout", pdf, "-");
        foreach (var verwacht in new[] { "Nederland: voortgang op 1 september 2024", "111.624", "92.189", "19.435", "82,6 %", "Drenthe", "-2.427", "27.811", "Toelichting", "Grenzen: CBS/Kadaster via PDOK" })
            Assert.Contains(verwacht, tekst);

        // Rendered to images (a person can look at them in tests/artifacts): one PNG per page.
        var artefacten = Path.Combine(Paden.Repository, "tests", "artifacts");
        Directory.CreateDirectory(artefacten);
        foreach (var oud in Directory.GetFiles(artefacten, "dashboard-NL-pdf-*.png")) File.Delete(oud);
        await Processen.Voer("pdftoppm", "-png", "-r", "50", pdf, Path.Combine(artefacten, "dashboard-NL-pdf"));
        Assert.Equal(paginas, Directory.GetFiles(artefacten, "dashboard-NL-pdf-*.png").Length);
        Directory.Delete(map, recursive: true);
    }

    private static int Kolom(XElement cel)
    {
        var letters = new string(((string)cel.Attribute("r")!).TakeWhile(char.IsLetter).ToArray());
        return letters.Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1)) - 1;
    }

    /// <summary>Every data cell of the export equals the JSON: rows per gebiedcode, then the totals.</summary>
    private static void VergelijkMetJson(JsonNode json, string[] kop, List<string[]> rijen)
    {
        var jsonRijen = json["tabel"]!["rijen"]!.AsArray();
        Assert.Equal(jsonRijen.Count + 1, rijen.Count);
        var vergeleken = 0;
        for (var i = 0; i <= jsonRijen.Count; i++)
        {
            var jsonRij = i < jsonRijen.Count ? jsonRijen[i]! : json["tabel"]!["totaal"]!;
            if (i < jsonRijen.Count) Assert.Equal((string?)jsonRij["gebied"]!["code"], rijen[i][0]);
            else Assert.Equal("Totaal", rijen[i][1]);
            foreach (var c in Categorieen)
                foreach (var (veld, waarde) in jsonRij[c]!.AsObject())
                {
                    var kolom = Array.IndexOf(kop, $"{c} {veld}");
                    Assert.True(kolom >= 0, $"kolom '{c} {veld}' ontbreekt");
                    Assert.Equal(waarde?.ToJsonString() ?? "", rijen[i][kolom]);
                    vergeleken++;
                }
        }
        Assert.Equal(13 * 18, vergeleken);
    }

    private async Task<JsonNode> Json()
    {
        using var antwoord = await nationaal.Stapel.Admin.GetAsync($"/api/v1/dashboards/NL?{Datums}");
        return JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
    }

    private async Task<(string? Type, byte[] Inhoud)> Haal(string pad)
    {
        using var antwoord = await nationaal.Stapel.Http.GetAsync(pad);
        var inhoud = await antwoord.Content.ReadAsByteArrayAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{pad}: {antwoord.StatusCode} {Encoding.UTF8.GetString(inhoud)}");
        return (antwoord.Content.Headers.ContentType?.MediaType, inhoud);
    }
}
