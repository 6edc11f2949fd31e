using Regiemonitor.ServiceDefaults.Events;

namespace Regiemonitor.ServiceDefaults.Tests.Events;

public sealed class OntvangenGebeurtenissenTests
{
    [Fact]
    public void Bevat_NaOnthouden_WaarVoorDatIdEnNietVoorAndere()
    {
        var gezien = new OntvangenGebeurtenissen();
        gezien.Onthoud("a");

        Assert.True(gezien.Bevat("a"));
        Assert.False(gezien.Bevat("b"));
    }

    [Fact]
    public void Onthoud_VoorbijDeGrens_VergeetHetOudste()
    {
        var gezien = new OntvangenGebeurtenissen();
        for (var i = 0; i <= 4096; i++) gezien.Onthoud($"id-{i}");

        Assert.False(gezien.Bevat("id-0"));
        Assert.True(gezien.Bevat("id-1"));
        Assert.True(gezien.Bevat("id-4096"));
    }
}
