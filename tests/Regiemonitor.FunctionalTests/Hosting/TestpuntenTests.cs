using System.Diagnostics;
using System.Reflection;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Hosting;

/// <summary>
/// The test points that hold an import for the crash and shutdown tests exist for local runs
/// only: configured anywhere else, the ingestion process refuses to start.
/// </summary>
[Collection(StapelCollectie.Naam)]
public sealed class TestpuntenTests
{
    [Fact]
    public async Task Start_TestpuntBuitenLokaal_WeigertTeStarten()
    {
        var dataMap = Directory.CreateTempSubdirectory("regiemonitor-testpunt-").FullName;
        try
        {
            var configuratie = typeof(TestpuntenTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
            var bin = Path.Combine(Paden.Repository, "services", "Ingestion", "bin", configuratie, "net10.0");
            var info = new ProcessStartInfo("dotnet", [Path.Combine(bin, "Regiemonitor.Ingestion.dll"), "--contentRoot", bin]);
            info.Environment["DOTNET_ENVIRONMENT"] = "Production";
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{VrijePoorten.Blok(1)}";
            info.Environment["Regiemonitor__DataDir"] = dataMap;
            info.Environment["Regiemonitor__Services__OpgaveRegistry"] = "http://127.0.0.1:9";
            info.Environment["Regiemonitor__Testpunten__TellingenHalverwege"] = "wachten";
            await using var ingestion = new LopendProces(info);

            Assert.NotEqual(0, await ingestion.WachtOpEinde(TimeSpan.FromMinutes(1)));
            Assert.Contains("Regiemonitor:Testpunten is alleen voor lokale runs", ingestion.Uitvoer);
        }
        finally
        {
            Directory.Delete(dataMap, recursive: true);
        }
    }
}
