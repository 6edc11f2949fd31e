using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Regiemonitor.ServiceDefaults.Aanroepen;

/// <summary>
/// The one resilience layer of service-to-service calls, as a client interceptor: a deadline on
/// every call, retries of reads only and only for Unavailable (nothing was processed), and the
/// circuit breaker of the target service. gRPC's own retry policy stays off (no service config is
/// set), and neither the HTTP handler nor the Dapr sidecar retries, so nothing is retried twice.
/// Only the edge retries: a call made while serving another service's gRPC call
/// (<paramref name="binnenDienstaanroep"/>) is tried once and its failure goes back to that caller,
/// which retries the whole chain, so retries do not multiply along reporting → calculation → registry.
/// </summary>
public sealed class Aanroepbeleid(AanroepOptions options, Stroomonderbreker onderbreker, TimeProvider tijd, Func<bool>? binnenDienstaanroep = null) : Interceptor
{
    /// <summary>
    /// Get and List calls only read (the gRPC naming convention every proto here follows), so
    /// repeating one is harmless; any other call could change something and is tried once.
    /// </summary>
    public static bool IsLezing(IMethod methode) =>
        methode.Type == MethodType.Unary && (methode.Name.StartsWith("Get", StringComparison.Ordinal) || methode.Name.StartsWith("List", StringComparison.Ordinal));

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var opties = MetDeadline(context.Options);
        var pogingen = IsLezing(context.Method) && binnenDienstaanroep?.Invoke() != true ? Math.Max(1, options.Pogingen) : 1;
        AsyncUnaryCall<TResponse>? laatste = null;

        async Task<TResponse> Voer()
        {
            var wachttijd = options.Wachttijd;
            for (var poging = 1; ; poging++)
            {
                var proef = onderbreker.Toegang();
                // A fresh copy of the headers per attempt: an inner interceptor that adds headers
                // (Dapr's app id) then adds them once to each attempt, not again to the same list.
                var aanroep = continuation(request, new ClientInterceptorContext<TRequest, TResponse>(
                    context.Method, context.Host, opties.WithHeaders(Kopie(opties.Headers))));
                laatste?.Dispose();
                laatste = aanroep;
                try
                {
                    var antwoord = await aanroep.ResponseAsync.ConfigureAwait(false);
                    onderbreker.Bereikt();
                    return antwoord;
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable)
                {
                    onderbreker.Onbereikbaar(proef);
                    if (poging >= pogingen || onderbreker.IsOpen) throw;
                }
                catch (RpcException e) when (e.StatusCode is StatusCode.Cancelled or StatusCode.DeadlineExceeded)
                {
                    // Given up by the caller or out of time: says nothing certain about the service.
                    onderbreker.ZonderOordeel(proef);
                    throw;
                }
                catch (RpcException)
                {
                    // Any other answer (NotFound, InvalidArgument, Internal) came from a reachable service.
                    onderbreker.Bereikt();
                    throw;
                }
                catch (Exception)
                {
                    // Not a gRPC outcome at all; a half-open trial must not stay taken forever.
                    onderbreker.ZonderOordeel(proef);
                    throw;
                }
                try { await Task.Delay(wachttijd, tijd, opties.CancellationToken).ConfigureAwait(false); }
                catch (OperationCanceledException) { throw new RpcException(new Status(StatusCode.Cancelled, "De aanroep is afgebroken.")); }
                wachttijd *= 2;
            }
        }

        // The headers of the attempt that counts, so only once the attempts are over.
        async Task<Metadata> Koppen(Task<TResponse> antwoord)
        {
            await Task.WhenAny(antwoord).ConfigureAwait(false);
            return laatste is null ? [] : await laatste.ResponseHeadersAsync.ConfigureAwait(false);
        }

        var taak = Voer();
        return new AsyncUnaryCall<TResponse>(taak, Koppen(taak),
            () => laatste?.GetStatus() ?? (taak.Exception?.InnerException is RpcException e ? e.Status : Status.DefaultSuccess),
            () => laatste?.GetTrailers() ?? [],
            () => laatste?.Dispose());
    }

    /// <summary>The configured deadline, unless the caller chose one (an edition, a health check).</summary>
    public CallOptions MetDeadline(CallOptions opties) =>
        opties.Deadline is null ? opties.WithDeadline(tijd.GetUtcNow().UtcDateTime + options.Timeout) : opties;

    private static Metadata Kopie(Metadata? headers)
    {
        var kopie = new Metadata();
        foreach (var h in headers ?? []) kopie.Add(h);
        return kopie;
    }
}
