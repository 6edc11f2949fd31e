using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Regiemonitor.ServiceDefaults.Events;

/// <summary>
/// The embedded default for a run on one machine: does what a Dapr sidecar would, an HTTP POST
/// of the CloudEvent (structured mode) to every subscriber URL of the topic. The services listen
/// on cleartext HTTP/2 only, so a plain <c>http</c> subscriber is spoken to in HTTP/2 directly.
/// Each subscriber must answer 2xx, else the whole event counts as not delivered and is sent to
/// all of them again later: subscribers deduplicate by event id.
/// </summary>
public sealed partial class EmbeddedEventPublisher(IHttpClientFactory http, IOptions<EventOptions> opties, ILogger<EmbeddedEventPublisher> log)
    : IEventPublisher
{
    public const string HttpClientNaam = "Regiemonitor.Events";

    public async Task Publiceer(string topic, CloudEvent gebeurtenis, CancellationToken ct)
    {
        var abonnees = opties.Value.Abonnees.GetValueOrDefault(topic) ?? [];
        if (abonnees.Count == 0)
        {
            LogZonderAbonnees(log, gebeurtenis.Id, topic);
            return;
        }
        var json = gebeurtenis.NaarJson();
        var client = http.CreateClient(HttpClientNaam);
        foreach (var abonnee in abonnees)
        {
            var adres = new Uri(abonnee);
            using var verzoek = new HttpRequestMessage(HttpMethod.Post, adres)
            {
                Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue(CloudEvent.MediaType)),
                Version = HttpVersion.Version20,
                VersionPolicy = adres.Scheme == Uri.UriSchemeHttp ? HttpVersionPolicy.RequestVersionExact : HttpVersionPolicy.RequestVersionOrLower,
            };
            using var antwoord = await client.SendAsync(verzoek, ct);
            if (!antwoord.IsSuccessStatusCode)
                throw new HttpRequestException($"{Zonder(adres)} antwoordde {(int)antwoord.StatusCode}.", null, antwoord.StatusCode);
            LogAfgeleverd(log, gebeurtenis.Id, Zonder(adres));
        }
    }

    /// <summary>The address for a log line, without user info or query (where a secret could sit).</summary>
    private static string Zonder(Uri adres) => $"{adres.Scheme}://{adres.Authority}{adres.AbsolutePath}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Gebeurtenis {Id} afgeleverd bij {Abonnee}.")]
    private static partial void LogAfgeleverd(ILogger log, string id, string abonnee);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gebeurtenis {Id}: geen abonnees op {Topic} geconfigureerd.")]
    private static partial void LogZonderAbonnees(ILogger log, string id, string topic);
}
