namespace Regiemonitor.Calculation.Core.Toezicht;

/// <summary>How far a scenario got in the decision process; only a collegebesluit binds.</summary>
public enum ScenarioStatus { Concept, Ambtelijk, Collegebesluit }

/// <summary>
/// What one gemeente must provide in one categorie (<paramref name="Opgave"/>) and what it offers
/// (<paramref name="Inbreng"/>).
/// </summary>
/// <remarks>
/// <para><c>Categorie</c>: The code: oekraine, asiel or amv (the opgaven a PRT swaps).</para>
/// </remarks>
public sealed record ScenarioRegel(string Gemeente, string Categorie, long Opgave, long Inbreng);

/// <summary>
/// One proposal of the "puzzel" (DOMAIN.md §5). Several versions of one puzzel exist side by
/// side ("eerste voorstel", "tweede voorstel"), so each carries its own name and status.
/// </summary>
public sealed record Scenario(string Id, string Provincie, string Naam, string Versie, ScenarioStatus Status, IReadOnlyList<ScenarioRegel> Regels);

/// <summary>The coverage of one categorie (or of all together, with categorie "totaal").</summary>
/// <remarks>
/// <para><c>Dekking</c>: Inbreng * 100 / opgave, exact; null when the opgave is 0.</para>
/// <para><c>VerschilTotProvinciaal</c>: Inbreng - provinciale opgave: what the puzzel still lacks (negative) or adds.</para>
/// </remarks>
public sealed record CategorieDekking(string Categorie, long Opgave, long Inbreng, Breuk? Dekking, long? ProvincialeOpgave, long? VerschilTotProvinciaal);

/// <summary>One gemeente's offer compared with its opgaven.</summary>
/// <remarks>
/// <para><c>Verschil</c>: Per categorie code: inbreng - opgave.</para>
/// <para><c>IsUitruil</c>: More than asked in one categorie and less in another: the gemeente swaps.</para>
/// <para><c>Saldo</c>: The sum of <paramref name="Verschil"/>: 0 for a pure swap.</para>
/// </remarks>
public sealed record GemeenteUitruil(string Gemeente, IReadOnlyDictionary<string, long> Verschil, bool IsUitruil, long Saldo);

/// <remarks>
/// <para><c>Categorieen</c>: In the order oekraine, asiel, amv; only those in the scenario or with a provincial opgave.</para>
/// <para><c>Gemeenten</c>: Ordered by gemeente (ordinal).</para>
/// </remarks>
public sealed record ScenarioUitkomst(Scenario Scenario, IReadOnlyList<CategorieDekking> Categorieen, IReadOnlyList<GemeenteUitruil> Gemeenten, CategorieDekking Totaal);
