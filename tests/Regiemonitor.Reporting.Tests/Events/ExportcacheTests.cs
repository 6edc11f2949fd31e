using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Regiemonitor.Reporting.Events;
using Regiemonitor.ServiceDefaults.Telemetrie;

namespace Regiemonitor.Reporting.Tests.Events;

public sealed class ExportcacheTests
{
    // A meter factory of this test's own, so the measurements of tests running alongside stay apart.
    private readonly IMeterFactory _meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
    private readonly Exportcache _cache;
    private int _geprint;

    public ExportcacheTests() =>
        _cache = new(new Bedrijfsmetingen(_meters, new HostingEnvironment { ApplicationName = "Regiemonitor.Reporting" }), NullLogger<Exportcache>.Instance);

    private Task<byte[]> Print(string html)
    {
        _geprint++;
        return Task.FromResult(System.Text.Encoding.UTF8.GetBytes("pdf van " + html));
    }

    [Fact]
    public async Task Pdf_ZelfdeHtml_EenmaalGeprint()
    {
        var eerste = await _cache.Pdf("<p>NL</p>", Print);
        var tweede = await _cache.Pdf("<p>NL</p>", Print);

        Assert.Equal(1, _geprint);
        Assert.Equal(eerste, tweede);
    }

    [Fact]
    public async Task Pdf_AndereHtml_OpnieuwGeprint()
    {
        await _cache.Pdf("<p>NL</p>", Print);
        var ander = await _cache.Pdf("<p>PV22</p>", Print);

        Assert.Equal(2, _geprint);
        Assert.Equal("pdf van <p>PV22</p>", System.Text.Encoding.UTF8.GetString(ander));
    }

    [Fact]
    public async Task Wis_NaEenImportEvent_PrintOpnieuw()
    {
        await _cache.Pdf("<p>NL</p>", Print);

        _cache.Wis("realisatie-geimporteerd:b1");

        Assert.Equal(0, _cache.Aantal);
        await _cache.Pdf("<p>NL</p>", Print);
        Assert.Equal(2, _geprint);
    }

    [Fact]
    public async Task Pdf_TweemaalDezelfdeHtml_TeltEenMisserEnEenTreffer()
    {
        var geteld = new Dictionary<string, long>();
        using var luisteraar = new MeterListener();
        luisteraar.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, _meters)) l.EnableMeasurementEvents(instrument);
        };
        luisteraar.SetMeasurementEventCallback<long>((instrument, waarde, tags, _) =>
        {
            var cache = tags.ToArray().Single(t => t.Key == "cache").Value;
            geteld[$"{instrument.Name}{{{cache}}}"] = geteld.GetValueOrDefault($"{instrument.Name}{{{cache}}}") + waarde;
        });
        luisteraar.Start();

        await _cache.Pdf("<p>NL</p>", Print);
        await _cache.Pdf("<p>NL</p>", Print);

        Assert.Equal(1, geteld.GetValueOrDefault("regiemonitor.cache.missers{pdf}"));
        Assert.Equal(1, geteld.GetValueOrDefault("regiemonitor.cache.treffers{pdf}"));
    }
}
