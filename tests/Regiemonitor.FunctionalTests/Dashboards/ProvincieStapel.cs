using System.Net;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Dashboards;

/// <summary>
/// A stack with Drenthe built from gemeente records: the oekraine opgave at veiligheidsregio
/// VR03, asiel opgaven for Assen and Emmen, realisatie per gemeente.
/// </summary>
public sealed class ProvincieStapel : IAsyncLifetime
{
    public const string Opgaven = """
        categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde,besluit
        oekraine,VR03,2024-02-01,4625,2025-01-01,5722,"Verdeling VR Drenthe, 2024"
        asiel,GM0106,2024-01-01,500,2025-01-01,800,Spreidingswet
        asiel,GM0114,2024-01-01,300,2025-01-01,600,Spreidingswet
        """;

    public const string Realisatie = """
        bron,categorie,onderdeel,gebiedcode,peildatum,aantal
        KCIO,oekraine,,GM0106,2024-08-01,1000
        KCIO,oekraine,,GM0106,2024-09-01,1200
        KCIO,oekraine,,GM0106,2024-09-05,1300
        KCIO,oekraine,,GM0114,2024-09-01,2100
        KCIO,oekraine,,GM0118,2024-09-01,900
        COA,asiel,regulier,GM0106,2024-09-01,400
        COA,asiel,noodopvang,GM0106,2024-09-01,150
        COA,asiel,tgo,GM0106,2024-09-01,50
        COA,asiel,regulier,GM0114,2024-09-01,200
        COA,asiel,noodopvang,GM0114,2024-09-01,0
        COA,asiel,tgo,GM0114,2024-09-01,100
        """;

    /// <summary>A regio beside the tree: three gemeenten of Drenthe.</summary>
    public const string Regios = """
        regiocode,naam,gemeentecode
        RG01,Zuidoost-Drenthe,GM0114
        RG01,Zuidoost-Drenthe,GM0109
        RG01,Zuidoost-Drenthe,GM0118
        """;

    public Stapel Stapel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stapel = await Stapel.Start();
        foreach (var (pad, inhoud) in new[] { ("/api/v1/imports/regios", Regios), ("/api/v1/imports/opgaven", Opgaven), ("/api/v1/imports/realisatie", Realisatie) })
        {
            using var antwoord = await Stapel.PostCsv(pad, inhoud);
            if (antwoord.StatusCode != HttpStatusCode.Created)
                throw new InvalidOperationException($"{pad}: {antwoord.StatusCode} {await antwoord.Content.ReadAsStringAsync()}");
        }
    }

    public async Task DisposeAsync() => await Stapel.DisposeAsync();
}
