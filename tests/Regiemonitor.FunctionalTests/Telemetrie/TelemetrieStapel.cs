using System.Net;
using System.Text.Json.Nodes;
using Regiemonitor.FunctionalTests.Dashboards;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Telemetrie;

/// <summary>
/// The whole stack (run.sh) exporting traces, metrics and logs to a local <see cref="OtlpOntvanger"/>,
/// with short export intervals so what a test does arrives within a second or so. Imports the
/// national fixture and one refused file, so the import metrics have known totals.
/// </summary>
public sealed class TelemetrieStapel : IAsyncLifetime
{
    /// <summary>The demo portal run.sh configures in the Local environment (scope PV22).</summary>
    public const string DemoTenant = "drenthe-demo";
    public const string DemoSleutel = "dev-tenant-sleutel-drenthe";

    /// <summary>service.name of each process: its application (assembly) name.</summary>
    public const string Gateway = "Regiemonitor.Gateway", Reporting = "Regiemonitor.Reporting",
        Calculation = "Regiemonitor.Calculation.Api", Registry = "Regiemonitor.OpgaveRegistry", Ingestion = "Regiemonitor.Ingestion";

    public OtlpOntvanger Ontvanger { get; private set; } = null!;
    public Stapel Stapel { get; private set; } = null!;

    /// <summary>Rows of the new batches the imports stored, as their 201 answers said.</summary>
    public int OpgaveRijen { get; private set; }
    public int RealisatieRijen { get; private set; }

    public async Task InitializeAsync()
    {
        Ontvanger = await OtlpOntvanger.Start();
        Stapel = await Stapel.Start(new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Ontvanger.Adres.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            // Milliseconds: batches of spans and logs, and metric readings, leave quickly.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });
        OpgaveRijen = await Importeer("/api/v1/imports/opgaven", "opgaven.csv");
        RealisatieRijen = await Importeer("/api/v1/imports/realisatie", "realisatie.csv");
        using var afgewezen = await Stapel.PostCsv("/api/v1/imports/realisatie", "bron,categorie\nXYZ,onbekend\n");
        if (afgewezen.StatusCode != HttpStatusCode.BadRequest)
            throw new InvalidOperationException($"Een ongeldig bestand werd niet afgewezen: {afgewezen.StatusCode}");
    }

    private async Task<int> Importeer(string pad, string bestand)
    {
        using var antwoord = await Stapel.PostCsv(pad, await File.ReadAllBytesAsync(NationaleStapel.Bestand(bestand)));
        var tekst = await antwoord.Content.ReadAsStringAsync();
        if (antwoord.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"{pad}: {antwoord.StatusCode} {tekst}");
        return (int)JsonNode.Parse(tekst)!["rijen"]!;
    }

    public async Task DisposeAsync()
    {
        // Stopping the stack first lets the processes flush what they still hold to the receiver.
        try { if (Stapel is not null) await Stapel.DisposeAsync(); }
        finally { if (Ontvanger is not null) await Ontvanger.DisposeAsync(); }
    }
}
