using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.DueWork;
using StatusBot.Core.People;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Slack;

/// <summary>Through the whole host and a fake Slack: people the bot cannot reach, people it reaches in their own time, and stand-ins.</summary>
public sealed class SlackReachTests : IAsyncLifetime, IDisposable
{
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("slack-T0123");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)); // Monday
    private FakeSlackServer _slack = null!;
    private StatusBotFactory _factory = null!;
    private IServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _factory = new StatusBotFactory(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-reach",
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
            ["Scheduler:Enabled"] = "false",
        });
        _services = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock))).Services;
    }

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    private async Task<Commitment> CreateAsync(string owner, string title = "Export <!channel>") =>
        (await _services.GetRequiredService<CommitmentService>().CreateAsync(Workspace,
            new CommitmentInput(title, "Acme", "2026-11-27", "Europe/Berlin", owner, "C0PROJ", "C0ACME"), owner)).Value!;

    private async Task RunAtAsync(DateTimeOffset at)
    {
        _clock.Advance(at - _clock.GetUtcNow());
        await _services.GetRequiredService<DueWorkRunner>().RunDueAsync("host-a");
    }

    [Fact]
    public async Task An_owner_slack_does_not_know_is_reported_to_the_channel_within_the_tick_and_only_once()
    {
        var commitment = await CreateAsync("U0GONE");
        _slack.FailNext(1, new FakeSlackFault(200, Error: "user_not_found"), "conversations.open");

        await RunAtAsync(new DateTimeOffset(2026, 11, 24, 9, 1, 0, TimeSpan.Zero)); // 10:01 in Berlin

        var told = Assert.Single(_slack.Delivered("chat.postMessage"), c => c.Field("channel") == "C0PROJ");
        Assert.Contains("U0GONE", told.Field("text"), StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", told.Field("text"), StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", told.Field("text"), StringComparison.Ordinal);
        var history = await _services.GetRequiredService<CommitmentService>().HistoryAsync(Workspace, commitment.Id);
        Assert.Single(history, e => e.Kind == CommitmentEventKind.Unreachable);
        Assert.Equal(Reach.Unreachable, (await _services.GetRequiredService<IPeopleDirectory>().GetAsync(Workspace, "U0GONE"))!.Reach);

        _slack.FailNext(5, new FakeSlackFault(200, Error: "user_not_found"), "conversations.open");
        await RunAtAsync(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero));
        await RunAtAsync(new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero));

        Assert.Single(_slack.Delivered("chat.postMessage"), c => c.Field("channel") == "C0PROJ" && c.Field("text")!.Contains("U0GONE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_owner_in_tokyo_is_asked_at_ten_tokyo_time_and_a_silence_reaches_their_manager_with_real_mentions()
    {
        var people = _services.GetRequiredService<IPeopleDirectory>();
        await people.SaveAsync(Person.Unknown(Workspace, "U0ANN") with { TimeZone = "Asia/Tokyo", Manager = "U0BO" });
        await CreateAsync("U0ANN", "Export API");

        await RunAtAsync(new DateTimeOffset(2026, 11, 24, 1, 1, 0, TimeSpan.Zero)); // 10:01 in Tokyo, 02:01 in Berlin

        var asked = Assert.Single(_slack.Delivered("chat.postMessage"));
        Assert.Equal("DU0ANN", asked.Field("channel"));

        for (var at = _clock.GetUtcNow(); at < new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero); at = at.AddMinutes(30))
        {
            await RunAtAsync(at);
        }

        var toManager = _slack.Delivered("chat.postMessage").Where(c => c.Field("channel") == "DU0BO").ToList();
        Assert.NotEmpty(toManager);
        Assert.Contains("<@U0ANN>, who reports to you, has not answered", toManager[0].Field("text"), StringComparison.Ordinal);
        var toChannel = _slack.Delivered("chat.postMessage").Where(c => c.Field("channel") == "C0PROJ" && c.Field("text")!.Contains("has not answered", StringComparison.Ordinal)).ToList();
        Assert.Equal(toManager.Count, toChannel.Count);
        Assert.All(toChannel, c => Assert.StartsWith("<@U0ANN> has not answered", c.Field("text"), StringComparison.Ordinal));
        Assert.All(toChannel, c => Assert.Contains("Manager: <@U0BO>.", c.Field("text"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_owner_away_with_a_delegate_set_by_slash_command_has_the_delegate_asked_and_answering()
    {
        var handler = _services.GetRequiredService<ChatActionHandler>();
        var noted = await handler.HandleCommandAsync(new ChatCommand(new ChatActor(Workspace, "U0ANN"), "away", "2026-11-24 2026-11-25 delegate <@U0MARIA|maria>", ChatAddress.ToUser(Workspace, "U0ANN"), "r1") { Mentions = ["U0MARIA"] });
        Assert.StartsWith("Noted: you are away", noted.Messages[0].Text, StringComparison.Ordinal);
        var commitment = await CreateAsync("U0ANN", "Export API");

        await RunAtAsync(new DateTimeOffset(2026, 11, 24, 9, 1, 0, TimeSpan.Zero)); // 10:01 in Berlin, a day away

        var asked = Assert.Single(_slack.Delivered("chat.postMessage"));
        Assert.Equal("DU0MARIA", asked.Field("channel"));
        Assert.StartsWith("You are standing in for U0ANN while they are away.", asked.Field("text"), StringComparison.Ordinal);
        var answer = await handler.HandleClickAsync(
            new ChatClick(new ChatActor(Workspace, "U0MARIA"), CheckInActions.Answer, CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.OnTrack)));
        Assert.NotNull(answer.Answered);
        Assert.Equal(Health.OnTrack, (await _services.GetRequiredService<CommitmentService>().GetAsync(Workspace, commitment.Id))!.Health);
    }
}
