using System.Globalization;
using Halfjaar = Regiemonitor.Calculation.Core.Toezicht.Halfjaar;
using Regiemonitor.Contracts.Calculation.V1;
using Regiemonitor.Reporting.Weergave;

namespace Regiemonitor.Reporting.Toezicht;

/// <summary>
/// How toezicht figures read in Dutch, for page, export and JSON alike: periods in words, whole
/// percentages as the provincial reports print them, a voorsprong named as such, treden in words.
/// Numbers and dates themselves go through <see cref="Opmaak"/>.
/// </summary>
public static class Toezichtopmaak
{

    /// <summary>"eerste halfjaar 2023 (1 januari – 1 juli 2023)"; the end date is the first day after the period, as the reports write it.</summary>
    public static string Periode(Halfjaar h)
    {
        var van = h.Start.Year == h.Eind.Year ? h.Start.ToString("d MMMM", Opmaak.Nl) : Opmaak.Datum(h.Start);
        return $"{PeriodeKort(h)} ({van} – {Opmaak.Datum(h.Eind)})";
    }

    /// <summary>When a policy applies from: a half-year ("eerste halfjaar 2024"), or a date as given.</summary>
    public static string Vanaf(string vanaf) => Halfjaar.TryParse(vanaf, out var h) ? PeriodeKort(h) : Opmaak.Tijdstip(vanaf);

    /// <summary>"eerste halfjaar 2023".</summary>
    public static string PeriodeKort(Halfjaar h) => $"{(h.Helft == 1 ? "eerste" : "tweede")} halfjaar {h.Jaar}";

    /// <summary>The periode in words when it parses, else as given (a contract value is never hidden).</summary>
    public static string Periode(string periode) => Halfjaar.TryParse(periode, out var h) ? Periode(h) : periode;

    /// <summary>
    /// A percentage rounded to a whole number, half away from zero, like the published reports
    /// (1635 of 1055 is 155 %, of 1477 is 111 %); null when there is none.
    /// </summary>
    public static long? HeelPercentage(Breuk? breuk) => breuk is { Noemer: not 0 } b
        ? (long)Math.Round((decimal)b.Teller / b.Noemer, 0, MidpointRounding.AwayFromZero)
        : null;

    /// <summary>A percentage to one decimal (half away from zero), for coverage figures such as 82,6 %.</summary>
    public static decimal? Tiende(Breuk? breuk) => breuk is { Noemer: not 0 } b
        ? Math.Round((decimal)b.Teller / b.Noemer, 1, MidpointRounding.AwayFromZero)
        : null;

    public static string HeelPercentageTekst(long? waarde) => waarde is { } w ? $"{Opmaak.Getal(w)} %" : "geen percentage";

    public static string TiendeTekst(decimal? waarde) => waarde is { } w ? Opmaak.Percentage(w) : "geen percentage";

    /// <summary>"achterstand 422" or "voorsprong 12": a negative achterstand is never shown as a bare minus.</summary>
    public static string Achterstand(long waarde) => waarde switch
    {
        > 0 => $"achterstand {Opmaak.Getal(waarde)}",
        < 0 => $"voorsprong {Opmaak.Getal(Math.Abs(waarde))}",
        _ => "0",
    };

    /// <summary>"+40", "-40" or "0": a difference reads as a change, not as an amount.</summary>
    public static string MetTeken(long waarde) => waarde > 0 ? "+" + Opmaak.Getal(waarde) : Opmaak.Getal(waarde);

    /// <summary>How the number of gemeenten on a trede changed: "2 meer", "1 minder" or "gelijk".</summary>
    public static string Verandering(int nu, int vorig) => (nu - vorig) switch
    {
        > 0 and var d => $"{d} meer",
        < 0 and var d => $"{-d} minder",
        _ => "gelijk",
    };

    /// <summary>"Trede 2 (geel): achterstand": the colour in words too, so the dot is never the only carrier.</summary>
    public static string Trede(int trede, string kleur, string naam) =>
        $"Trede {trede} ({kleur}): {naam.ToLower(Opmaak.Nl)}";

    /// <summary>The dot's class; an unknown colour gets the neutral one rather than a broken class.</summary>
    public static string TredeKlasse(string kleur) =>
        kleur is "groen" or "geel" or "oranje" or "rood" or "paars" ? $"rm-trede-{kleur}" : "rm-status-onbekend";

    public static string Grondslag(string grondslag) => grondslag switch
    {
        "totaalopgave" => "Totaalopgave",
        "koppelingstekort" => "Koppelingstekort: beoordeeld op het aantal tijdig gekoppelde vergunninghouders",
        _ => grondslag,
    };

    public static string Correctieveld(string veld) => veld switch
    {
        "achterstand" => "achterstand bij begin",
        "gehuisvest" => "gehuisvest",
        _ => veld,
    };

    public static string ScenarioStatus(string status) => status switch
    {
        "concept" => "Concept",
        "ambtelijk" => "Ambtelijk",
        "collegebesluit" => "Collegebesluit",
        _ => status,
    };
}
