using System.Security.Cryptography;

namespace Regiemonitor.FunctionalTests.Infrastructuur;

/// <summary>
/// ES256 signing keys made for one test run, written as PEM files the gateway reads by
/// reference (as a mounted secret would be): <c>k2</c> signs, <c>k1</c> still verifies,
/// <c>k0</c> is retired. The test keeps the private keys to forge tokens with.
/// </summary>
public sealed class Ondertekeningssleutels : IDisposable
{
    private readonly string _map = Directory.CreateTempSubdirectory("regiemonitor-sleutels-").FullName;

    public ECDsa K0 { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    public ECDsa K1 { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    public ECDsa K2 { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public Dictionary<string, string> Configuratie()
    {
        var c = new Dictionary<string, string>
        {
            ["Regiemonitor__Tokens__Sleutels__0__Kid"] = "k0",
            ["Regiemonitor__Tokens__Sleutels__0__Status"] = "ingetrokken",
        };
        foreach (var (i, kid, sleutel) in new[] { (1, "k1", K1), (2, "k2", K2) })
        {
            var pad = Path.Combine(_map, kid + ".pem");
            File.WriteAllText(pad, sleutel.ExportPkcs8PrivateKeyPem());
            c[$"Regiemonitor__Tokens__Sleutels__{i}__Kid"] = kid;
            c[$"Regiemonitor__Tokens__Sleutels__{i}__PrivateKeyFile"] = pad;
        }
        return c;
    }

    public void Dispose()
    {
        K0.Dispose();
        K1.Dispose();
        K2.Dispose();
        Directory.Delete(_map, recursive: true);
    }
}
