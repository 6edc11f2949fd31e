namespace Regiemonitor.Reporting.Grafieken;

/// <summary>One realisatie count as a bron delivered it: the number and the date it refers to.</summary>
public sealed record RealisatiePunt(DateOnly Peildatum, long Aantal);

/// <summary>
/// Everything the chart of one dashboard card needs, already calculated: the chart draws figures,
/// it never recomputes the indicatief schema, so card text and chart cannot disagree.
/// </summary>
/// <param name="Titel">The card title, e.g. "Opvang Oekraïne in Nederland"; becomes the SVG title.</param>
/// <param name="Startdatum">Start of the opgave period; the schema line starts here.</param>
/// <param name="Startpunt">Startwaarde of the period (for huisvesting the achterstand carried in, possibly negative).</param>
/// <param name="Einddatum">End of the opgave period; the schema line ends here.</param>
/// <param name="Eindpunt">Eindwaarde of the period: the opgave to be reached.</param>
/// <param name="Punten">Realisatie over time, in any order; points outside the shown dates are clipped.</param>
/// <param name="Peildatum">The dashboard date, marked with a vertical line.</param>
/// <param name="IndicatiefSchema">The schema at the peildatum, or <c>null</c> when unknown.</param>
/// <param name="Realisatie">The realisatie at the peildatum, or <c>null</c> when no bron delivered.</param>
public sealed record GrafiekInvoer(
    string Titel,
    DateOnly Startdatum, long Startpunt, DateOnly Einddatum, long Eindpunt,
    IReadOnlyList<RealisatiePunt> Punten,
    DateOnly Peildatum, long? IndicatiefSchema, long? Realisatie);
