using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Regiemonitor.ServiceDefaults;

namespace Regiemonitor.ServiceDefaults.Tests.Opslag;

public sealed class UploadOpruimingTests
{
    [Fact]
    public async Task Start_VerwijdertAchtergeblevenUploadsEnLaatDeRestStaan()
    {
        var data = Directory.CreateTempSubdirectory("regiemonitor-uploads-").FullName;
        var uploads = Directory.CreateDirectory(Path.Combine(data, "uploads")).FullName;
        var achtergebleven = Path.Combine(uploads, "import-0123.tmp");
        var anders = Path.Combine(uploads, "notitie.txt");
        await File.WriteAllTextAsync(achtergebleven, "half bestand");
        await File.WriteAllTextAsync(anders, "blijft");

        await new UploadOpruiming(Options.Create(new OpslagOptions { DataDir = data }), NullLogger<UploadOpruiming>.Instance)
            .StartAsync(CancellationToken.None);

        Assert.False(File.Exists(achtergebleven));
        Assert.True(File.Exists(anders));
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Start_ZonderUploadmap_DoetNiets()
    {
        var data = Directory.CreateTempSubdirectory("regiemonitor-uploads-").FullName;
        await new UploadOpruiming(Options.Create(new OpslagOptions { DataDir = data }), NullLogger<UploadOpruiming>.Instance)
            .StartAsync(CancellationToken.None);
        Assert.False(Directory.Exists(Path.Combine(data, "uploads")));
        Directory.Delete(data);
    }
}
