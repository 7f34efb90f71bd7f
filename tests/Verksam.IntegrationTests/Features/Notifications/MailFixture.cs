using System.Net;
using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;

namespace Verksam.IntegrationTests.Features.Notifications;

/// <summary>
/// The app with a real SMTP server on loopback (netDumbster, in process) behind a TCP relay: stopping the relay is
/// the municipality's mail server refusing (a closed port), starting it again is the server back.
/// </summary>
public abstract class MailFixture(DatabaseProvider provider, bool scheduling = false) : AppFixture(provider)
{
    private readonly SimpleSmtpServer _server = SimpleSmtpServer.Start(FreePort());

    public TcpRelay Relay { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = Relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None",
        ["Mail:From"] = "verksam@kommun.example",
        ["Mail:BaseAddress"] = "https://localhost",
        ["Mail:TimeoutSeconds"] = "5",
        ["Scheduling:Enabled"] = scheduling ? "true" : "false",
    };

    /// <summary>The mail the server has received, parsed as MimeKit reads any mail.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))];

    public void Clear() => _server.ClearReceivedEmail();

    public override async Task InitializeAsync()
    {
        Relay = new TcpRelay("127.0.0.1", _server.Configuration.Port);
        Relay.Start();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Relay.DisposeAsync();
        _server.Stop();
        _server.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class SqliteMailFixture() : MailFixture(DatabaseProvider.Sqlite);

public sealed class PostgresMailFixture() : MailFixture(DatabaseProvider.PostgreSql);

public sealed class SqliteSchedulerFixture() : MailFixture(DatabaseProvider.Sqlite, scheduling: true);

public sealed class PostgresSchedulerFixture() : MailFixture(DatabaseProvider.PostgreSql, scheduling: true);
