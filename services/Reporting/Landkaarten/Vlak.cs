namespace Regiemonitor.Reporting.Landkaarten;

/// <summary>One area on a map.</summary>
/// <param name="Gebiedcode">PV20..PV31, VR01..VR25 or GMxxxx; areas without boundaries are left out of the map.</param>
/// <param name="Naam">The gebied's Dutch name.</param>
/// <param name="Status"><c>groen</c>, <c>oranje</c>, <c>rood</c>, or <c>null</c> when there is no figure.</param>
/// <param name="Href">Link to the area's own dashboard.</param>
/// <param name="Omschrijving">Dutch tooltip and accessible name, e.g. "Drenthe: 82,6 % van het indicatief schema, oranje".</param>
public sealed record Vlak(string Gebiedcode, string Naam, string? Status, string Href, string Omschrijving);
