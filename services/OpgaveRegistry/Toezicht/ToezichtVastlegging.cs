using System.Data.Common;
using System.Text.Json;
using Regiemonitor.Calculation.Core.Toezicht;
using Regiemonitor.ServiceDefaults.Opslag;

namespace Regiemonitor.OpgaveRegistry.Toezicht;

/// <summary>
/// The inserts of one <see cref="ToezichtStore.Schrijf"/>, each tied to its schrijving. Only
/// inserts exist: the store is append-only. <c>regel</c> is the line in the uploaded file (or a
/// running number), so a stored record can always be traced back to its source line.
/// </summary>
public sealed class ToezichtVastlegging(DbConnection db, DbTransaction tx, string id)
{
    public string Id => id;

    public void Taakstelling(int regel, Halfjaar periode, string gemeente, long aantal, string herkomst) =>
        db.Uitvoeren(tx, "INSERT INTO taakstelling VALUES (@id, @r, @p, @g, @a, @h)",
            ("@id", id), ("@r", regel), ("@p", periode.ToString()), ("@g", gemeente), ("@a", aantal), ("@h", herkomst));

    public void Uitruil(int regel, Halfjaar periode, string naam, UitruilRegel r) =>
        db.Uitvoeren(tx, "INSERT INTO uitruil VALUES (@id, @r, @p, @n, @g, @a)",
            ("@id", id), ("@r", regel), ("@p", periode.ToString()), ("@n", naam), ("@g", r.Gemeente), ("@a", r.Aantal));

    public void Koppeling(int regel, KoppelingRecord k) =>
        db.Uitvoeren(tx, "INSERT INTO koppeling VALUES (@id, @r, @p, @g, @a)",
            ("@id", id), ("@r", regel), ("@p", k.Periode.ToString()), ("@g", k.Gemeentecode), ("@a", k.Aantal));

    public void Correctie(int regel, PeriodeCorrectie c) =>
        db.Uitvoeren(tx, "INSERT INTO correctie VALUES (@id, @r, @p, @g, @v, @w, @reden)",
            ("@id", id), ("@r", regel), ("@p", c.Periode.ToString()), ("@g", c.Gemeente), ("@v", c.Veld.Code()),
            ("@w", c.Waarde), ("@reden", c.Reden));

    public void Beleid(IbtBeleidsinstelling b) =>
        db.Uitvoeren(tx, "INSERT INTO beleid VALUES (@id, @p, @b, @v, @vanaf, @max)",
            ("@id", id), ("@p", b.Provincie), ("@b", b.Beleid), ("@v", b.Versie), ("@vanaf", b.Vanaf.ToString()), ("@max", b.MaxTrede));

    /// <summary>The reasons are stored as a JSON array: they are Dutch sentences that may hold any character.</summary>
    public void Beoordeling(int regel, VastgesteldeBeoordeling b) =>
        db.Uitvoeren(tx, "INSERT INTO beoordeling VALUES (@id, @r, @p, @g, @t, @k, @gr, @d, @gh, @red, @b, @bv, @door)",
            ("@id", id), ("@r", regel), ("@p", b.Periode.ToString()), ("@g", b.Gemeentecode), ("@t", b.Trede), ("@k", b.Kleur),
            ("@gr", b.Grondslag), ("@d", b.Doel), ("@gh", b.Gehuisvest), ("@red", JsonSerializer.Serialize(b.Redenen)),
            ("@b", b.Beleid), ("@bv", b.Beleidsversie), ("@door", b.Door));

    public void Bijstelling(Bijstelling b) =>
        db.Uitvoeren(tx, "INSERT INTO bijstelling VALUES (@id, @p, @g, @t, @m, @th)",
            ("@id", id), ("@p", b.Periode.ToString()), ("@g", b.Gemeente), ("@t", b.Trede), ("@m", b.Motivering), ("@th", b.Toezichthouder));

    public void Project(int regel, Project p) =>
        db.Uitvoeren(tx, "INSERT INTO project VALUES (@id, @r, @n, @g, @e, @j)",
            ("@id", id), ("@r", regel), ("@n", p.Naam), ("@g", p.Gemeente), ("@e", p.Eenheden), ("@j", p.Jaar));

    /// <summary>The scenario's id is the schrijving's id.</summary>
    public void Scenario(Scenario s, IReadOnlyList<int> regels)
    {
        db.Uitvoeren(tx, "INSERT INTO scenario VALUES (@id, @p, @n, @v, @s)",
            ("@id", id), ("@p", s.Provincie), ("@n", s.Naam), ("@v", s.Versie), ("@s", s.Status.Code()));
        for (var i = 0; i < s.Regels.Count; i++)
        {
            var r = s.Regels[i];
            db.Uitvoeren(tx, "INSERT INTO scenario_regel VALUES (@id, @r, @g, @c, @o, @i)",
                ("@id", id), ("@r", regels[i]), ("@g", r.Gemeente), ("@c", r.Categorie), ("@o", r.Opgave), ("@i", r.Inbreng));
        }
    }
}
