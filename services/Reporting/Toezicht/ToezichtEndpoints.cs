using Regiemonitor.Calculation.Core;
using Regiemonitor.Reporting.Pagina;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// HTTP adapter for toezicht and planning: the voortgangsrapportage, the prognosis and the
/// verdeling scenarios, each as JSON, page and file. One group behind <see cref="Scope.Filter"/>;
/// every route names its gebied <c>gebiedcode</c>, so the scope check applies to all of them.
/// </summary>
public static class ToezichtEndpoints
{
    public static WebApplication MapToezicht(this WebApplication app)
    {
        var routes = app.MapGroup("").AddEndpointFilter(Scope.Filter);
        VoortgangRoutes.Map(routes);
        PrognoseRoutes.Map(routes);
        ScenarioRoutes.Map(routes);
        return app;
    }

    internal static Toezichtbron Bron(HttpContext http) => http.RequestServices.GetRequiredService<Toezichtbron>();

    internal static Task<GebiedBoom> Boom(HttpContext http, CancellationToken ct) =>
        http.RequestServices.GetRequiredService<GebiedBoomBron>().Boom(ct);

    /// <summary>A page needs the figures and the tree (breadcrumb, search): both are asked at once.</summary>
    internal static async Task<(GebiedBoom Boom, Toezichtuitkomst<T> Uitkomst)> MetBoom<T>(HttpContext http, Task<Toezichtuitkomst<T>> uitkomst, CancellationToken ct)
        where T : class
    {
        var boom = Boom(http, ct);
        await Task.WhenAll(boom, uitkomst);
        return (boom.Result, uitkomst.Result);
    }

    internal static Toezichtpagina Kader(HttpContext http, GebiedBoom boom, bool inline)
    {
        var scope = Scope.Huidig(http);
        return new Toezichtpagina(boom, code => scope.Toont(boom, code), inline);
    }

    internal static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    internal static IResult Probleem<T>(Toezichtuitkomst<T> u) where T : class =>
        Results.Problem(statusCode: u.Status, title: u.Titel, detail: u.Detail);

    internal static IResult Fout<T>(GebiedBoom boom, Toezichtuitkomst<T> u, string? terugUrl = null, string? terugTekst = null) where T : class =>
        Foutpagina.Resultaat(boom, u.Status, u.Titel, u.Detail, terugUrl, terugTekst);

    internal static IResult Fout(GebiedBoom boom, string titel, string detail, string? terugUrl = null, string? terugTekst = null) =>
        Foutpagina.Resultaat(boom, StatusCodes.Status400BadRequest, titel, detail, terugUrl, terugTekst);

    internal static IResult Verzoekfout(string titel, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: titel, detail: detail);
}
