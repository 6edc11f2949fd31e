using Microsoft.Data.Sqlite;
using Regiemonitor.Reporting.Edities;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.Reporting.Tests.Edities;

public sealed class EditieStoreTests : IDisposable
{
    private readonly DirectoryInfo _map = Directory.CreateTempSubdirectory("regiemonitor-edities-");
    private readonly string _verbinding;
    private readonly EditieStore _store;

    public EditieStoreTests()
    {
        _verbinding = Sqlite.Bestand(_map.FullName, "edities.db");
        _store = new EditieStore(_verbinding);
        _store.Initialiseer();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _map.Delete(recursive: true);
    }

    [Fact]
    public void Haal_StoredEdition_ComesBackExactly()
    {
        var editie = Voorbeelden.Editie();
        _store.Voeg(editie);

        var gelezen = _store.Haal(editie.Id);

        Assert.NotNull(gelezen);
        Assert.Equal(EditieView.Van(editie).ToJsonString(), EditieView.Van(gelezen).ToJsonString());
        Assert.Equal(editie.VastgesteldOp, gelezen.VastgesteldOp);
    }

    [Fact]
    public void Haal_UnknownId_Null() => Assert.Null(_store.Haal("editie-onbekend"));

    [Fact]
    public void Alle_SeveralEditions_NewestFirst()
    {
        _store.Voeg(Voorbeelden.Editie() with { Id = "editie-1" });
        _store.Voeg(Voorbeelden.Editie("GM0344") with { Id = "editie-2", Bronnen = [] });

        Assert.Equal(["editie-2", "editie-1"], _store.Alle().Select(e => e.Id));
        Assert.Empty(_store.Haal("editie-2")!.Bronnen);
    }

    [Theory]
    [InlineData("UPDATE editie SET door = 'iemand anders'")]
    [InlineData("DELETE FROM editie")]
    [InlineData("UPDATE editie_bron SET batch_ids = '[]'")]
    [InlineData("DELETE FROM editie_bron")]
    public void Schema_ChangeToAStoredEdition_Refused(string sql)
    {
        var editie = Voorbeelden.Editie();
        _store.Voeg(editie);

        using (var db = Sqlite.Open(_verbinding))
            Assert.Throws<SqliteException>(() => db.Uitvoeren(null, sql));

        Assert.Equal(EditieView.Van(editie).ToJsonString(), EditieView.Van(_store.Haal(editie.Id)!).ToJsonString());
    }

    [Fact]
    public void Voeg_SameIdTwice_SecondRefusedFirstKept()
    {
        var editie = Voorbeelden.Editie();
        _store.Voeg(editie);

        Assert.Throws<SqliteException>(() => _store.Voeg(editie with { Door = "iemand anders" }));
        Assert.Equal("secretaris PRT Utrecht", Assert.Single(_store.Alle()).Door);
    }
}
