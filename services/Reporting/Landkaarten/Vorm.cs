namespace Regiemonitor.Reporting.Landkaarten;

/// <summary>
/// An area's outline, already projected once at load time so that a request only has to scale
/// and translate. Rings hold x,y pairs interleaved; holes and islands are just more rings, the
/// SVG even-odd fill rule sorts them out.
/// </summary>
internal sealed class Vorm(IReadOnlyList<double[]> ringen)
{
    // Equirectangular projection scaled at the latitude of the middle of the Netherlands: at this
    // size the distortion against RD New is invisible, and it needs no projection library.
    private static readonly double LengteSchaal = Math.Cos(52.2 * Math.PI / 180.0);

    public IReadOnlyList<double[]> Ringen { get; } = ringen;
    public double MinX { get; } = ringen.Min(r => Extreem(r, 0, Math.Min));
    public double MaxX { get; } = ringen.Max(r => Extreem(r, 0, Math.Max));
    public double MinY { get; } = ringen.Min(r => Extreem(r, 1, Math.Min));
    public double MaxY { get; } = ringen.Max(r => Extreem(r, 1, Math.Max));

    /// <summary>North ends up with the smallest y, as SVG's y axis points down.</summary>
    public static (double X, double Y) Projecteer(double lon, double lat) => (lon * LengteSchaal, -lat);

    private static double Extreem(double[] ring, int start, Func<double, double, double> kies)
    {
        var waarde = ring[start];
        for (var i = start + 2; i < ring.Length; i += 2)
        {
            waarde = kies(waarde, ring[i]);
        }
        return waarde;
    }
}
