using System.Text;
using Regiemonitor.Reporting.Toezicht;

namespace Regiemonitor.Reporting.Tests.Toezicht;

public sealed class ToezichtlinksTests
{
    private static string Schrijf(Regiemonitor.Contracts.Calculation.V1.Gebied gebied, DateOnly? vandaag)
    {
        var html = new StringBuilder();
        Toezichtlinks.Schrijf(html, gebied, vandaag);
        return html.ToString();
    }

    [Theory]
    [InlineData(2026, 11, 23, "2026-2", "tweede halfjaar 2026")]
    [InlineData(2026, 6, 30, "2026-1", "eerste halfjaar 2026")]
    public void Schrijf_Provincie_LinksToTheCurrentHalfYearPrognoseAndScenarios(int jaar, int maand, int dag, string periode, string woorden)
    {
        var html = Schrijf(Voorbeelden.Provincie, new DateOnly(jaar, maand, dag));

        Assert.Contains($"""<a href="/dashboards/PV26/voortgang/{periode}">Voortgangsrapportage {woorden}</a>""", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="/dashboards/PV26/prognose">""", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="/dashboards/PV26/scenarios">""", html, StringComparison.Ordinal);
        Assert.StartsWith("""<nav class="rm-toezichtlinks" aria-label="Toezicht en planning">""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Schrijf_Gemeente_Nothing() =>
        Assert.Equal("", Schrijf(Voorbeelden.Gemeente("GM0344", "Utrecht"), new DateOnly(2026, 11, 23)));
}
