using Regiemonitor.Calculation.Core;
using C = Regiemonitor.Contracts.Calculation.V1;

namespace Regiemonitor.Calculation.Api;

/// <summary>Maps between the core's exact types and the gRPC contracts.</summary>
public static class ContractMapping
{
    public static OpgavePeriode NaarCore(Contracts.OpgaveRegistry.V1.OpgavePeriode p) => new(
        Codes.ParseCategorie(p.Categorie), p.Gebiedcode, IsoDatum(p.Startdatum), p.Startwaarde,
        IsoDatum(p.Einddatum), p.Eindwaarde, p.Besluit);

    public static RealisatieTelling NaarCore(Contracts.Ingestion.V1.RealisatieTelling t) => new(
        Codes.ParseBron(t.Bron), Codes.ParseCategorie(t.Categorie),
        t.Onderdeel.Length == 0 ? null : Codes.ParseOnderdeel(t.Onderdeel), t.Gebiedcode, IsoDatum(t.Peildatum), t.Aantal);

    /// <param name="stand">The data the dashboard was computed from: its versions, and the batches each bron's figure comes from.</param>
    public static C.Dashboard NaarContract(Dashboard d, Bronbatches bronbatches, Gegevensstand stand)
    {
        var contract = new C.Dashboard
        {
            Gebied = NaarContract(d.Gebied), Peildatum = d.Peildatum.Iso(), RealisatieTot = d.RealisatieTot.Iso(),
            Totaal = NaarContract(d.Totaal, bronbatches),
            RealisatieVersie = stand.RealisatieVersie, OpgaveVersie = stand.OpgavenVersie,
        };
        contract.Kaarten.AddRange(d.Kaarten.Select(k => NaarContract(k, d.Gebied.Code, bronbatches)));
        contract.Rijen.AddRange(d.Rijen.Select(r => NaarContract(r, bronbatches)));
        contract.VeiligheidsregioRijen.AddRange(d.VeiligheidsregioRijen.Select(r => NaarContract(r, bronbatches)));
        return contract;
    }

    private static C.TabelRij NaarContract(TabelRij rij, Bronbatches bronbatches)
    {
        var contract = new C.TabelRij { Gebied = NaarContract(rij.Gebied) };
        contract.Kaarten.AddRange(rij.Kaarten.Select(k => NaarContract(k, rij.Gebied.Code, bronbatches)));
        return contract;
    }

    public static C.Gebied NaarContract(Gebied g) => new() { Code = g.Code, Naam = g.Naam, Niveau = g.Niveau.Code() };

    private static C.Kaart NaarContract(Kaart k, string gebiedcode, Bronbatches bronbatches)
    {
        var c = new C.Kaart { Categorie = k.Categorie.Code() };
        if (k.Startdatum is { } sd) c.Startdatum = sd.Iso();
        if (k.Startpunt is { } sp) c.Startpunt = sp;
        if (k.Einddatum is { } ed) c.Einddatum = ed.Iso();
        if (k.Eindpunt is { } ep) c.Eindpunt = ep;
        if (k.IndicatiefSchema is { } s)
        {
            c.IndicatiefSchema = s.AfrondenOpGeheel();
            c.IndicatiefSchemaExact = new C.Breuk { Teller = s.Teller, Noemer = s.Noemer };
        }
        if (k.Realisatie is { } r) c.Realisatie = r;
        if (k.Achterstand is { } a) c.Achterstand = a.AfrondenOpGeheel();
        if (k.Percentage is { } p) c.PercentageTienden = (p * 10).AfrondenOpGeheel();
        if (k.Status is { } st) c.Status = st.Code();
        if (k.Delta is { } delta) c.Delta = delta;
        if (k.Onderdelen is { } o)
        {
            c.Regulier = o[Onderdeel.Regulier];
            c.Noodopvang = o[Onderdeel.Noodopvang];
            c.Tgo = o[Onderdeel.Tgo];
        }
        c.Bronnen.AddRange(k.Bronnen.Select(b => new C.BronStand
        {
            Bron = b.Bron.Code(), Peildatum = b.Peildatum.Iso(), BatchIds = { bronbatches.Van(gebiedcode, k.Categorie, b.Bron) },
        }));
        c.Besluiten.AddRange(k.Besluiten);
        c.Verdeling.AddRange(k.Verdeling.OrderBy(v => v.Key).Select(v => new C.Verdeling { Niveau = v.Key.Code(), Aantal = v.Value }));
        c.Reeks.AddRange(k.Reeks.Select(p => new C.RealisatiePunt { Peildatum = p.Peildatum.Iso(), Aantal = p.Aantal }));
        return c;
    }

    private static DateOnly IsoDatum(string tekst) =>
        Kalender.TryParseIso(tekst, out var d) ? d : throw new FormatException($"Ongeldige datum '{tekst}' van een andere service.");
}
