namespace Regiemonitor.Reporting.Exports;

/// <summary>
/// A table or page handed out as a file (CSV, XLSX, PDF), the same way for every report: content
/// types, the PDF printer's availability and the rule that an export outliving its token is
/// withheld.
/// </summary>
public static class Exportbestand
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The table as <c>csv</c> or <c>xlsx</c>; any other format is a programming error of the caller.</summary>
    public static IResult Tabel(Tabel tabel, string formaat, string naam) => formaat switch
    {
        "csv" => Results.File(CsvExport.Schrijf(tabel), CsvType, naam + ".csv"),
        "xlsx" => Results.File(XlsxExport.Schrijf(tabel), XlsxType, naam + ".xlsx"),
        _ => throw new ArgumentOutOfRangeException(nameof(formaat), formaat, "Alleen csv en xlsx zijn tabelformaten."),
    };

    /// <summary>The page printed to PDF; the HTML (with its stylesheet inline) is only made when a printer is there.</summary>
    public static async Task<IResult> Pdf(HttpContext http, Func<Task<string>> html, string naam, CancellationToken ct)
    {
        var printer = http.RequestServices.GetRequiredService<PdfPrinter>();
        if (!printer.Beschikbaar)
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF niet beschikbaar",
                detail: "Voor de PDF-export is Chromium nodig (Debian-pakket chromium); installeer het op de server.");
        var pdf = await http.RequestServices.GetRequiredService<Events.Exportcache>().Pdf(await html(), h => printer.Print(h, ct));
        return Results.File(pdf, "application/pdf", naam + ".pdf");
    }

    public static IResult OnbekendFormaat(string formaat, string keuzes) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Onbekend formaat",
            detail: $"Formaat '{formaat}' bestaat niet; kies {keuzes}.");

    /// <summary>An export that took longer than the token lived is not handed out.</summary>
    public static IResult Uitgifte(HttpContext http, IResult resultaat) =>
        Scope.Huidig(http).Verlopen(http.RequestServices.GetRequiredService<TimeProvider>())
            ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Token verlopen",
                detail: "Het token verliep terwijl de export werd gemaakt; vraag een nieuw token aan.")
            : resultaat;
}
