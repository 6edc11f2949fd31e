namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>
/// The prognosis of the housing achterstand (DOMAIN.md §5):
/// <c>achterstand(t+1) = achterstand(t) + taakstelling - gehuisvest</c>, year by year. It is a
/// what-if on explicit assumptions, not a forecast model, so every assumption is an input.
/// </summary>
public static class Prognoseberekening
{
    public const int MaxJaren = 50;

    public static IReadOnlyList<PrognoseJaar> Bereken(PrognoseInvoer invoer)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        Controleer(invoer);

        var extra = new Dictionary<int, long>();
        foreach (var p in invoer.Projecten ?? [])
            extra[p.Jaar] = checked(extra.GetValueOrDefault(p.Jaar) + p.Eenheden);

        var jaren = new List<PrognoseJaar>(invoer.Jaren);
        var achterstand = invoer.StartAchterstand;
        for (var jaar = invoer.StartJaar; jaar < invoer.StartJaar + invoer.Jaren; jaar++)
        {
            var taakstelling = Taakstelling(invoer, jaar);
            var gehuisvest = invoer.GehuisvestInJaar?.GetValueOrDefault(jaar, invoer.GehuisvestPerJaar) ?? invoer.GehuisvestPerJaar;
            var extraCapaciteit = extra.GetValueOrDefault(jaar);
            var eind = checked(achterstand + taakstelling - gehuisvest - extraCapaciteit);
            jaren.Add(new PrognoseJaar(jaar, achterstand, taakstelling, gehuisvest, extraCapaciteit, eind,
                checked(Taakstelling(invoer, jaar + 1) + eind)));
            achterstand = eind;
        }
        return jaren;
    }

    /// <summary>
    /// The pace of recent half-years as a yearly number, the usual default for
    /// <see cref="PrognoseInvoer.GehuisvestPerJaar"/>: the mean of the known half-years times
    /// two, rounded half away from zero; 0 when none is known. Unknown half-years are skipped,
    /// not counted as 0, which would drag the pace down.
    /// </summary>
    /// <param name="gehuisvestPerHalfjaar">The gehuisvest of recent half-years (of a gemeente or a total); null is unknown.</param>
    public static long GemiddeldGehuisvestPerJaar(IEnumerable<long?> gehuisvestPerHalfjaar)
    {
        ArgumentNullException.ThrowIfNull(gehuisvestPerHalfjaar);
        long som = 0;
        var aantal = 0;
        foreach (var gehuisvest in gehuisvestPerHalfjaar)
        {
            if (gehuisvest is not { } g) continue;
            som = checked(som + g);
            aantal++;
        }
        return aantal == 0 ? 0 : new Breuk(checked(som * 2), aantal).AfrondenOpGeheel();
    }

    private static long Taakstelling(PrognoseInvoer invoer, int jaar) =>
        invoer.TaakstellingInJaar?.GetValueOrDefault(jaar, invoer.TaakstellingPerJaar) ?? invoer.TaakstellingPerJaar;

    private static void Controleer(PrognoseInvoer invoer)
    {
        if (invoer.Jaren is < 1 or > MaxJaren)
            throw new ArgumentException($"Een prognose beslaat 1 tot en met {MaxJaren} jaar, niet {invoer.Jaren}.", nameof(invoer));
        if (invoer.StartJaar is < 2000 or > 2100)
            throw new ArgumentException($"Startjaar {invoer.StartJaar} ligt buiten 2000 tot en met 2100.", nameof(invoer));
        // StartAchterstand may be negative: a voorsprong is a real starting point (DOMAIN.md §4).
        if (invoer.TaakstellingPerJaar < 0 || invoer.GehuisvestPerJaar < 0)
            throw new ArgumentException("Taakstelling en gehuisvest per jaar mogen niet negatief zijn.", nameof(invoer));
        if (invoer.TaakstellingInJaar?.Values.Any(w => w < 0) == true || invoer.GehuisvestInJaar?.Values.Any(w => w < 0) == true)
            throw new ArgumentException("Een taakstelling of gehuisvest aantal voor een jaar mag niet negatief zijn.", nameof(invoer));
        foreach (var p in invoer.Projecten ?? [])
        {
            ArgumentNullException.ThrowIfNull(p, nameof(invoer));
            if (p.Eenheden < 0)
                throw new ArgumentException($"Project {p.Naam} heeft een negatief aantal eenheden ({p.Eenheden}).", nameof(invoer));
        }
    }
}
