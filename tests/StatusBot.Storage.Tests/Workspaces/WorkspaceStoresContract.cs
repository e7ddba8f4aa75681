using StatusBot.Core.Chat;
using StatusBot.Core.Digests;
using StatusBot.Core.Workspaces;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;
using StatusBot.Storage.CheckIns;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Digests;
using StatusBot.Storage.Erasure;
using StatusBot.Storage.People;
using StatusBot.Storage.Tables;
using StatusBot.Storage.Workspaces;

namespace StatusBot.Storage.Tests.Workspaces;

/// <summary>Disconnected workspaces and the listing of digest schedules, on every engine; each test has tables of its own.</summary>
public abstract class WorkspaceStoresContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    protected abstract ITableStore Engine { get; }

    [Fact]
    public async Task A_disconnection_is_seen_by_another_host_keeps_its_first_record_and_clears_once()
    {
        var tables = new CountingTableStore(Engine);
        var first = new TableWorkspaceConnections(tables);
        var other = new TableWorkspaceConnections(tables);

        Assert.Null(await other.GetDisconnectionAsync(WorkspaceId.Parse("slack-T1")));
        await first.DisconnectAsync(new WorkspaceDisconnection(WorkspaceId.Parse("slack-T1"), "app_uninstalled", At));
        await first.DisconnectAsync(new WorkspaceDisconnection(WorkspaceId.Parse("slack-T1"), "tokens_revoked", At.AddSeconds(1)));

        Assert.Equal(new WorkspaceDisconnection(WorkspaceId.Parse("slack-T1"), "app_uninstalled", At), await other.GetDisconnectionAsync(WorkspaceId.Parse("slack-T1")));
        Assert.Null(await other.GetDisconnectionAsync(WorkspaceId.Parse("slack-T2")));
        Assert.True(await other.ReconnectAsync(WorkspaceId.Parse("slack-T1")));
        Assert.False(await first.ReconnectAsync(WorkspaceId.Parse("slack-T1")));
        Assert.Null(await first.GetDisconnectionAsync(WorkspaceId.Parse("slack-T1")));
    }

    [Fact]
    public async Task Listing_a_workspaces_digest_schedules_returns_only_its_own_beside_its_other_settings()
    {
        var tables = new CountingTableStore(Engine);
        var schedules = new TableDigestScheduleStore(tables);
        var daily = DigestSchedule.Parse(WorkspaceId.Parse("slack-T1"), "C1", "daily 09:00", "Europe/Berlin").Value!;
        var weekly = DigestSchedule.Parse(WorkspaceId.Parse("slack-T1"), "C/2#", "weekly friday 16:30", "America/New_York").Value!;
        await schedules.SaveAsync(daily);
        await schedules.SaveAsync(weekly);
        await schedules.SaveAsync(DigestSchedule.Parse(WorkspaceId.Parse("slack-T2"), "C3", "daily 08:00", "UTC").Value!);
        await new TableWorkspaceConnections(tables).DisconnectAsync(new WorkspaceDisconnection(WorkspaceId.Parse("slack-T1"), "app_uninstalled", At));

        var listed = await schedules.ListAsync(WorkspaceId.Parse("slack-T1"));

        Assert.Equal(new[] { daily, weekly }.OrderBy(s => s.Channel, StringComparer.Ordinal), listed.OrderBy(s => s.Channel, StringComparer.Ordinal));
        Assert.Empty(await schedules.ListAsync(WorkspaceId.Parse("slack-T9")));
    }

    [Fact]
    public async Task Erasing_a_workspace_deletes_its_commitments_histories_people_and_settings_and_nothing_of_another()
    {
        var tables = new CountingTableStore(Engine);
        var commitments = new TableCommitmentStore(tables);
        var people = new TablePeopleDirectory(tables);
        var settings = new TableCheckInSettingsStore(tables, TimeProvider.System);
        var (gone, kept) = (WorkspaceId.Parse("slack-T1"), WorkspaceId.Parse("slack-T2"));
        foreach (var (workspace, id) in new[] { (gone, "a"), (gone, "b"), (kept, "a") })
        {
            var created = await commitments.CreateAsync(Commitment(workspace, id), new CommitmentEvent(1, At, CommitmentEventKind.Created, "U1"));
            await commitments.UpdateAsync(created with { Version = 2, Health = Health.AtRisk }, new CommitmentEvent(2, At, CommitmentEventKind.Answered, "U1"));
            await people.SaveAsync(new Person { Workspace = workspace, UserId = "U" + id, TimeZone = "UTC" });
            await settings.SaveAsync(workspace, CheckInSettings.Default with { CheckInTime = new TimeOnly(11, 0) });
        }

        await new TableDigestScheduleStore(tables).SaveAsync(DigestSchedule.Parse(gone, "C1", "daily 09:00", "UTC").Value!);
        var receipts = new StatusBot.Storage.Conversations.TableSentMessageLog(tables);
        await receipts.RecordAsync("check-in/a/1", new SentMessage(ChatAddress.ToChannel(gone, "C1"), "1.2", "C1"));
        await receipts.RecordAsync("check-in/a/1", new SentMessage(ChatAddress.ToChannel(kept, "C1"), "1.2", "C1"));
        var links = new StatusBot.Storage.Answers.TablePromiseLinkStore(tables);
        foreach (var workspace in new[] { gone, kept })
        {
            await links.CreateAsync(new StatusBot.Core.Answers.PromiseLink(workspace, "p1", "Acme", "U1", At, At.AddDays(180)));
        }

        var eraser = new TableWorkspaceEraser(tables);

        var erased = await eraser.EraseAsync(gone);
        var again = await eraser.EraseAsync(gone);

        // Settings: the check-in rules, the digest schedule and the promise link, all in the workspace's own partition.
        Assert.Equal(new WorkspaceErasure(Commitments: 2, Events: 4, People: 2, Settings: 3, Receipts: 1), erased);
        Assert.Equal(new WorkspaceErasure(0, 0, 0, 0), again);
        Assert.Null(await receipts.FindAsync(gone, "check-in/a/1"));
        Assert.NotNull(await receipts.FindAsync(kept, "check-in/a/1"));
        Assert.Empty(await commitments.ListAsync(gone));
        Assert.Empty(await commitments.GetHistoryAsync(gone, "a"));
        Assert.Empty(await people.ListAsync(gone));
        Assert.Equal(CheckInSettings.Default.CheckInTime, (await new TableCheckInSettingsStore(tables, TimeProvider.System).GetAsync(gone)).CheckInTime); // a fresh reader: the first caches
        Assert.Null(await links.GetAsync(gone, "p1"));
        Assert.NotNull(await links.GetAsync(kept, "p1"));
        Assert.Single(await commitments.ListAsync(kept));
        var facts = new TableCommitmentFactsStore(tables);
        await facts.MarkCompleteAsync(gone);
        await eraser.EraseAsync(gone);
        var left = await facts.ListAsync(gone);
        Assert.False(left.Complete);
        Assert.Empty(left.Facts);
        Assert.Equal("a", Assert.Single((await facts.ListAsync(kept)).Facts).Id);
        Assert.Equal(2, (await commitments.GetHistoryAsync(kept, "a")).Count);
        Assert.Single(await people.ListAsync(kept));
        Assert.Equal(new TimeOnly(11, 0), (await settings.GetAsync(kept)).CheckInTime);
    }

    private static Commitment Commitment(WorkspaceId workspace, string id) => new()
    {
        Id = id, Workspace = workspace, Title = "Export " + id, Customer = "Acme", DueDate = new DateOnly(2026, 12, 18), TimeZone = "UTC",
        Owner = "U1", Channel = "C1", CustomerDestination = "C2", HealthSince = At, CreatedAt = At, Version = 1,
    };
}

public sealed class SqliteWorkspaceStoresTests(Sqlite.SqliteStoreFixture fixture) : WorkspaceStoresContract, IClassFixture<Sqlite.SqliteStoreFixture>
{
    protected override ITableStore Engine => fixture.Store;
}

public sealed class AzureWorkspaceStoresTests : WorkspaceStoresContract
{
    private readonly ITableStore _engine = new global::StatusBot.Storage.AzureTables.AzureTableStore(Azurite.CreateClient());

    protected override ITableStore Engine => _engine;
}
