using StatusBot.Core.DueWork;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.Digests;
using StatusBot.Core.Tests.CheckIns;
using StatusBot.Core.Tests.ChatActions;
using StatusBot.Core.Tests.Fakes;
using StatusBot.Core.Workspaces;

namespace StatusBot.Core.Tests.Workspaces;

public sealed class WorkspaceLifecycleTests
{
    private const string Zone = "Europe/Berlin";
    private static readonly WorkspaceId Gone = WorkspaceId.Parse("slack-TGONE");
    private static readonly WorkspaceId Staying = WorkspaceId.Parse("slack-TSTAY");
    private readonly FakeTimeProvider _time = new(Given.Local(Zone, 2026, 11, 23, 8, 0));
    private readonly InMemoryCommitmentStore _store = new();
    private readonly InMemoryWakeUpSchedule _wakeUps = new();
    private readonly RecordingChatPort _chat = new();
    private readonly InMemoryWorkspaceConnections _connections = new();
    private readonly InMemoryDigestScheduleStore _schedules = new();
    private readonly RecordingDigestScheduler _digests = new();
    private readonly CommitmentService _service;
    private readonly DueWorkRunner _runner;
    private readonly WorkspaceLifecycle _lifecycle;

    public WorkspaceLifecycleTests()
    {
        _service = new CommitmentService(_store, new CheckInPlanning(_wakeUps, _time), _time);
        _runner = new DueWorkRunner(_wakeUps, new CheckInRunner(_store, _wakeUps, _chat, _time), _time, connections: _connections);
        _lifecycle = new WorkspaceLifecycle(_connections, _store, _wakeUps, _schedules, _digests, _time);
    }

    private async Task<Commitment> CreateAsync(WorkspaceId workspace, string title = "Pilot rollout") =>
        (await _service.CreateAsync(workspace, new CommitmentInput(title, "Acme", "2026-12-18", Zone, "U_OWNER", "C_PROJECT", "C_ACME"), "U_OWNER")).Value!;

    private async Task RunForAsync(TimeSpan span)
    {
        var until = _time.GetUtcNow() + span;
        while (_time.GetUtcNow() < until)
        {
            _time.Advance(TimeSpan.FromHours(1));
            await _runner.RunDueAsync("host-a");
        }
    }

    private int SentTo(WorkspaceId workspace) => _chat.Sent.Count(s => s.To.Workspace == workspace);

    [Fact]
    public async Task A_stopped_workspace_hears_nothing_while_others_go_on_and_its_wake_ups_are_dropped()
    {
        var gone = await CreateAsync(Gone);
        await CreateAsync(Staying);

        await _lifecycle.StopAsync(Gone, "app_uninstalled");
        await RunForAsync(TimeSpan.FromDays(7));

        Assert.Equal(0, SentTo(Gone));
        Assert.True(SentTo(Staying) > 0);
        Assert.DoesNotContain(_wakeUps.All, w => w.Workspace == Gone);
        Assert.DoesNotContain(await _service.HistoryAsync(Gone, gone.Id), e => e.Kind == CommitmentEventKind.CheckInSent);
        Assert.Equal("app_uninstalled", (await _connections.GetDisconnectionAsync(Gone))!.Reason);
    }

    [Fact]
    public async Task Resuming_wakes_every_open_commitment_now_and_files_each_scheduled_digest_again()
    {
        var open = await CreateAsync(Gone);
        var delivered = await CreateAsync(Gone, "Shipped already");
        await _service.DeliverAsync(Gone, delivered.Id, "U_OWNER");
        var schedule = DigestSchedule.Parse(Gone, "C_PROJECT", "daily 09:00", Zone).Value!;
        await _schedules.SaveAsync(schedule);
        await _lifecycle.StopAsync(Gone, "app_uninstalled");
        await RunForAsync(TimeSpan.FromDays(7));

        Assert.DoesNotContain(_wakeUps.All, w => w.Workspace == Gone);

        var woken = await _lifecycle.ResumeAsync(Gone);
        await RunForAsync(TimeSpan.FromDays(1));

        Assert.Equal(1, woken);
        Assert.Null(await _connections.GetDisconnectionAsync(Gone));
        Assert.Contains(_chat.Sent, s => s.To == ChatAddress.ToUser(Gone, "U_OWNER") && s.Message.Text.Contains("Pilot rollout", StringComparison.Ordinal));
        Assert.Contains(await _service.HistoryAsync(Gone, open.Id), e => e.Kind == CommitmentEventKind.CheckInSent);
        Assert.Equal([schedule], _digests.Set);
    }

    [Fact]
    public async Task Resuming_a_workspace_that_was_never_stopped_only_if_stopped_does_nothing()
    {
        await CreateAsync(Staying);
        var filed = _wakeUps.All.Count;

        Assert.False(await _lifecycle.ResumeIfStoppedAsync(Staying));
        Assert.Equal(filed, _wakeUps.All.Count);
        Assert.Empty(_digests.Set);
    }
}
