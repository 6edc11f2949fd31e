using Grpc.Core;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Edities;
using Regiemonitor.Reporting.Landkaarten;
using Regiemonitor.Reporting.Pagina;
using Dashboard = Regiemonitor.Contracts.Calculation.V1.Dashboard;
using GebiedBoom = Regiemonitor.Calculation.Core.GebiedBoom;
using Niveau = Regiemonitor.Calculation.Core.Niveau;

namespace Regiemonitor.Reporting.Tests.Edities;

/// <summary>
/// The province of Utrecht with two gemeenten, Drenthe beside it, and a dashboard built by hand
/// as the calculation service would answer it with versions and batches filled in.
/// </summary>
internal static class Voorbeelden
{
    internal const string RealisatieVersie = "realisatie-3";
    internal const string OpgaveVersie = "opgaven-2";
    internal static readonly DateTimeOffset Vastgesteld = new(2024, 9, 12, 8, 15, 0, TimeSpan.Zero);

    internal static readonly GebiedBoom Boom = new(
    [
        new("NL", "Nederland", Niveau.Land, null),
        new("PV26", "Utrecht", Niveau.Provincie, "NL"),
        new("VR09", "Utrecht", Niveau.Veiligheidsregio, "PV26"),
        new("GM0344", "Utrecht", Niveau.Gemeente, "VR09"),
        new("GM0307", "Amersfoort", Niveau.Gemeente, "VR09"),
        new("PV22", "Drenthe", Niveau.Provincie, "NL"),
        new("VR03", "Drenthe", Niveau.Veiligheidsregio, "PV22"),
        new("GM0106", "Assen", Niveau.Gemeente, "VR03"),
    ]);

    private static readonly Lazy<Grenzen> GeladenGrenzen = new(() => Grenzen.Laad(RepoPad("services", "Reporting", "Referentiedata", "geo")));

    internal static Grenzen Grenzen => GeladenGrenzen.Value;

    internal static Editie Editie(string gebiedcode = "PV26") => new(
        "editie-0191e5a0c0f07a4b9c1d2e3f40516273", gebiedcode, new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 2),
        RealisatieVersie, OpgaveVersie,
        [
            new EditieBron("COA", new DateOnly(2024, 9, 1), ["realisatie-coa-1"]),
            new EditieBron("KCIO", new DateOnly(2024, 9, 2), ["realisatie-kcio-1", "realisatie-kcio-2"]),
        ],
        "secretaris PRT Utrecht", Vastgesteld, "PRT 12 september 2024");

    /// <summary>A dashboard of <paramref name="code"/> on 1 September 2024 with asiel 1.000 against a schema of 1.100.</summary>
    internal static Dashboard Dashboard(string code = "PV26", string naam = "Utrecht", string niveau = "provincie", long asiel = 1000)
    {
        var d = new Dashboard
        {
            Gebied = new Gebied { Code = code, Naam = naam, Niveau = niveau },
            Peildatum = "2024-09-01", RealisatieTot = "2024-09-02",
            RealisatieVersie = RealisatieVersie, OpgaveVersie = OpgaveVersie,
            Totaal = Rij(code, naam, niveau, asiel),
        };
        d.Kaarten.AddRange(Kaarten(asiel));
        if (niveau != "gemeente")
            d.Rijen.AddRange([Rij("GM0307", "Amersfoort", "gemeente", asiel / 2), Rij("GM0344", "Utrecht", "gemeente", asiel / 2)]);
        return d;
    }

    private static TabelRij Rij(string code, string naam, string niveau, long asiel)
    {
        var rij = new TabelRij { Gebied = new Gebied { Code = code, Naam = naam, Niveau = niveau } };
        rij.Kaarten.AddRange(Kaarten(asiel));
        return rij;
    }

    private static IEnumerable<Kaart> Kaarten(long asiel)
    {
        foreach (var categorie in Teksten.Categorieen)
        {
            var k = new Kaart { Categorie = categorie };
            if (categorie == "asiel")
            {
                k.Startdatum = "2024-01-01"; k.Startpunt = 1000; k.Einddatum = "2025-01-01"; k.Eindpunt = 1300;
                k.IndicatiefSchema = 1100; k.Realisatie = asiel; k.Achterstand = 1100 - asiel;
                k.PercentageTienden = asiel * 1000 / 1100; k.Status = "oranje"; k.Delta = 1300 - asiel;
                k.Regulier = asiel; k.Noodopvang = 0; k.Tgo = 0;
                k.Bronnen.Add(new BronStand { Bron = "COA", Peildatum = "2024-09-01", BatchIds = { "realisatie-coa-1" } });
                k.Reeks.Add(new RealisatiePunt { Peildatum = "2024-09-01", Aantal = asiel });
            }
            if (categorie == "oekraine")
            {
                k.Realisatie = 700;
                k.Bronnen.Add(new BronStand { Bron = "KCIO", Peildatum = "2024-09-02", BatchIds = { "realisatie-kcio-2", "realisatie-kcio-1" } });
            }
            if (categorie == "amv")
                k.Bronnen.Add(new BronStand { Bron = "COA", Peildatum = "2024-09-01", BatchIds = { "realisatie-coa-1" } });
            yield return k;
        }
    }

    internal static PaginaInvoer Invoer(Dashboard d, Editie? editie, bool inline = false, Paginakeuzes? keuzes = null) =>
        new(d, Boom, Grenzen, keuzes ?? Paginakeuzes.Standaard, "", inline,
            code => editie is null || editie.Dekt(Boom, code), new DateOnly(2024, 9, 12), editie);

    internal static string RepoPad(params string[] delen)
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
            if (File.Exists(Path.Combine(map.FullName, "Regiemonitor.slnx")))
                return Path.Combine([map.FullName, .. delen]);
        throw new DirectoryNotFoundException("Regiemonitor.slnx niet gevonden boven " + AppContext.BaseDirectory);
    }
}

/// <summary>A calculation client that answers every dashboard question with the given dashboard (or status) and remembers the questions.</summary>
internal sealed class Rekendienst(Func<GetDashboardRequest, Dashboard> antwoord) : CalculationService.CalculationServiceClient
{
    public List<GetDashboardRequest> Vragen { get; } = [];

    public override AsyncUnaryCall<Dashboard> GetDashboardAsync(GetDashboardRequest request, CallOptions options)
    {
        Vragen.Add(request.Clone());
        Task<Dashboard> taak;
        try { taak = Task.FromResult(antwoord(request)); }
        catch (RpcException e) { taak = Task.FromException<Dashboard>(e); }
        return new(taak, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }
}

internal sealed class VasteTijd(DateTimeOffset nu) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => nu;
}
