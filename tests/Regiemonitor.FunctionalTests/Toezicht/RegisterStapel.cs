using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using Grpc.Net.Client;
using Regiemonitor.Contracts.OpgaveRegistry.V1;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Toezicht;

/// <summary>
/// A stack of its own for the toezicht inputs of the registry, because the tests write to it
/// (a derivation touches every gemeente) and other classes read fixed toezicht figures. The
/// registry is called on its own port over HTTP/2, as the gateway does; what it stored is read
/// back with <c>GetToezicht</c>. Holds taakstellingen 2025-1 for four gemeenten of Drenthe.
/// </summary>
public sealed class RegisterStapel : IAsyncLifetime
{
    private const int Registry = 1;

    public const string Taakstellingen = """
        periode,gemeentecode,taakstelling
        2025-1,GM0106,100
        2025-1,GM0114,120
        2025-1,GM0109,60
        2025-1,GM0118,80
        """;

    private GrpcChannel? _kanaal;

    public Stapel Stapel { get; private set; } = null!;

    /// <summary>The registry itself, HTTP/2 without TLS (prior knowledge), like the gateway's forwarding.</summary>
    public HttpClient Http { get; private set; } = null!;

    public ToezichtRegisterService.ToezichtRegisterServiceClient Grpc => new(_kanaal);

    public string Database => Path.Combine(Stapel.DataMap, "toezicht.db");

    public async Task InitializeAsync()
    {
        Stapel = await Stapel.Start();
        Http = new HttpClient
        {
            BaseAddress = Stapel.Service(Registry),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        _kanaal = GrpcChannel.ForAddress(Stapel.Service(Registry));
        using var antwoord = await Post("/api/v1/taakstelling/taakstellingen", Taakstellingen);
        if (antwoord.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"taakstellingen: {antwoord.StatusCode} {await antwoord.Content.ReadAsStringAsync()}");
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        _kanaal?.Dispose();
        await Stapel.DisposeAsync();
    }

    public Task<Toezichtgegevens> Toezicht() => Grpc.GetToezichtAsync(new GetToezichtRequest()).ResponseAsync;

    public Task<HttpResponseMessage> Post(string pad, string inhoud, string mediaType = "text/csv") => Post(pad, Encoding.UTF8.GetBytes(inhoud), mediaType);

    public Task<HttpResponseMessage> Post(string pad, byte[] inhoud, string mediaType) => Http.PostAsync(pad, Body(inhoud, mediaType));

    public Task<HttpResponseMessage> Put(string pad, string json) => Http.PutAsync(pad, Body(Encoding.UTF8.GetBytes(json), "application/json"));

    /// <summary>
    /// The bytes of toezicht.db (and whether a journal is pending): a refused input must leave both
    /// as they were. On the PostgreSQL run: every row of the registry's database.
    /// </summary>
    public string Vingerafdruk() => TestPostgres.Actief
        ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Opslag.Inhoud(Stapel.DataMap))))
        : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Database))) + (File.Exists(Database + "-journal") ? "+journal" : "");

    private static ByteArrayContent Body(byte[] inhoud, string mediaType)
    {
        var body = new ByteArrayContent(inhoud);
        body.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return body;
    }

    /// <summary>
    /// A minimal .xlsx with the given sheets: whole numbers become numeric cells, a text starting
    /// with '=' a formula cell (with a cached value, as Excel saves it), anything else an inline string.
    /// </summary>
    public static byte[] Werkmap(params (string Naam, string[][] Rijen)[] bladen)
    {
        const string Hoofd = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        const string Pakket = "http://schemas.openxmlformats.org/package/2006/relationships";
        using var uitvoer = new MemoryStream();
        using (var zip = new ZipArchive(uitvoer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Deel(zip, "_rels/.rels", $"""<Relationships xmlns="{Pakket}"><Relationship Id="r1" Type="{Rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Deel(zip, "xl/workbook.xml", $"""<workbook xmlns="{Hoofd}" xmlns:r="{Rel}"><sheets>{string.Concat(bladen.Select((b, i) =>
                $"""<sheet name="{SecurityElement.Escape(b.Naam)}" sheetId="{i + 1}" r:id="r{i + 1}"/>"""))}</sheets></workbook>""");
            Deel(zip, "xl/_rels/workbook.xml.rels", $"""<Relationships xmlns="{Pakket}">{string.Concat(bladen.Select((_, i) =>
                $"""<Relationship Id="r{i + 1}" Type="{Rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""))}</Relationships>""");
            for (var i = 0; i < bladen.Length; i++)
                Deel(zip, $"xl/worksheets/sheet{i + 1}.xml", $"""<worksheet xmlns="{Hoofd}"><sheetData>{string.Concat(bladen[i].Rijen.Select((rij, r) =>
                    $"""<row r="{r + 1}">{string.Concat(rij.Select((cel, k) => Cel($"{(char)('A' + k)}{r + 1}", cel)))}</row>"""))}</sheetData></worksheet>""");
        }
        return uitvoer.ToArray();
    }

    private static string Cel(string verwijzing, string waarde) =>
        waarde.StartsWith('=') ? $"""<c r="{verwijzing}"><f>{SecurityElement.Escape(waarde[1..])}</f><v>0</v></c>"""
        : long.TryParse(waarde, out _) ? $"""<c r="{verwijzing}"><v>{waarde}</v></c>"""
        : $"""<c r="{verwijzing}" t="inlineStr"><is><t>{SecurityElement.Escape(waarde)}</t></is></c>""";

    private static void Deel(ZipArchive zip, string pad, string xml)
    {
        using var stroom = zip.CreateEntry(pad).Open();
        stroom.Write(Encoding.UTF8.GetBytes(xml));
    }
}
