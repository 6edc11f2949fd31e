namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>
/// One problem in an import file. <see cref="Regel"/> is the 1-based line in the file (the header
/// is line 1), or the spreadsheet row for a workbook; <see cref="Kolom"/> the column name from the
/// contract, or null for a whole line; <see cref="Blad"/> the worksheet the row is on (null for CSV
/// and for problems with the workbook as a whole), since a row number alone does not say where.
/// </summary>
public sealed record ImportFout(int Regel, string? Kolom, string Melding, string? Blad = null);
