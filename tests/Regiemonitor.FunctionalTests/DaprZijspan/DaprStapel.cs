using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Regiemonitor.FunctionalTests.Dashboards;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.DaprZijspan;

/// <summary>
/// The product as the production overlay runs it, with <see cref="DaprDubbel"/> as every
/// process's sidecar: service calls through Dapr (<c>Regiemonitor__Transport=Dapr</c>), events
/// through Dapr pub/sub, and the gateway's admin key from the Dapr secret store, not from
/// run.sh's <c>REGIEMONITOR_ADMIN_KEY</c>. Holds Drenthe's figures (<see cref="ProvincieStapel"/>).
/// </summary>
public sealed class DaprStapel : IAsyncLifetime
{
    public const string Secretstore = "secretstore";
    /// <summary>Only in the sidecar's secret store; the processes' environment has <see cref="Stapel.AdminSleutel"/>.</summary>
    public const string GeheimeAdminSleutel = "admin-sleutel-uit-de-dapr-secretstore";

    /// <summary>The k8s/base app ids, in run.sh's port order (gateway port + 1..4).</summary>
    public static readonly string[] AppIds = ["opgaveregistry", "ingestion", "calculation", "reporting"];

    public DaprDubbel Zijspan { get; private set; } = null!;
    public Stapel Stapel { get; private set; } = null!;
    /// <summary>A client that sends the admin key from the secret store.</summary>
    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Zijspan = await DaprDubbel.Start(Secretstore, new()
        {
            ["gateway-admin-key"] = new() { ["admin-key"] = GeheimeAdminSleutel },
        });
        var poort = VrijePoorten.Blok(5);
        for (var i = 0; i < AppIds.Length; i++)
            Zijspan.Apps[AppIds[i]] = new Uri($"http://127.0.0.1:{(poort + 1 + i).ToString(CultureInfo.InvariantCulture)}");
        Stapel = await Stapel.Start(new Dictionary<string, string>
        {
            ["REGIEMONITOR_PORT"] = poort.ToString(CultureInfo.InvariantCulture),
            ["DAPR_GRPC_ENDPOINT"] = Zijspan.Adres.ToString().TrimEnd('/'),
            ["Regiemonitor__Transport"] = "Dapr",
            ["Regiemonitor__Events__Transport"] = "Dapr",
            ["Regiemonitor__Geheimen__Store"] = Secretstore,
            ["Regiemonitor__Geheimen__Koppelingen__0__Geheim"] = "gateway-admin-key",
            ["Regiemonitor__Geheimen__Koppelingen__0__Sleutel"] = "admin-key",
            ["Regiemonitor__Geheimen__Koppelingen__0__Configuratie"] = "Regiemonitor:AdminKey",
        });
        Admin = new HttpClient { BaseAddress = Stapel.Gateway };
        Admin.DefaultRequestHeaders.Add("X-Api-Key", GeheimeAdminSleutel);
        foreach (var (pad, inhoud) in new[] { ("/api/v1/imports/regios", ProvincieStapel.Regios), ("/api/v1/imports/opgaven", ProvincieStapel.Opgaven), ("/api/v1/imports/realisatie", ProvincieStapel.Realisatie) })
        {
            using var antwoord = await PostCsv(pad, inhoud);
            if (antwoord.StatusCode != HttpStatusCode.Created)
                throw new InvalidOperationException($"{pad}: {antwoord.StatusCode} {await antwoord.Content.ReadAsStringAsync()}");
        }
    }

    public Task<HttpResponseMessage> PostCsv(string pad, string inhoud)
    {
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes(inhoud));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return Admin.PostAsync(pad, body);
    }

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        if (Stapel is not null) await Stapel.DisposeAsync();
        if (Zijspan is not null) await Zijspan.DisposeAsync();
    }
}
