using Regiemonitor.Reporting.Weergave;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>The Dutch names and explanations shown for the domain codes.</summary>
public static class Teksten
{
    public static readonly string[] Categorieen = ["oekraine", "asiel", "huisvesting", "amv", "nidos"];

    public static string Categorie(string code) => code switch
    {
        "oekraine" => "Opvang Oekraïne",
        "asiel" => "Opvang asiel",
        "huisvesting" => "Huisvesting vergunninghouders",
        "amv" => "Opvang AMV",
        "nidos" => "Nidos AMV",
        _ => code,
    };

    /// <summary>What is counted (DOMAIN.md §2), for the method notes.</summary>
    public static string WatGeteldWordt(string code) => code switch
    {
        "oekraine" => "bedden voor ontheemden uit Oekraïne",
        "asiel" => "opvangplekken voor asielzoekers (regulier, noodopvang en tijdelijke gemeentelijke opvang)",
        "huisvesting" => "vergunninghouders gehuisvest in het lopende halfjaar",
        "amv" => "opvangplekken voor alleenstaande minderjarige vreemdelingen",
        "nidos" => "kleinschalige plekken voor minderjarigen met een verblijfsvergunning",
        _ => code,
    };

    public static string Bron(string code) => code switch
    {
        "KCIO" => "KCIO (via de veiligheidsregio's)",
        "TVS" => "TVS (Taakstellingvolgsysteem)",
        _ => code,
    };

    public static string Status(string? status) => status switch
    {
        "groen" => "Op of boven schema",
        "oranje" => "Minstens 75 % van schema",
        "rood" => "Onder 75 % van schema",
        _ => "Geen gegevens",
    };

    public static string StatusKlasse(string? status) => status is "groen" or "oranje" or "rood" ? $"rm-status-{status}" : "rm-status-onbekend";

    public static string Niveau(string niveau, int aantal) => (niveau, aantal == 1) switch
    {
        ("land", _) => "landelijk",
        ("provincie", true) => "1 provincie",
        ("provincie", false) => $"{aantal} provincies",
        ("veiligheidsregio", true) => "1 veiligheidsregio",
        ("veiligheidsregio", false) => $"{aantal} veiligheidsregio's",
        ("regio", true) => "1 regio",
        ("regio", false) => $"{aantal} regio's",
        ("gemeente", true) => "1 gemeente",
        _ => $"{aantal} gemeenten",
    };

    /// <summary>The level of a gebied's table rows: provinces under NL, gemeenten elsewhere.</summary>
    public static string RijNiveau(string niveau) => niveau == "land" ? "provincie" : "gemeente";

    /// <summary>"per provincie" / "per gemeente".</summary>
    public static string RijenPer(string niveau) => "per " + RijNiveau(niveau);

    public static string Percentage(long? tienden) => tienden is { } t ? Opmaak.Percentage(t / 10m) : "geen percentage";
}
