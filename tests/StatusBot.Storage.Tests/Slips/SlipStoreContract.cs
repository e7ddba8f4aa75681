using StatusBot.Core.Chat;
using StatusBot.Core.Slips;
using StatusBot.Storage.Slips;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Slips;

/// <summary>The slip store on every engine; each test uses a workspace of its own.</summary>
public abstract class SlipStoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly WorkspaceId _workspace = WorkspaceId.ForSlack(Guid.NewGuid().ToString("N").ToUpperInvariant());

    protected abstract ITableStore Engine { get; }

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsEveryPartOfTheState()
    {
        var store = new TableSlipStore(Engine);
        var state = Begin("c1") with
        {
            Step = SlipStep.AwaitingApproval,
            NewDate = new DateOnly(2026, 4, 10),
            Parts = SlipParts.Empty.With(SlipPart.Facts, "Ünïcode & <tags> \"quoted\"").With(SlipPart.Ask, "Reply here."),
            Approval = new SlipApproval { Approver = "U_BOSS", RequestedAt = Now, ApproveBy = Now.AddHours(8), Status = ApprovalStatus.Pending },
            IdempotencyKey = "k/1",
        };

        var saved = await store.SaveAsync(state, null);
        var read = await store.GetAsync(_workspace, "c1");

        Assert.Equal(saved.ConcurrencyToken, read!.ConcurrencyToken);
        Assert.Equal(state.Parts, read.State.Parts);
        Assert.Equal(state.Approval, read.State.Approval);
        Assert.Equal(state with { Parts = read.State.Parts, Approval = read.State.Approval }, read.State);
    }

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsTheRepliesKeptForAnotherTry()
    {
        var store = new TableSlipStore(Engine);
        var reminder = new ChatMessage { Text = "Your warning is still a draft <b>", Buttons = [new ChatButton("slip.resume", "Finish it", "c3")], Mentions = ["U_OWNER"] };
        var state = Begin("c3") with { Undelivered = [new PendingReply(ChatAddress.ToUser(_workspace, "U_OWNER"), reminder, "k/reminder/0")] };

        await store.SaveAsync(state, null);
        var kept = Assert.Single((await store.GetAsync(_workspace, "c3"))!.State.Undelivered!);

        Assert.Equal(("k/reminder/0", ChatAddress.ToUser(_workspace, "U_OWNER"), reminder.Text), (kept.Key, kept.To, kept.Message.Text));
        Assert.Equal(reminder.Buttons, kept.Message.Buttons);
        Assert.Equal(reminder.Mentions, kept.Message.Mentions);
    }

    [Fact]
    public async Task SaveAsync_WithAStaleToken_Conflicts_AndKeepsTheWinner()
    {
        var store = new TableSlipStore(Engine);
        var first = await store.SaveAsync(Begin("c2"), null);
        await store.SaveAsync(first.State with { Step = SlipStep.Message }, first.ConcurrencyToken);

        await Assert.ThrowsAsync<SlipConflictException>(() => store.SaveAsync(first.State with { Step = SlipStep.Cancelled }, first.ConcurrencyToken));
        await Assert.ThrowsAsync<SlipConflictException>(() => store.SaveAsync(Begin("c2"), null));
        Assert.Equal(SlipStep.Message, (await store.GetAsync(_workspace, "c2"))!.State.Step);
    }

    [Fact]
    public async Task ListOpenByOwnerAsync_ReturnsOnlyTheOwnersDraftsThatWaitOnThem()
    {
        var store = new TableSlipStore(Engine);
        await store.SaveAsync(Begin("draft"), null);
        await store.SaveAsync(Begin("sent") with { Step = SlipStep.Sent }, null);
        await store.SaveAsync(Begin("theirs", owner: "U_OTHER"), null);

        var open = await store.ListOpenByOwnerAsync(_workspace, "U_OWNER");

        Assert.Equal(["draft"], open.Select(s => s.CommitmentId));
    }

    private SlipState Begin(string commitmentId, string owner = "U_OWNER") =>
        SlipState.Begin(_workspace, commitmentId, owner, new DateOnly(2026, 3, 20), SlipStartReason.Command, Now);
}

public sealed class SqliteSlipStoreTests(Sqlite.SqliteStoreFixture fixture) : SlipStoreContract, IClassFixture<Sqlite.SqliteStoreFixture>
{
    protected override ITableStore Engine => fixture.Store;
}

public sealed class AzureSlipStoreTests : SlipStoreContract
{
    private readonly ITableStore _engine = new global::StatusBot.Storage.AzureTables.AzureTableStore(Azurite.CreateClient());

    protected override ITableStore Engine => _engine;
}
