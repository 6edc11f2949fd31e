using Regiemonitor.Calculation.Core.Toezicht;

namespace Regiemonitor.Calculation.Core.Tests.Toezicht;

/// <summary>Builders for IBT tests: only the figures an assessment reads matter.</summary>
internal static class IbtTestdata
{
    public static PeriodeResultaat Resultaat(string periode, long? totaalopgave, long? gehuisvest, long? koppelingen = null, string gemeente = "Zeist") =>
        new(gemeente, Halfjaar.Parse(periode), totaalopgave ?? 0, totaalopgave is null ? null : 0, totaalopgave, gehuisvest,
            null, null, totaalopgave - gehuisvest, koppelingen, []);

    public static IbtBeleidsinstelling Instelling(string beleid, string vanaf = "2023-1", int maxTrede = 5) =>
        new("Utrecht", beleid, 3, Halfjaar.Parse(vanaf), maxTrede);

    public static Bijstelling Bijstelling(string periode, int trede, DateTimeOffset? tijdstip = null, string gemeente = "Zeist") =>
        new(gemeente, Halfjaar.Parse(periode), trede, "Gemeente heeft een concreet plan met locaties", "J. de Vries",
            tijdstip ?? new DateTimeOffset(2024, 1, 15, 10, 0, 0, TimeSpan.FromHours(1)));
}
