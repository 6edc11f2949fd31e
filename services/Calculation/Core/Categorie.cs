namespace Regiemonitor.Calculation.Core;

/// <summary>The five opgaven of DOMAIN.md §2, in the order the dashboard shows them.</summary>
public enum Categorie { Oekraine, Asiel, Huisvesting, Amv, Nidos }

/// <summary>The parts of the asiel realisatie.</summary>
public enum Onderdeel { Regulier, Noodopvang, Tgo }

/// <summary>Where a count comes from.</summary>
public enum Bron { Kcio, Coa, Tvs, Nidos }

/// <summary>The level of a gebied in the tree.</summary>
public enum Niveau { Land, Provincie, Veiligheidsregio, Regio, Gemeente }

/// <summary>
/// The one mapping between the domain enums and their codes on the wire (CSV, JSON, gRPC), so a
/// code is spelled the same everywhere.
/// </summary>
public static class Codes
{
    private static readonly Dictionary<Categorie, string> CategorieCodes = new()
    {
        [Categorie.Oekraine] = "oekraine", [Categorie.Asiel] = "asiel", [Categorie.Huisvesting] = "huisvesting",
        [Categorie.Amv] = "amv", [Categorie.Nidos] = "nidos",
    };

    private static readonly Dictionary<Bron, string> BronCodes = new()
    {
        [Bron.Kcio] = "KCIO", [Bron.Coa] = "COA", [Bron.Tvs] = "TVS", [Bron.Nidos] = "Nidos",
    };

    // Enum names lowercased, made once: imports look codes up per row.
    private static readonly Dictionary<Onderdeel, string> OnderdeelCodes =
        Enum.GetValues<Onderdeel>().ToDictionary(o => o, o => o.ToString().ToLowerInvariant());

    private static readonly Dictionary<Niveau, string> NiveauCodes =
        Enum.GetValues<Niveau>().ToDictionary(n => n, n => n.ToString().ToLowerInvariant());

    private static readonly Dictionary<Bron, Categorie[]> CategorieenPerBron = new()
    {
        [Bron.Kcio] = [Categorie.Oekraine], [Bron.Coa] = [Categorie.Asiel, Categorie.Amv],
        [Bron.Tvs] = [Categorie.Huisvesting], [Bron.Nidos] = [Categorie.Nidos],
    };

    public static IReadOnlyList<Categorie> AlleCategorieen { get; } = Enum.GetValues<Categorie>();

    public static string Code(this Categorie categorie) => CategorieCodes[categorie];
    public static string Code(this Bron bron) => BronCodes[bron];
    public static string Code(this Onderdeel onderdeel) => OnderdeelCodes[onderdeel];
    public static string Code(this Niveau niveau) => NiveauCodes[niveau];

    public static bool TryCategorie(string code, out Categorie categorie) => TryCode(CategorieCodes, code, out categorie);
    public static bool TryBron(string code, out Bron bron) => TryCode(BronCodes, code, out bron);

    public static bool TryOnderdeel(string code, out Onderdeel onderdeel) => TryCode(OnderdeelCodes, code, out onderdeel);

    public static bool TryNiveau(string code, out Niveau niveau) => TryCode(NiveauCodes, code, out niveau);

    public static Categorie ParseCategorie(string code) =>
        TryCategorie(code, out var c) ? c : throw new ArgumentException($"Onbekende categorie '{code}'.", nameof(code));
    public static Bron ParseBron(string code) =>
        TryBron(code, out var b) ? b : throw new ArgumentException($"Onbekende bron '{code}'.", nameof(code));
    public static Onderdeel ParseOnderdeel(string code) =>
        TryOnderdeel(code, out var o) ? o : throw new ArgumentException($"Onbekend onderdeel '{code}'.", nameof(code));
    public static Niveau ParseNiveau(string code) =>
        TryNiveau(code, out var n) ? n : throw new ArgumentException($"Onbekend niveau '{code}'.", nameof(code));

    /// <summary>The categorieën a bron delivers counts for (KCIO only oekraine, COA asiel and amv, ...).</summary>
    public static IReadOnlyList<Categorie> Categorieen(this Bron bron) => CategorieenPerBron[bron];

    /// <summary>Codes accepted in error messages, so a user sees what would have been valid.</summary>
    public static string CategorieLijst => string.Join(", ", CategorieCodes.Values);
    public static string BronLijst => string.Join(", ", BronCodes.Values);
    public static string OnderdeelLijst => string.Join(", ", Enum.GetValues<Onderdeel>().Select(o => o.Code()));

    private static bool TryCode<T>(Dictionary<T, string> codes, string code, out T waarde) where T : struct
    {
        foreach (var (k, v) in codes)
            if (v == code) { waarde = k; return true; }
        waarde = default;
        return false;
    }
}
