namespace Regiemonitor.Reporting.Exports;

/// <summary>
/// A table as the exports see it: one title, column headers and rows of cells, without any
/// knowledge of dashboards, so the same writers serve the gebieden table and any later table.
/// </summary>
/// <param name="Titel">Becomes the sheet name in a workbook; not written into a CSV file.</param>
/// <param name="Kolommen">Column headers, written as the first row.</param>
/// <param name="Rijen">
/// Cells per row, as many as there are <paramref name="Kolommen"/>. A cell is a whole number
/// (<see cref="long"/> or <see cref="int"/>), a <see cref="decimal"/>, a <see cref="string"/>
/// or <c>null</c> for "no value" (for example a gemeente's <c>oekraine.opgave</c>).
/// </param>
public sealed record Tabel(string Titel, IReadOnlyList<string> Kolommen, IReadOnlyList<IReadOnlyList<object?>> Rijen)
{
    /// <summary>
    /// Rejects a table that would silently lose or shift data in a spreadsheet: ragged rows move
    /// figures into the wrong column, and an unknown cell type has no agreed presentation.
    /// </summary>
    internal void Valideer()
    {
        ArgumentNullException.ThrowIfNull(Titel);
        ArgumentNullException.ThrowIfNull(Kolommen);
        ArgumentNullException.ThrowIfNull(Rijen);
        if (Kolommen.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(Kolommen));
        }

        for (var i = 0; i < Kolommen.Count; i++)
        {
            if (Kolommen[i] is null)
            {
                throw new ArgumentException($"Column {i + 1} has no header.", nameof(Kolommen));
            }
        }

        for (var r = 0; r < Rijen.Count; r++)
        {
            var rij = Rijen[r] ?? throw new ArgumentException($"Row {r + 1} is null.", nameof(Rijen));
            if (rij.Count != Kolommen.Count)
            {
                throw new ArgumentException(
                    $"Row {r + 1} has {rij.Count} cells but the table has {Kolommen.Count} columns.", nameof(Rijen));
            }

            foreach (var cel in rij)
            {
                if (cel is not (null or long or int or decimal or string))
                {
                    throw new ArgumentException(
                        $"Row {r + 1} holds a {cel.GetType().Name}; cells are long, int, decimal, string or null.", nameof(Rijen));
                }
            }
        }
    }
}
