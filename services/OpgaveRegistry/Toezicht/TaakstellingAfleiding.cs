using System.Globalization;
using Regiemonitor.Calculation.Core;
using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Imports;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>The outcome of a derivation: the write, and the national number with the sum of the parts.</summary>
public sealed record Afleiding(ImportUitkomst Uitkomst, long Landelijk, long Som);

/// <summary>
/// Derives every gemeente's taakstelling for a half-year from the national number
/// (Huisvestingswet art. 29, <see cref="Taakstellingsverdeling"/>), using the inwoners of
/// 1 January of the previous year. Only that date is right: a split on other inwoners would
/// differ from the published one, so a periode whose date the registry does not have is refused.
/// </summary>
public sealed class TaakstellingAfleiding(ToezichtStore store, GebiedRegister register, Inwonerspeildatum inwoners, TimeProvider tijd)
{
    public static readonly string[] Kolommen = ["periode", "landelijk"];

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public Afleiding Leid(byte[] inhoud)
    {
        var fouten = new List<ImportFout>();
        var verzoek = JsonVerzoek.Lees(inhoud, Kolommen, fouten);
        if (verzoek is null) return new Afleiding(ImportUitkomst.Afgewezen(fouten), 0, 0);
        var periode = ToezichtVelden.Periode(verzoek, "periode", fouten);
        var landelijk = Velden.Aantal(verzoek, "landelijk", fouten);
        var gemeenten = register.Huidig.Gebieden.Where(g => g.Gebied.Niveau == Niveau.Gemeente)
            .Select(g => (g.Gebied.Code, g.Inwoners)).ToList();
        // More than there are inhabitants is a typo, and would overflow the sum of the parts.
        if (landelijk > gemeenten.Sum(g => g.Inwoners))
            fouten.Add(new ImportFout(1, "landelijk", $"landelijk {landelijk} is groter dan het aantal inwoners van Nederland ({gemeenten.Sum(g => g.Inwoners)})."));
        if (periode is { } p && p.InwonersPeildatum != inwoners.Datum)
            fouten.Add(new ImportFout(1, "periode",
                $"Voor {p} zijn de inwoners van {p.InwonersPeildatum.ToString("d MMMM yyyy", Nl)} nodig (1 januari van het voorgaande jaar); "
                + $"beschikbaar zijn alleen de inwoners van {inwoners.Datum.ToString("d MMMM yyyy", Nl)}, waarmee {Periodes(inwoners.Datum)} kunnen worden afgeleid. "
                + "Importeer de taakstellingen van deze periode per gemeente."));
        if (fouten.Count > 0) return new Afleiding(ImportUitkomst.Afgewezen(fouten), 0, 0);

        var verdeling = Taakstellingsverdeling.Verdeel(landelijk!.Value, gemeenten);
        var som = verdeling.Values.Sum();
        var hash = Inhoudshash.Van(gemeenten.Select(g => new object[] { periode!.Value, landelijk.Value, g.Code, g.Inwoners }));

        var uitkomst = store.Schrijf("afleiding", hash, verdeling.Count, tijd.GetUtcNow(),
            stand => [.. Uitruiltoets.NaNieuweTaakstellingen(stand, periode!.Value, verdeling, 1, "landelijk")],
            (_, vastlegging) =>
            {
                var regel = 0;
                foreach (var (gemeente, aantal) in verdeling.OrderBy(v => v.Key, StringComparer.Ordinal))
                    vastlegging.Taakstelling(++regel, periode!.Value, gemeente, aantal, "afgeleid");
            });
        return new Afleiding(uitkomst, landelijk.Value, som);
    }

    /// <summary>The half-years whose inwoners date is <paramref name="datum"/>: both halves of the next year.</summary>
    private static string Periodes(DateOnly datum) => $"{datum.Year + 1}-1 en {datum.Year + 1}-2";
}
