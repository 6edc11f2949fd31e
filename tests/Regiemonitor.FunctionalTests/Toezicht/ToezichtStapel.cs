using System.Net;
using System.Net.Http.Json;
using Regiemonitor.FunctionalTests.Infrastructuur;

namespace Regiemonitor.FunctionalTests.Toezicht;

/// <summary>
/// A stack with the province of Utrecht's published half-years 2022-2 and 2023-1 (DOMAIN.md §4)
/// spread over two gemeenten, loaded through the gateway as a data steward would: taakstellingen,
/// the achterstand carried in and the administrative correction as explicit corrections, TVS
/// counts, koppelingen, the province's trend policy, a scenario and a flexwonen project.
/// Province totals: 2022-2 taakstelling 1055, achterstand 422, gehuisvest 1635; 2023-1
/// taakstelling 1651, published voorsprong 150 (the arithmetic gives 158), gehuisvest 1138.
/// </summary>
public sealed class ToezichtStapel : IAsyncLifetime
{
    public const string Taakstellingen = """
        periode,gemeentecode,taakstelling
        2022-2,GM0344,600
        2022-2,GM0307,455
        2023-1,GM0344,950
        2023-1,GM0307,701
        """;

    public const string Correcties = """
        periode,gemeentecode,veld,waarde,reden
        2022-2,GM0344,achterstand,200,Achterstand volgens de voortgangsrapportage 2022-1
        2022-2,GM0307,achterstand,222,Achterstand volgens de voortgangsrapportage 2022-1
        2023-1,GM0307,achterstand,-50,Administratieve correctie: acht huisvestingen later toegerekend
        """;

    public const string Realisatie = """
        bron,categorie,onderdeel,gebiedcode,peildatum,aantal
        TVS,huisvesting,,GM0344,2022-12-31,900
        TVS,huisvesting,,GM0307,2022-12-31,735
        TVS,huisvesting,,GM0344,2023-06-30,600
        TVS,huisvesting,,GM0307,2023-06-30,538
        """;

    /// <summary>Amersfoort had only 500 linked by 1 April 2023, fewer than its totaalopgave 651.</summary>
    public const string Koppelingen = """
        periode,gemeentecode,koppelingen
        2023-1,GM0307,500
        """;

    public const string Opgaven = """
        categorie,gebiedcode,startdatum,startwaarde,einddatum,eindwaarde,besluit
        asiel,GM0344,2024-01-01,800,2025-01-01,1000,Spreidingswet
        asiel,GM0307,2024-01-01,300,2025-01-01,500,Spreidingswet
        """;

    /// <summary>Utrecht offers 50 asiel places more and 50 Oekraïne beds fewer: an uitruil.</summary>
    public const string Scenario = """
        gemeentecode,categorie,opgave,inbreng
        GM0344,asiel,1000,1050
        GM0344,oekraine,800,750
        GM0307,asiel,500,500
        """;

    public const string Projecten = """
        project,gemeentecode,eenheden,jaar
        Flexwonen Merwedekanaal,GM0344,120,2024
        """;

    /// <summary>A regio beside the tree, for the aggregate per region.</summary>
    public const string Regios = """
        regiocode,naam,gemeentecode
        RG26,Regio Utrecht-Amersfoort,GM0344
        RG26,Regio Utrecht-Amersfoort,GM0307
        """;

    public Stapel Stapel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stapel = await Stapel.Start();
        foreach (var (pad, inhoud) in new[]
        {
            ("/api/v1/imports/regios", Regios), ("/api/v1/taakstelling/taakstellingen", Taakstellingen), ("/api/v1/taakstelling/correcties", Correcties),
            ("/api/v1/imports/realisatie", Realisatie), ("/api/v1/taakstelling/koppelingen", Koppelingen),
            ("/api/v1/imports/opgaven", Opgaven), ("/api/v1/imports/projecten", Projecten),
            ("/api/v1/imports/scenarios?naam=Puzzel%202025&versie=eerste%20voorstel&status=concept", Scenario),
        })
            Verwacht(await Stapel.PostCsv(pad, inhoud), pad);
        Verwacht(await Stapel.Admin.PutAsJsonAsync("/api/v1/taakstelling/beleid/PV26", new { beleid = "trend", vanaf = "2022-2", maxTrede = 5 }), "beleid");
    }

    private static void Verwacht(HttpResponseMessage antwoord, string pad)
    {
        using (antwoord)
            if (antwoord.StatusCode != HttpStatusCode.Created)
                throw new InvalidOperationException($"{pad}: {antwoord.StatusCode} {antwoord.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
    }

    public async Task DisposeAsync() => await Stapel.DisposeAsync();
}
