using System.Text;

namespace Regiemonitor.Reporting.Landkaarten;

/// <summary>
/// The boundaries of provincies, veiligheidsregio's and gemeenten, drawn as a server-side SVG
/// choropleth so maps work without JavaScript. Load once at start-up and share: it is immutable.
/// </summary>
public sealed class Grenzen
{
    private static readonly string[] Bestanden =
        ["provincies_2025.geojson", "veiligheidsregios_2025.geojson", "gemeenten_2025.geojson"];

    private readonly Dictionary<string, Vorm> _vormen;

    private Grenzen(Dictionary<string, Vorm> vormen) => _vormen = vormen;

    /// <summary>
    /// Reads the three boundary files from <paramref name="map"/>, at run time
    /// <c>Path.Combine(AppContext.BaseDirectory, "Referentiedata", "geo")</c>. Parsing and
    /// projecting happen here, once, so drawing a map only scales.
    /// </summary>
    public static Grenzen Laad(string map)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(map);
        var vormen = new Dictionary<string, Vorm>(StringComparer.Ordinal);
        foreach (var bestand in Bestanden)
        {
            var pad = Path.Combine(map, bestand);
            foreach (var (code, vorm) in GeoJsonLezer.Lees(pad))
            {
                if (!vormen.TryAdd(code, vorm))
                {
                    throw new InvalidDataException($"{pad}: gebiedcode {code} occurs twice.");
                }
            }
        }
        return new Grenzen(vormen);
    }

    public bool Bevat(string gebiedcode) => _vormen.ContainsKey(gebiedcode);

    /// <summary>
    /// The map of just these areas, zoomed to their joint bounding box, each area a link to its
    /// own dashboard. Areas without boundaries are left out rather than failing the whole page.
    /// </summary>
    public string Svg(IReadOnlyList<Vlak> vlakken, string titel)
    {
        ArgumentNullException.ThrowIfNull(vlakken);
        ArgumentNullException.ThrowIfNull(titel);
        var getekend = new List<(Vlak Vlak, Vorm Vorm)>(vlakken.Count);
        foreach (var vlak in vlakken)
        {
            ArgumentNullException.ThrowIfNull(vlak, nameof(vlakken));
            if (_vormen.TryGetValue(vlak.Gebiedcode, out var vorm))
            {
                getekend.Add((vlak, vorm));
            }
        }
        return SvgSchrijver.Schrijf(getekend, titel);
    }

    /// <summary>
    /// The legend as an HTML list with text next to each swatch, so the statuses do not depend on
    /// colour alone (WCAG 1.4.1). The swatches use the same rm-status-* classes as the map.
    /// </summary>
    public static string Legenda()
    {
        var sb = new StringBuilder("<ul class=\"rm-legenda\">");
        foreach (var (klasse, label) in Kaartstatus.Legenda)
        {
            sb.Append("<li><span class=\"rm-legenda-vlak rm-status-").Append(klasse)
              .Append("\" aria-hidden=\"true\"></span>").AppendEscaped(label).Append("</li>");
        }
        return sb.Append("</ul>").ToString();
    }
}
