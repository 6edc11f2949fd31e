using Grpc.Core;
using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults.Aanroepen;
using Yarp.ReverseProxy.Forwarder;

namespace Regiemonitor.Gateway;

/// <summary>
/// A backend that is down gets a Dutch 503 problem answer, quickly, instead of YARP's empty 502
/// or a hang: for forwarded requests (connection refused or timed out) and for the gateway's own
/// gRPC calls (the registry behind embed tokens and scopes). Nothing is remembered about the
/// outage, so the first request after the service returns is forwarded again.
/// </summary>
public static class Dienstuitval
{
    public const string Titel = "Dienst tijdelijk niet beschikbaar";
    private const string Detail = "Een onderdeel van de Regiemonitor is even niet bereikbaar; probeer het over een paar seconden opnieuw.";
    private const string HerhaalNa = "5";

    /// <summary>Placed before authentication, so a failing registry call in an authorization check is caught too.</summary>
    public static WebApplication UseDienstuitval(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded && !context.Response.HasStarted)
            {
                await Schrijf(context);
                return;
            }
            if (context.GetForwarderErrorFeature() is { } fout && Onbereikbaar(fout.Error) && !context.Response.HasStarted)
                await Schrijf(context);
        });
        return app;
    }

    /// <summary>Errors that mean the backend could not be reached or did not answer; a client that went away or sent a bad body is not one.</summary>
    private static bool Onbereikbaar(ForwarderError fout) =>
        fout is ForwarderError.Request or ForwarderError.RequestTimedOut or ForwarderError.NoAvailableDestinations or ForwarderError.ResponseHeaders;

    private static Task Schrijf(HttpContext context)
    {
        context.Response.Clear();
        context.Response.Headers.RetryAfter = HerhaalNa;
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: Titel, detail: Detail).ExecuteAsync(context);
    }
}

/// <summary>
/// YARP's HTTP clients with the connect timeout of every service call
/// (<c>Regiemonitor:Aanroepen:Verbindingstimeout</c>): a backend whose address no longer answers
/// is given up on within that time, not after the operating system's minutes.
/// </summary>
public sealed class Doorstuurclients(IOptions<AanroepOptions> options, ILogger<ForwarderHttpClientFactory> log) : ForwarderHttpClientFactory(log)
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = options.Value.Verbindingstimeout;
    }
}
