using Microsoft.Extensions.Logging.Abstractions;
using Regiemonitor.Reporting.Events;

namespace Regiemonitor.Reporting.Tests.Events;

public sealed class ExportcacheTests
{
    private readonly Exportcache _cache = new(NullLogger<Exportcache>.Instance);
    private int _geprint;

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
}
