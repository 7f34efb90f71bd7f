using System.Net;
using System.Net.Sockets;

namespace Verksam.IntegrationTests.Infrastructure;

/// <summary>
/// A TCP relay on loopback in front of the test's PostgreSQL server: stopping it is the database going away for the
/// app (every open connection cut, new ones refused), starting it again on the same port is the database back.
/// </summary>
public sealed class TcpRelay(string targetHost, int targetPort) : IAsyncDisposable
{
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;
    private Task? _accepting;

    public int Port { get; private set; }

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _stop = new CancellationTokenSource();
        _accepting = AcceptAsync(_listener, _stop.Token);
    }

    /// <summary>Cuts every connection and refuses new ones.</summary>
    public async Task StopAsync()
    {
        if (_listener is null)
        {
            return;
        }

        await _stop!.CancelAsync();
        _listener.Stop();
        lock (_open)
        {
            foreach (var client in _open)
            {
                try
                {
                    // A reset, as when the server's process ends, not a polite close.
                    client.Client?.LingerState = new LingerOption(true, 0);
                }
                catch (ObjectDisposedException)
                {
                }

                client.Dispose();
            }

            _open.Clear();
        }

        try
        {
            await _accepting!;
        }
        catch (OperationCanceledException)
        {
        }

        _listener = null;
        _stop.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient incoming;
            try
            {
                incoming = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var outgoing = new TcpClient();
            try
            {
                await outgoing.ConnectAsync(targetHost, targetPort, stop);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                incoming.Dispose();
                outgoing.Dispose();
                continue;
            }

            lock (_open)
            {
                _open.Add(incoming);
                _open.Add(outgoing);
            }

            _ = PipeAsync(incoming, outgoing);
            _ = PipeAsync(outgoing, incoming);
        }
    }

    private static async Task PipeAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
