using Regiemonitor.FunctionalTests.Events;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.DaprZijspan;

/// <summary>Transport and secrets settings that cannot work stop the start, with a message that says why.</summary>
[Collection(StapelCollectie.Naam)]
public sealed class StartTests
{
    [Fact]
    public async Task Start_OnbekendTransport_StoptMetEenMeldingDieDeSleutelEnWaardeNoemt()
    {
        var fout = await StartIngestion(new() { ["Regiemonitor__Transport"] = "Dapper" });
        Assert.Contains("Configuratie 'Regiemonitor:Transport' heeft de onbekende waarde 'Dapper'; kies Direct of Dapr.", fout.Message);
    }

    [Fact]
    public async Task Start_VerplichtGeheimNietInDeStore_StoptMetDeNaamEnLektGeenWaarde()
    {
        await using var zijspan = await DaprDubbel.Start("secretstore", new() { ["ingestion-database"] = new() { ["connection-string"] = "Host=geheim-wachtwoord" } });
        var fout = await StartIngestion(new()
        {
            ["DAPR_GRPC_ENDPOINT"] = zijspan.Adres.ToString().TrimEnd('/'),
            ["Regiemonitor__Geheimen__Store"] = "secretstore",
            ["Regiemonitor__Geheimen__Koppelingen__0__Geheim"] = "ingestion-database",
            ["Regiemonitor__Geheimen__Koppelingen__0__Sleutel"] = "wachtwoord",
            ["Regiemonitor__Geheimen__Koppelingen__0__Configuratie"] = "Regiemonitor:Proef",
        });
        Assert.Contains("Geheim 'ingestion-database' in Dapr-secretstore 'secretstore' heeft geen sleutel 'wachtwoord'.", fout.Message);
        Assert.DoesNotContain("geheim-wachtwoord", fout.Message);
        Assert.Equal(["secretstore/ingestion-database"], zijspan.GelezenGeheimen);
    }

    [Fact]
    public async Task Start_GeheimOntbreektInDeStore_VerplichtStoptDeStartOptioneelNiet()
    {
        await using var zijspan = await DaprDubbel.Start("secretstore", []);
        Dictionary<string, string> Omgeving(bool optioneel) => new()
        {
            ["DAPR_GRPC_ENDPOINT"] = zijspan.Adres.ToString().TrimEnd('/'),
            ["Regiemonitor__Geheimen__Store"] = "secretstore",
            ["Regiemonitor__Geheimen__Koppelingen__0__Geheim"] = "ingestion-database",
            ["Regiemonitor__Geheimen__Koppelingen__0__Configuratie"] = "Regiemonitor:Proef",
            ["Regiemonitor__Geheimen__Koppelingen__0__Optioneel"] = optioneel ? "true" : "false",
        };

        var fout = await StartIngestion(Omgeving(optioneel: false));
        Assert.Contains("Geheim 'ingestion-database' kon niet uit Dapr-secretstore 'secretstore' gelezen worden", fout.Message);

        // Optional (e.g. a PostgreSQL connection string, else SQLite): the service starts without it.
        var data = Directory.CreateTempSubdirectory("regiemonitor-start-").FullName;
        try
        {
            var poort = VrijePoorten.Blok(2);
            var omgeving = Omgeving(optioneel: true);
            omgeving["Regiemonitor__DataDir"] = data;
            omgeving["Regiemonitor__Services__OpgaveRegistry"] = $"http://127.0.0.1:{poort + 1}";
            await using var ingestion = await Dienstproces.Start("Ingestion", "Regiemonitor.Ingestion", poort, omgeving);
            Assert.Equal(["secretstore/ingestion-database", "secretstore/ingestion-database"], zijspan.GelezenGeheimen);
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Starts ingestion with <paramref name="omgeving"/> and returns why it stopped (it must not start).</summary>
    private static async Task<InvalidOperationException> StartIngestion(Dictionary<string, string> omgeving)
    {
        var data = Directory.CreateTempSubdirectory("regiemonitor-start-").FullName;
        try
        {
            var poort = VrijePoorten.Blok(2);
            omgeving["Regiemonitor__DataDir"] = data;
            omgeving["Regiemonitor__Services__OpgaveRegistry"] = $"http://127.0.0.1:{poort + 1}";
            return await Assert.ThrowsAsync<InvalidOperationException>(() => Dienstproces.Start("Ingestion", "Regiemonitor.Ingestion", poort, omgeving));
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}
