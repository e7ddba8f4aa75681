using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Teams.Tests.Fakes;
using StatusBot.Tests.Hosting;
using StatusBot.Tests.Scheduling;

namespace StatusBot.Tests.Teams;

public sealed class TeamsDigestPictureTests : IAsyncLifetime, IDisposable
{
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("teams-" + TeamsWire.Tenant);
    private const string ProjectChannel = "19:project@thread.tacv2";
    // The bot's tokens are checked against the host's clock: it starts at the real time.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private FakeOpenIdServer _keys = null!;
    private FakeConnectorServer _connector = null!;
    private StatusBotFactory _factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _host = null!;
    private TeamsWire _wire = null!;

    public async Task InitializeAsync()
    {
        _keys = await FakeOpenIdServer.StartAsync();
        var key = _keys.AddKey("k1", "msteams");
        _connector = await FakeConnectorServer.StartAsync();
        _factory = new StatusBotFactory(TeamsWire.HostSettings(_keys, _connector));
        _host = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        _wire = new TeamsWire(_host.CreateClient(), key, _connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _keys.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_scheduled_digest_card_ends_with_the_trend_png_inline_with_its_numbers_in_words()
    {
        await _wire.PostAsync(_wire.InChannel("conversationUpdate", ProjectChannel, a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsWire.Bot })));
        await ScheduledDigest.WarnedAsync(_host.Services, Workspace, ProjectChannel, TeamsWire.Owner, leadDays: 6);

        Assert.Equal(1, await ScheduledDigest.PostAsync(_host.Services, _clock, Workspace, ProjectChannel));

        // The channel also got the bot's hello when it was added: the digest is the card that lists the warning.
        var posted = Assert.Single(_connector.Delivered, c => Uri.UnescapeDataString(c.Path).Contains(ProjectChannel, StringComparison.Ordinal)
            && c.Json!.ToJsonString().Contains("Warnings sent in the last day", StringComparison.Ordinal));
        var body = posted.Json!["attachments"]![0]!["content"]!["body"]!.AsArray();
        var image = body[^1]!;
        Assert.Equal("Image", (string?)image["type"]);
        var url = (string)image["url"]!;
        Assert.StartsWith("data:image/png;base64,", url, StringComparison.Ordinal);
        var png = Convert.FromBase64String(url["data:image/png;base64,".Length..]);
        Assert.Equal(ScheduledDigest.PngSignature, png[..8]);
        Assert.True(png.Length > 1000);
        Assert.Contains(": 6 working days", (string?)image["altText"], StringComparison.Ordinal);
        Assert.Contains(body, e => e!.ToJsonString().Contains("Export API", StringComparison.Ordinal));
    }
}
