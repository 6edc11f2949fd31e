namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>The known policies by code, and the parts every policy shares.</summary>
public static class IbtBeleid
{
    public static IReadOnlyList<IIbtBeleid> Alle { get; } = [new AbsoluutBeleid(), new TrendBeleid()];

    public static IIbtBeleid Van(string code) =>
        Alle.FirstOrDefault(b => b.Code == code)
        ?? throw new ArgumentException($"Onbekend IBT-beleid '{code}'; bekend zijn: {string.Join(", ", Alle.Select(b => b.Code))}.", nameof(code));

    /// <summary>The grondslag rule, the same in every policy, as a sentence for <see cref="IIbtBeleid.Regels"/>.</summary>
    internal const string GrondslagRegel =
        "Zijn op 1 april of 1 oktober minder vergunninghouders gekoppeld dan de totaalopgave (koppelingstekort), "
        + "dan wordt de gemeente beoordeeld op het aantal gekoppelde vergunninghouders in plaats van op de totaalopgave.";

    /// <summary>
    /// The common start of an assessment: the grondslag and doel with the sentences that explain
    /// them, or null when the period lacks the figures to assess it.
    /// </summary>
    internal static Vaststelling? StelVast(PeriodeResultaat periode)
    {
        ArgumentNullException.ThrowIfNull(periode);
        if (periode.Totaalopgave is not { } totaal || periode.Gehuisvest is not { } gehuisvest
            || periode.Grondslag is not { } grondslag || periode.Doel is not { } doel)
            return null;

        var redenen = new List<string>();
        string waarvan;
        if (grondslag == Grondslag.Koppelingstekort)
        {
            redenen.Add($"Koppelingstekort: op {Opmaak.Datum(periode.Periode.Koppelingsdatum)} waren {Opmaak.Getal(doel)} "
                + $"vergunninghouders gekoppeld, minder dan de totaalopgave {Opmaak.Getal(totaal)}; beoordeeld op de koppelingen.");
            waarvan = $"{Opmaak.Getal(doel)} gekoppelde vergunninghouders";
        }
        else waarvan = $"totaalopgave {Opmaak.Getal(doel)}";

        var tekort = checked(doel - gehuisvest);
        redenen.Add(tekort > 0
            ? $"Gehuisvest {Opmaak.Getal(gehuisvest)} van {waarvan}: tekort {Opmaak.Getal(tekort)}."
            : $"Gehuisvest {Opmaak.Getal(gehuisvest)} van {waarvan}: gehaald.");
        return new Vaststelling(grondslag, doel, gehuisvest, tekort, redenen);
    }

    internal static Beoordeling Maak(IIbtBeleid beleid, PeriodeResultaat periode, Vaststelling v, int trede, IbtBeleidsinstelling instelling) =>
        new(periode.Gemeente, periode.Periode, trede, Treden.Van(trede).Kleur, v.Grondslag, v.Doel, v.Gehuisvest,
            v.Redenen, beleid.Code, instelling.Versie);

    internal static string Beschrijf(int trede) => $"trede {trede} ({Treden.Van(trede).Kleur}, {Treden.Van(trede).Naam.ToLowerInvariant()})";
}

/// <summary>The figures of one assessment before a policy picks the trede.</summary>
/// <remarks>
/// <para><c>Tekort</c>: Doel - Gehuisvest; zero or negative means gehaald.</para>
/// </remarks>
internal sealed record Vaststelling(Grondslag Grondslag, long Doel, long Gehuisvest, long Tekort, List<string> Redenen)
{
    public bool Gehaald => Tekort <= 0;
}
