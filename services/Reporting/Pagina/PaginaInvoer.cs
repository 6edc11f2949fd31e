using Regiemonitor.Calculation.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Dashboard = Regiemonitor.Contracts.Calculation.V1.Dashboard;
using Regiemonitor.Reporting.Landkaarten;

namespace Regiemonitor.Reporting.Pagina;

/// <summary>Everything a dashboard page is rendered from: the calculation, the tree and the choices in the URL.</summary>
/// <param name="Vandaag">Today (Europe/Amsterdam) from the injected clock: the links to the current half-year's reports depend on it.</param>
/// <param name="Editie">The edition the figures are frozen in, if any: then every link stays inside it and no date can be chosen.</param>
/// <param name="VerouderdSinds">Set when the figures are a last good view (the calculation is unreachable): when they were computed.</param>
public sealed record PaginaInvoer(
    Dashboard Dashboard,
    GebiedBoom Boom,
    Grenzen Grenzen,
    Paginakeuzes Keuzes,
    string Stijl,
    bool StijlInline,
    Func<string, bool> InScope,
    DateOnly? Vandaag = null,
    Edities.Editie? Editie = null,
    DateTimeOffset? VerouderdSinds = null)
{
    public DateOnly Peildatum => Weergave.Opmaak.IsoDatum(Dashboard.Peildatum);
    public DateOnly RealisatieTot => Weergave.Opmaak.IsoDatum(Dashboard.RealisatieTot);

    /// <summary>The link to another gebied's page on the same dates (in an edition: its page in the same edition).</summary>
    public string Link(string gebiedcode) => Editie is { } e
        ? $"/edities/{Uri.EscapeDataString(e.Id)}/dashboards/{Uri.EscapeDataString(gebiedcode)}"
        : $"/dashboards/{Uri.EscapeDataString(gebiedcode)}?{Datums}";

    /// <summary>
    /// The page's dates as a query, with the kennisstand when one was asked: a reader looking at
    /// the figures as known on a past moment stays on that moment when following a link.
    /// </summary>
    private string Datums => $"peildatum={Dashboard.Peildatum}&realisatieTot={Dashboard.RealisatieTot}"
        + (Dashboard.Kennisstand.Length > 0 ? $"&kennisstand={Uri.EscapeDataString(Dashboard.Kennisstand)}" : "");

    /// <summary>This page with other choices (sort order, map categorie).</summary>
    public string Zelf(Paginakeuzes keuzes, string anker)
    {
        var link = Link(Dashboard.Gebied.Code);
        var keuze = (keuzes.KaartCategorie != Paginakeuzes.Standaard.KaartCategorie ? $"&kaart={keuzes.KaartCategorie}" : "")
            + (keuzes.Sorteer is { } s ? $"&sorteer={Uri.EscapeDataString(s)}&richting={(keuzes.Aflopend ? "aflopend" : "oplopend")}" : "");
        // An edition's link has no dates in a query: its first choice opens one.
        if (keuze.Length > 0 && !link.Contains('?', StringComparison.Ordinal)) keuze = "?" + keuze[1..];
        return link + keuze + "#" + anker;
    }

    public string Export(string formaat) => Editie is { } e
        ? $"/edities/{Uri.EscapeDataString(e.Id)}/dashboards/{Uri.EscapeDataString(Dashboard.Gebied.Code)}/export.{formaat}"
        : $"/dashboards/{Uri.EscapeDataString(Dashboard.Gebied.Code)}/export.{formaat}?{Datums}";
}

/// <summary>The choices a reader makes on the page, carried in the query string so they work without JavaScript.</summary>
public sealed record Paginakeuzes(string KaartCategorie, string? Sorteer, bool Aflopend)
{
    public static readonly Paginakeuzes Standaard = new("oekraine", null, false);

    public static Paginakeuzes Van(string? kaart, string? sorteer, string? richting) => new(
        kaart is not null && Teksten.Categorieen.Contains(kaart) ? kaart : Standaard.KaartCategorie,
        sorteer is not null && Tabelsectie.Sorteerbaar(sorteer) ? sorteer : null,
        richting == "aflopend");
}
