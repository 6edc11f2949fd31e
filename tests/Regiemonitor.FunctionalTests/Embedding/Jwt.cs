using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Regiemonitor.FunctionalTests.Embedding;

/// <summary>Builds JWTs by hand, so tests can forge exactly the token an attacker would send.</summary>
public static class Jwt
{
    public static string Maak(object kop, object inhoud, Func<byte[], byte[]> onderteken)
    {
        var k = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(kop));
        var i = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(inhoud));
        return $"{k}.{i}.{Base64Url.EncodeToString(onderteken(Encoding.ASCII.GetBytes($"{k}.{i}")))}";
    }

    public static string Es256(ECDsa sleutel, string kid, object inhoud) =>
        Maak(new { alg = "ES256", typ = "JWT", kid }, inhoud, d => sleutel.SignData(d, HashAlgorithmName.SHA256));

    public static JsonObject Inhoud(string token) => JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]))!.AsObject();

    public static JsonObject Kop(string token) => JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[0]))!.AsObject();

    /// <summary>Claims like the gateway's, with any of them overridden.</summary>
    public static Dictionary<string, object> Claims(long nu, Action<Dictionary<string, object>>? pas = null)
    {
        var c = new Dictionary<string, object>
        {
            ["iss"] = "regiemonitor", ["aud"] = "regiemonitor-embed", ["sub"] = "drenthe", ["scope"] = new[] { "PV22" },
            ["views"] = new[] { "dashboard" }, ["origins"] = new[] { "https://portaal.drenthe.example" },
            ["jti"] = Guid.NewGuid().ToString("N"), ["iat"] = nu, ["nbf"] = nu, ["exp"] = nu + 600,
        };
        pas?.Invoke(c);
        return c;
    }
}
