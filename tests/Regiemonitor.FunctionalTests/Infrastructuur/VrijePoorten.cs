using System.Net;
using System.Net.Sockets;

namespace Regiemonitor.FunctionalTests.Infrastructuur;

/// <summary>Finds a block of consecutive free loopback ports at run time (run.sh uses PORT..PORT+4).</summary>
public static class VrijePoorten
{
    public static int Blok(int aantal)
    {
        for (var poging = 0; poging < 200; poging++)
        {
            // Let the OS pick a free port, then check the ones after it.
            var basis = Vrij(0);
            if (basis + aantal >= IPEndPoint.MaxPort) continue;
            if (Enumerable.Range(basis + 1, aantal - 1).All(p => Vrij(p) == p)) return basis;
        }
        throw new InvalidOperationException($"Geen blok van {aantal} vrije poorten gevonden.");
    }

    private static int Vrij(int poort)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, poort));
            return ((IPEndPoint)socket.LocalEndPoint!).Port;
        }
        catch (SocketException)
        {
            return -1;
        }
    }
}
