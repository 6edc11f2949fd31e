using Regiemonitor.Reporting.Edities;
using Regiemonitor.ServiceDefaults.Opslag;
using Regiemonitor.ServiceDefaults.Tests.Opslag;

namespace Regiemonitor.Reporting.Tests.Edities;

/// <summary>The editions store on a real database of each provider (PostgreSQL when test.sh provides one).</summary>
public sealed class EditieStoreTests
{
    private static (Testopslag Opslag, EditieStore Store) Nieuw(OpslagProvider provider)
    {
        var opslag = Testopslag.Nieuw(provider, "edities");
        var store = new EditieStore(opslag.Database);
        store.Initialiseer();
        return (opslag, store);
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void Haal_StoredEdition_ComesBackExactly(OpslagProvider provider)
    {
        var (opslag, store) = Nieuw(provider);
        using var _ = opslag;
        var editie = Voorbeelden.Editie();
        store.Voeg(editie);

        var gelezen = store.Haal(editie.Id);

        Assert.NotNull(gelezen);
        Assert.Equal(EditieView.Van(editie).ToJsonString(), EditieView.Van(gelezen).ToJsonString());
        Assert.Equal(editie.VastgesteldOp, gelezen.VastgesteldOp);
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void Haal_UnknownId_Null(OpslagProvider provider)
    {
        var (opslag, store) = Nieuw(provider);
        using var _ = opslag;

        Assert.Null(store.Haal("editie-onbekend"));
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void Alle_SeveralEditions_NewestFirst(OpslagProvider provider)
    {
        var (opslag, store) = Nieuw(provider);
        using var _ = opslag;
        store.Voeg(Voorbeelden.Editie() with { Id = "editie-1" });
        store.Voeg(Voorbeelden.Editie("GM0344") with { Id = "editie-2", Bronnen = [] });

        Assert.Equal(["editie-2", "editie-1"], store.Alle().Select(e => e.Id));
        Assert.Empty(store.Haal("editie-2")!.Bronnen);
    }

    public static TheoryData<OpslagProvider, string> Wijzigingen()
    {
        var data = new TheoryData<OpslagProvider, string>();
        foreach (var provider in ((IEnumerable<object[]>)Testopslag.Providers).Select(p => (OpslagProvider)p[0]))
            foreach (var sql in new[] { "UPDATE editie SET door = 'iemand anders'", "DELETE FROM editie", "UPDATE editie_bron SET batch_ids = '[]'", "DELETE FROM editie_bron" })
                data.Add(provider, sql);
        return data;
    }

    [Theory]
    [MemberData(nameof(Wijzigingen))]
    public void Schema_ChangeToAStoredEdition_Refused(OpslagProvider provider, string sql)
    {
        var (opslag, store) = Nieuw(provider);
        using var _ = opslag;
        var editie = Voorbeelden.Editie();
        store.Voeg(editie);

        using (var db = opslag.Database.Open())
        {
            var fout = Assert.ThrowsAny<System.Data.Common.DbException>(() => db.Uitvoeren(null, sql));
            Assert.Contains("Een editie wordt nooit", fout.Message, StringComparison.Ordinal);
        }

        Assert.Equal(EditieView.Van(editie).ToJsonString(), EditieView.Van(store.Haal(editie.Id)!).ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Testopslag.Providers), MemberType = typeof(Testopslag))]
    public void Voeg_SameIdTwice_SecondRefusedFirstKept(OpslagProvider provider)
    {
        var (opslag, store) = Nieuw(provider);
        using var _ = opslag;
        var editie = Voorbeelden.Editie();
        store.Voeg(editie);

        Assert.ThrowsAny<System.Data.Common.DbException>(() => store.Voeg(editie with { Door = "iemand anders" }));
        Assert.Equal("secretaris PRT Utrecht", Assert.Single(store.Alle()).Door);
    }
}
