namespace Regiemonitor.ServiceDefaults.Imports;

/// <summary>
/// One problem in an import file. <see cref="Regel"/> is the 1-based line in the file (the header
/// is line 1); <see cref="Kolom"/> the column name from the contract, or null for a whole line.
/// </summary>
public sealed record ImportFout(int Regel, string? Kolom, string Melding);
