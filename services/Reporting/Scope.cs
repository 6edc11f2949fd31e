using System.Globalization;
using Regiemonitor.Calculation.Core;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.Reporting;

/// <summary>
/// The scope the gateway validated for this request (header <c>X-Regiemonitor-Scope</c>), enforced
/// again here: defence in depth, so a routing mistake at the gateway still shows nothing outside
/// it. No header means no access (fail closed); national access is the explicit scope <c>NL</c>.
/// </summary>
public sealed record Scope(IReadOnlyList<string> Gebieden, long? GeldigTot)
{
    public const string Header = "X-Regiemonitor-Scope";
    public const string GeldigTotHeader = "X-Regiemonitor-Geldig-Tot";

    public bool Toont(GebiedBoom boom, string code) => boom.InEenSubboom(Gebieden, code);

    public static Scope? Van(HttpRequest request)
    {
        var codes = request.Headers[Header].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Length == 0) return null;
        long? tot = long.TryParse(request.Headers[GeldigTotHeader], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : null;
        return new Scope(codes, tot);
    }

    /// <summary>Endpoint filter: 403 without a scope or for a gebied outside it.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (Van(http.Request) is not { } scope)
            return Results.Problem(statusCode: 403, title: "Geen toegang", detail: "Dit verzoek heeft geen gevalideerde scope.");
        if (scope.Verlopen(http.RequestServices.GetRequiredService<TimeProvider>()))
            return Results.Problem(statusCode: 401, title: "Token verlopen", detail: "Het token is verlopen; vraag een nieuw token aan.");
        if (http.Request.RouteValues["gebiedcode"] is string code)
        {
            var boom = await http.RequestServices.GetRequiredService<GebiedBoomBron>().Boom(http.RequestAborted);
            if (boom.Bevat(code) && !scope.Toont(boom, code))
                return Results.Problem(statusCode: 403, title: "Geen toegang", detail: $"Gebied {code} valt buiten de scope.");
        }
        http.Items[nameof(Scope)] = scope;
        return await next(context);
    }

    public static Scope Huidig(HttpContext http) => (Scope)http.Items[nameof(Scope)]!;

    /// <summary>An export may not leave after the token that asked for it expired, however long it took to make.</summary>
    public bool Verlopen(TimeProvider tijd) => GeldigTot is { } t && tijd.GetUtcNow().ToUnixTimeSeconds() >= t;
}
