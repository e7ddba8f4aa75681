using System.Net;
using System.Net.Sockets;

namespace StatusBot.Tests;

/// <summary>Free TCP ports on loopback, for servers a test starts.</summary>
internal static class FreePort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
