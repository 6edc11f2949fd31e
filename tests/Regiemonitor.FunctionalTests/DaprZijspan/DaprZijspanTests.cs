using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dapr.Client;
using Grpc.Core;
using Grpc.Health.V1;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.DaprZijspan;

/// <summary>
/// The Dapr test double suite: the production path (service calls, events and secrets through
/// the sidecar) against <see cref="DaprDubbel"/>, which speaks the real Dapr gRPC API on a real socket.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class DaprZijspanTests(DaprStapel s) : IClassFixture<DaprStapel>
{
    [Fact]
    public async Task Dashboard_DienstaanroepenDoorDapr_GeeftDeCijfersEnElkeHopDraagtDeJuisteAppId()
    {
        using var antwoord = await s.Admin.GetAsync("/api/v1/dashboards/PV22?peildatum=2024-09-01&realisatieTot=2024-09-02");
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        // The same figures as ProvincieDashboardTests, which calls directly.
        var oekraine = JsonNode.Parse(tekst)!["kaarten"]![0]!;
        Assert.Equal(5322, (long)oekraine["indicatiefSchema"]!);
        Assert.Equal(4200, (long)oekraine["realisatie"]!);
        Assert.Equal(78.9m, (decimal)oekraine["percentage"]!);

        var aanroepen = s.Zijspan.Aanroepen;
        // reporting → calculation, calculation → registry and ingestion: each hop went through the sidecar.
        Assert.Contains(aanroepen, a => a.AppId == "calculation" && a.Pad.StartsWith("/regiemonitor.calculation.v1.CalculationService/", StringComparison.Ordinal));
        Assert.Contains(aanroepen, a => a.AppId == "opgaveregistry" && a.Pad.StartsWith("/regiemonitor.opgaveregistry.v1.", StringComparison.Ordinal));
        Assert.Contains(aanroepen, a => a.AppId == "ingestion" && a.Pad.StartsWith("/regiemonitor.ingestion.v1.IngestionService/", StringComparison.Ordinal));
        // Every call of a Regiemonitor method named the app that serves it, and reached it.
        Assert.All(aanroepen.Where(a => a.Pad.StartsWith("/regiemonitor.", StringComparison.Ordinal)), a =>
        {
            Assert.StartsWith($"/regiemonitor.{a.AppId}.v1.", a.Pad, StringComparison.Ordinal);
            Assert.True(a.Doorgestuurd, $"{a.AppId} {a.Pad} niet doorgestuurd");
        });
    }

    [Fact]
    public async Task RealisatieImport_EventsDoorDapr_KomtOpHetTopicAanAlsCloudEvent()
    {
        var voor = DateTimeOffset.UtcNow;
        using var antwoord = await s.PostCsv("/api/v1/imports/realisatie", "bron,categorie,onderdeel,gebiedcode,peildatum,aantal\n" +
            "COA,asiel,regulier,GM0109,2024-09-08,70\nKCIO,oekraine,,GM0106,2024-09-06,1250");
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, tekst);
        var batchId = (string)JsonNode.Parse(tekst)!["batchId"]!;

        var e = await s.Zijspan.WachtOpEvent(e => e.Topic == "realisatie-geimporteerd" && e.Data.Contains(batchId, StringComparison.Ordinal));
        Assert.Equal("pubsub", e.PubSub);
        // The whole CloudEvent is the payload, so Dapr keeps its attributes instead of wrapping it.
        Assert.Equal("application/cloudevents+json", e.DataContentType);
        var ce = JsonNode.Parse(e.Data)!;
        Assert.Equal("1.0", (string?)ce["specversion"]);
        Assert.Equal("realisatie-geimporteerd:" + batchId, (string?)ce["id"]);
        Assert.Equal("/regiemonitor/ingestion", (string?)ce["source"]);
        Assert.Equal("nl.regiemonitor.realisatie-geimporteerd.v1", (string?)ce["type"]);
        Assert.Equal("application/json", (string?)ce["datacontenttype"]);
        var tijd = DateTimeOffset.Parse((string)ce["time"]!, CultureInfo.InvariantCulture);
        Assert.InRange(tijd, voor.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        var data = ce["data"]!;
        Assert.Equal(batchId, (string?)data["batchId"]);
        Assert.Equal("""["COA","KCIO"]""", data["bronnen"]!.ToJsonString());
        Assert.Equal("""["2024-09-06","2024-09-08"]""", data["peildata"]!.ToJsonString());
        Assert.Equal("""["GM0106","GM0109"]""", data["gebieden"]!.ToJsonString());
    }

    [Fact]
    public async Task OpgaveImport_EventsDoorDapr_RegistryPubliceertOpgaveGewijzigd()
    {
        // The fixture imported opgaven through the gateway; the registry's outbox published it.
        var e = await s.Zijspan.WachtOpEvent(e => e.Topic == "opgave-gewijzigd");
        Assert.Equal("pubsub", e.PubSub);
        var ce = JsonNode.Parse(e.Data)!;
        Assert.Equal("/regiemonitor/opgaveregistry", (string?)ce["source"]);
        Assert.StartsWith("opgave-gewijzigd:", (string?)ce["id"]);
    }

    [Fact]
    public async Task AdminSleutel_UitDeSecretstore_WordtAangenomenEnDeSleutelUitDeOmgevingNiet()
    {
        // The fixture's imports were accepted with the secret store's key; run.sh's own key,
        // which the secret overrides, no longer opens anything.
        using var geweigerd = await s.Stapel.PostCsv("/api/v1/imports/realisatie", "bron,categorie,onderdeel,gebiedcode,peildatum,aantal\n");
        Assert.Equal(HttpStatusCode.Unauthorized, geweigerd.StatusCode);
        using var aangenomen = await s.Admin.GetAsync("/api/v1/dashboards/PV22?peildatum=2024-09-01");
        Assert.Equal(HttpStatusCode.OK, aangenomen.StatusCode);
        Assert.Contains($"{DaprStapel.Secretstore}/gateway-admin-key", s.Zijspan.GelezenGeheimen);
    }

    [Fact]
    public async Task InvocationInvoker_VanDaprClient_BereiktDeAppEnEenOnbekendeAppIdIsUnavailable()
    {
        var adres = s.Zijspan.Adres.ToString().TrimEnd('/');
        var bekend = new Health.HealthClient(DaprClient.CreateInvocationInvoker("calculation", adres));
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await bekend.CheckAsync(new HealthCheckRequest())).Status);
        Assert.Contains(s.Zijspan.Aanroepen, a => a is { AppId: "calculation", Pad: "/grpc.health.v1.Health/Check", Doorgestuurd: true });

        var onbekend = new Health.HealthClient(DaprClient.CreateInvocationInvoker("bestaat-niet", adres));
        var fout = await Assert.ThrowsAsync<RpcException>(async () => await onbekend.CheckAsync(new HealthCheckRequest()));
        Assert.Equal(StatusCode.Unavailable, fout.StatusCode);
    }
}
