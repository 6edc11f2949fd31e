using System.Globalization;

namespace Regiemonitor.Calculation.Core.Tests.Testdata;

/// <summary>Short constructors so each test reads as its scenario, not as plumbing.</summary>
internal static class Maak
{
    public static DateOnly Datum(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static OpgavePeriode Periode(string start, long startwaarde, string eind, long eindwaarde,
        Categorie categorie = Categorie.Oekraine, string gebied = "PV22") =>
        new(categorie, gebied, Datum(start), startwaarde, Datum(eind), eindwaarde);

    public static RealisatieTelling Telling(Bron bron, Categorie categorie, string gebied, string peildatum, long aantal,
        Onderdeel? onderdeel = null) =>
        new(bron, categorie, onderdeel, gebied, Datum(peildatum), aantal);

    public static IEnumerable<OpgavePeriode> Opgaven(string pad) => Csv.Lees(pad).Select(r => new OpgavePeriode(
        Codes.ParseCategorie(r["categorie"]), r["gebiedcode"],
        Datum(r["startdatum"]), long.Parse(r["startwaarde"], CultureInfo.InvariantCulture),
        Datum(r["einddatum"]), long.Parse(r["eindwaarde"], CultureInfo.InvariantCulture), r["besluit"]));

    public static IEnumerable<RealisatieTelling> Tellingen(string pad) => Csv.Lees(pad).Select(r => new RealisatieTelling(
        Codes.ParseBron(r["bron"]), Codes.ParseCategorie(r["categorie"]),
        r["onderdeel"].Length == 0 ? null : Codes.ParseOnderdeel(r["onderdeel"]), r["gebiedcode"],
        Datum(r["peildatum"]), long.Parse(r["aantal"], CultureInfo.InvariantCulture)));
}
