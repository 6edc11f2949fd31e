namespace Regiemonitor.Calculation.Core;

/// <summary>
/// Computes a gebied's dashboard from the opgave periods and realisatie counts (DOMAIN.md §3).
/// Every record is added to its own gebied and each ancestor in one pass, so the card and all
/// table rows come from the same sums.
/// </summary>
public sealed class Dashboardberekening(TimeProvider tijd)
{
    /// <summary>
    /// Computes the dashboard of <paramref name="gebiedcode"/>. <paramref name="peildatum"/>
    /// defaults to today (Europe/Amsterdam), <paramref name="realisatieTot"/> to the peildatum.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The gebiedcode is not in the tree.</exception>
    public Dashboard Bereken(
        GebiedBoom boom,
        IEnumerable<OpgavePeriode> opgaven,
        IEnumerable<RealisatieTelling> tellingen,
        string gebiedcode,
        DateOnly? peildatum = null,
        DateOnly? realisatieTot = null)
    {
        var gebied = boom.Get(gebiedcode);
        var d = peildatum ?? tijd.Vandaag();
        var r = realisatieTot ?? d;
        var rijen = boom.TabelRijen(gebiedcode);

        var regios = Veiligheidsregios(boom, gebied);
        var gevraagd = new HashSet<string>(rijen.Concat(regios).Select(g => g.Code)) { gebiedcode };
        var sommen = new Dictionary<(string, Categorie), Som>();
        Som SomVoor(string code, Categorie c) =>
            sommen.TryGetValue((code, c), out var s) ? s : sommen[(code, c)] = new Som();

        // Records for a gebied outside the tree (e.g. a code ended by a herindeling) cannot be
        // placed under any area, so they count nowhere; the stores refuse such codes on import.
        foreach (var reeks in opgaven.Where(p => boom.Bevat(p.Gebiedcode)).GroupBy(p => (p.Categorie, p.Gebiedcode)))
        {
            var periode = IndicatiefSchema.KiesPeriode([.. reeks], d)!;
            var schema = IndicatiefSchema.Waarde(periode, d);
            foreach (var code in ZelfEnVoorouders(boom, reeks.Key.Gebiedcode, gevraagd))
                SomVoor(code, reeks.Key.Categorie).VoegToe(periode, schema, boom.Get(reeks.Key.Gebiedcode).Niveau);
        }

        foreach (var t in RealisatieSelectie.Laatste(tellingen, r))
        {
            if (!boom.Bevat(t.Gebiedcode)) continue;
            foreach (var code in ZelfEnVoorouders(boom, t.Gebiedcode, gevraagd))
                SomVoor(code, t.Categorie).VoegToe(t);
        }

        TabelRij Rij(Gebied g) => new(g, [.. Codes.AlleCategorieen.Select(c =>
            sommen.TryGetValue((g.Code, c), out var s) ? s.Kaart(c) : Som.Leeg(c))]);

        var totaal = Rij(gebied);
        var subboom = boom.Subboom(gebiedcode).Select(g => g.Code).ToHashSet();
        var tellingenPerCategorie = tellingen.ToLookup(t => t.Categorie);
        var kaarten = totaal.Kaarten.Select(k => k with
        {
            Reeks = Realisatiereeks.Bereken(tellingenPerCategorie[k.Categorie], subboom.Contains, k.Startdatum ?? DateOnly.MinValue, r),
        }).ToList();
        // The totals row is the gebied's own figures: the very cards shown at the top.
        return new Dashboard(gebied, d, r, kaarten, [.. rijen.Select(Rij)], totaal with { Kaarten = kaarten }, [.. regios.Select(Rij)]);
    }

    private static IReadOnlyList<Gebied> Veiligheidsregios(GebiedBoom boom, Gebied gebied) => gebied.Niveau switch
    {
        Niveau.Land or Niveau.Gemeente => [],
        Niveau.Veiligheidsregio => [gebied],
        _ => boom.Subboom(gebied.Code).Where(g => g.Niveau == Niveau.Veiligheidsregio).OrderBy(g => g.Code, StringComparer.Ordinal).ToList(),
    };

    /// <summary>The requested gebieden a record at <paramref name="code"/> counts in: itself, its ancestors and its regio's.</summary>
    private static IEnumerable<string> ZelfEnVoorouders(GebiedBoom boom, string code, HashSet<string> gevraagd)
    {
        if (gevraagd.Contains(code)) yield return code;
        foreach (var v in boom.Voorouders(code).Concat(boom.Regios(code)))
            if (gevraagd.Contains(v.Code)) yield return v.Code;
    }

    /// <summary>Running sums of one (gebied, categorie).</summary>
    private sealed class Som
    {
        private bool _heeftOpgave;
        private DateOnly _startdatum = DateOnly.MaxValue, _einddatum = DateOnly.MinValue;
        private long _startpunt, _eindpunt;
        private Breuk _schema = Breuk.Nul;
        private long? _realisatie;
        private Dictionary<Onderdeel, long>? _onderdelen;
        private readonly SortedDictionary<Bron, DateOnly> _bronnen = new();
        private readonly List<string> _besluiten = [];
        private readonly Dictionary<Niveau, int> _verdeling = [];

        public void VoegToe(OpgavePeriode p, Breuk schema, Niveau niveau)
        {
            _heeftOpgave = true;
            if (p.Besluit.Length > 0 && !_besluiten.Contains(p.Besluit)) _besluiten.Add(p.Besluit);
            _verdeling[niveau] = _verdeling.GetValueOrDefault(niveau) + 1;
            // Summed records normally share their dates; if not, the card spans the widest range.
            if (p.Startdatum < _startdatum) _startdatum = p.Startdatum;
            if (p.Einddatum > _einddatum) _einddatum = p.Einddatum;
            _startpunt = checked(_startpunt + p.Startwaarde);
            _eindpunt = checked(_eindpunt + p.Eindwaarde);
            _schema += schema;
        }

        public void VoegToe(RealisatieTelling t)
        {
            _realisatie = checked((_realisatie ?? 0) + t.Aantal);
            if (t.Onderdeel is { } o)
            {
                _onderdelen ??= new Dictionary<Onderdeel, long>();
                _onderdelen[o] = checked(_onderdelen.GetValueOrDefault(o) + t.Aantal);
            }
            if (!_bronnen.TryGetValue(t.Bron, out var peil) || t.Peildatum > peil) _bronnen[t.Bron] = t.Peildatum;
        }

        public Kaart Kaart(Categorie c) => new(
            c,
            _heeftOpgave ? _startdatum : null,
            _heeftOpgave ? _startpunt : null,
            _heeftOpgave ? _einddatum : null,
            _heeftOpgave ? _eindpunt : null,
            _heeftOpgave ? _schema : null,
            _realisatie,
            c == Categorie.Asiel && _realisatie is not null
                ? Enum.GetValues<Onderdeel>().ToDictionary(o => o, o => _onderdelen?.GetValueOrDefault(o) ?? 0)
                : null,
            [.. _bronnen.Select(b => new BronStand(b.Key, b.Value))],
            [.. _besluiten],
            new Dictionary<Niveau, int>(_verdeling));

        public static Kaart Leeg(Categorie c) => new Som().Kaart(c);
    }
}
