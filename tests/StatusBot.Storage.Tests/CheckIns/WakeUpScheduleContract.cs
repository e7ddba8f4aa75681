using StatusBot.Core.Chat;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.CheckIns;
using StatusBot.Storage.CheckIns;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.CheckIns;

/// <summary>The wake-up schedule's behaviour on every engine; each test has tables of its own.</summary>
public abstract class WakeUpScheduleContract
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);

    protected abstract ITableStore Engine { get; }

    private (TableWakeUpSchedule Schedule, CountingTableStore Tables) NewSchedule()
    {
        var tables = new CountingTableStore(Engine);
        return (new TableWakeUpSchedule(tables, _time), tables);
    }

    [Fact]
    public async Task ReadDueAsync_BeforeItsTime_ReturnsNothingThenReturnsIt()
    {
        var (schedule, _) = NewSchedule();
        await schedule.ScheduleAsync(WorkspaceId.Playground, "c1", Start.AddMinutes(5));

        Assert.Empty(await schedule.ReadDueAsync(Start.AddMinutes(4), 10));
        var due = Assert.Single(await schedule.ReadDueAsync(Start.AddMinutes(5), 10));
        Assert.Equal((WorkspaceId.Playground, "c1", Start.AddMinutes(5)), (due.Workspace, due.CommitmentId, due.At));
    }

    [Fact]
    public async Task ScheduleAsync_SameWakeUpTwice_FilesItOnce()
    {
        var (schedule, _) = NewSchedule();
        await schedule.ScheduleAsync(WorkspaceId.Playground, "c1", Start.AddMinutes(5));
        await schedule.ScheduleAsync(WorkspaceId.Playground, "c1", Start.AddMinutes(5));

        Assert.Single(await schedule.ReadDueAsync(Start.AddMinutes(6), 10));
    }

    [Fact]
    public async Task ScheduleAsync_ScopesAtTheSameMoment_AreKeptApartAndReadBackWithTheirScope()
    {
        var (schedule, _) = NewSchedule();
        await schedule.ScheduleAsync(WorkspaceId.Playground, "c1", Start.AddMinutes(5), WakeUpScope.CheckIns);
        await schedule.ScheduleAsync(WorkspaceId.Playground, "c1", Start.AddMinutes(5), WakeUpScope.All);
        await schedule.ScheduleAsync(WorkspaceId.Playground, "c1", Start.AddMinutes(5), WakeUpScope.CheckIns);

        var due = await schedule.ReadDueAsync(Start.AddMinutes(6), 10);

        // A wake-up for all the work is never swallowed by one for the check-ins filed at the same moment.
        Assert.Equal([WakeUpScope.All, WakeUpScope.CheckIns], due.Select(w => w.Scope).Order());
        var claimed = await schedule.TryClaimAsync(due.Single(w => w.Scope == WakeUpScope.CheckIns), "host-a", Start.AddMinutes(7));
        Assert.Equal(WakeUpScope.CheckIns, claimed?.Scope);
    }

    [Fact]
    public async Task ScheduleAsync_TimeInThePast_IsDueAtOnce()
    {
        var (schedule, _) = NewSchedule();
        _time.Advance(TimeSpan.FromHours(1));

        await schedule.ScheduleAsync(WorkspaceId.Playground, "c1", Start);

        Assert.Single(await schedule.ReadDueAsync(_time.GetUtcNow(), 10));
    }

    [Fact]
    public async Task TryClaimAsync_TwoHostsAtOnce_ExactlyOneWinsAndTheLeaseHidesIt()
    {
        var (schedule, _) = NewSchedule();
        await schedule.ScheduleAsync(WorkspaceId.Playground, "c1", Start);
        var due = Assert.Single(await schedule.ReadDueAsync(Start, 10));

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => schedule.TryClaimAsync(due, "host" + i, Start.AddMinutes(2))));

        Assert.Single(claims, c => c is not null);
        Assert.Empty(await schedule.ReadDueAsync(Start.AddMinutes(1), 10));
    }

    [Fact]
    public async Task ALeaseThatRunsOut_LetsAnotherHostTakeOverAndTheFirstCannotCompleteIt()
    {
        var (schedule, _) = NewSchedule();
        await schedule.ScheduleAsync(WorkspaceId.Playground, "c1", Start);
        var first = await schedule.TryClaimAsync(Assert.Single(await schedule.ReadDueAsync(Start, 10)), "crashed", Start.AddMinutes(2));

        Assert.False(first!.ClaimedBefore);
        var again = Assert.Single(await schedule.ReadDueAsync(Start.AddMinutes(3), 10));
        Assert.True(again.ClaimedBefore); // its work may have gone out without receipts
        var second = await schedule.TryClaimAsync(again, "rescuer", Start.AddMinutes(5));
        await schedule.CompleteAsync(first!);

        Assert.NotNull(second);
        Assert.Single(await schedule.ReadDueAsync(Start.AddMinutes(6), 10));
        await schedule.CompleteAsync(second);
        Assert.Empty(await schedule.ReadDueAsync(Start.AddMinutes(7), 10));
    }

    [Fact]
    public async Task TryHoldAsync_TwoHostsAtOnce_ExactlyOneHoldsAndAFirstHoldReadsNothing()
    {
        var (schedule, tables) = NewSchedule();

        var holds = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            schedule.TryHoldAsync(WorkspaceId.Playground, "c1", "host" + i, Start.AddMinutes(1))));

        var hold = Assert.Single(holds, h => h is not null)!;
        Assert.False(hold.TookOver);
        tables.Reset();
        Assert.NotNull(await schedule.TryHoldAsync(WorkspaceId.Playground, "c2", "host-a", Start.AddMinutes(1)));
        Assert.Equal(0, tables.Reads);
    }

    [Fact]
    public async Task TryHoldAsync_AHoldNeverLetGo_IsTakenOverOnceItsTimeRunsOutAndItsHolderCannotLetGoOfItThen()
    {
        var (schedule, _) = NewSchedule();
        var dead = await schedule.TryHoldAsync(WorkspaceId.Playground, "c1", "crashed", Start.AddMinutes(1));

        Assert.Null(await schedule.TryHoldAsync(WorkspaceId.Playground, "c1", "rescuer", Start.AddMinutes(2)));
        _time.Advance(TimeSpan.FromMinutes(2));
        var rescued = await schedule.TryHoldAsync(WorkspaceId.Playground, "c1", "rescuer", Start.AddMinutes(3));
        await schedule.ReleaseAsync(dead!); // late, after the take-over: nothing happens

        Assert.True(rescued?.TookOver); // the crashed holder's messages may have gone out without receipts
        Assert.Null(await schedule.TryHoldAsync(WorkspaceId.Playground, "c1", "third", Start.AddMinutes(4)));
    }

    [Fact]
    public async Task ReleaseAsync_LetsTheNextHoldBeAFirstOne()
    {
        var (schedule, _) = NewSchedule();
        var hold = await schedule.TryHoldAsync(WorkspaceId.Playground, "c1", "host-a", Start.AddMinutes(1));

        await schedule.ReleaseAsync(hold!);
        var next = await schedule.TryHoldAsync(WorkspaceId.Playground, "c1", "host-b", Start.AddMinutes(1));

        Assert.False(next?.TookOver);
        Assert.Empty(await schedule.ReadDueAsync(Start.AddHours(2), 10)); // a hold is not a wake-up
    }

    [Fact]
    public async Task ReadDueAsync_WakeUpLaterInTheCurrentHour_IsNotReturnedYet()
    {
        var (schedule, _) = NewSchedule();
        await schedule.ScheduleAsync(WorkspaceId.Playground, "soon", Start.AddMinutes(1));
        await schedule.ScheduleAsync(WorkspaceId.Playground, "later", Start.AddMinutes(50));

        var due = await schedule.ReadDueAsync(Start.AddMinutes(2), 10);

        Assert.Equal("soon", Assert.Single(due).CommitmentId);
    }

    [Fact]
    public async Task ReadDueAsync_AfterADayAway_CatchesUpEveryWakeUp()
    {
        var (schedule, _) = NewSchedule();
        for (var i = 0; i < 10; i++)
        {
            await schedule.ScheduleAsync(WorkspaceId.Playground, "c" + i, Start.AddHours(2 * i + 1));
        }

        var due = await schedule.ReadDueAsync(Start.AddDays(1), 100);

        Assert.Equal(10, due.Count);
    }

    [Fact]
    public async Task ReadDueAsync_ReturnsOldestFirstUpToMax()
    {
        var (schedule, _) = NewSchedule();
        for (var i = 0; i < 5; i++)
        {
            await schedule.ScheduleAsync(WorkspaceId.Playground, "c" + i, Start.AddMinutes(10 - i));
        }

        var due = await schedule.ReadDueAsync(Start.AddMinutes(20), 3);

        Assert.Equal(["c4", "c3", "c2"], due.Select(w => w.CommitmentId));
    }

    [Fact]
    public async Task ReadDueAsync_OnABacklog_ReadsOnlyAsFarAsItNeeds()
    {
        var (schedule, tables) = NewSchedule();
        await Parallel.ForEachAsync(Enumerable.Range(0, 1_500), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            await schedule.ScheduleAsync(WorkspaceId.Playground, $"c{i:D4}", Start.AddMinutes(1), ct));
        _time.Advance(TimeSpan.FromMinutes(5));
        var first = await schedule.ReadDueAsync(_time.GetUtcNow(), 50);
        foreach (var wakeUp in first.Take(10))
        {
            await schedule.TryClaimAsync(wakeUp, "h", _time.GetUtcNow().AddMinutes(2));
        }

        tables.Reset();
        var next = await schedule.ReadDueAsync(_time.GetUtcNow(), 50);

        // The ten claimed are passed over; the rest of the 1,500 are not read for fifty.
        Assert.Equal(50, next.Count);
        Assert.DoesNotContain(next, w => first.Take(10).Any(f => f.CommitmentId == w.CommitmentId));
        Assert.InRange(tables.RowsRead, 60, 200);
    }

    [Fact]
    public async Task ReadDueAsync_AfterWorkIsDone_SkipsEmptyHoursSoReadsStayFew()
    {
        var (schedule, tables) = NewSchedule();
        for (var i = 0; i < 30; i++)
        {
            await schedule.ScheduleAsync(WorkspaceId.Playground, "c" + i, Start.AddHours(i).AddMinutes(i));
        }

        _time.Advance(TimeSpan.FromHours(40));
        foreach (var wakeUp in await schedule.ReadDueAsync(_time.GetUtcNow(), 100))
        {
            await schedule.CompleteAsync((await schedule.TryClaimAsync(wakeUp, "h", _time.GetUtcNow().AddMinutes(1)))!);
        }

        await schedule.ReadDueAsync(_time.GetUtcNow(), 100); // settles the cursor past the emptied hours
        tables.Reset();
        await schedule.ReadDueAsync(_time.GetUtcNow(), 100);

        // The cursor row and the current hour: not the forty hours behind.
        Assert.InRange(tables.Reads, 1, 3);
    }
}

public sealed class SqliteWakeUpScheduleTests(Sqlite.SqliteStoreFixture fixture) : WakeUpScheduleContract, IClassFixture<Sqlite.SqliteStoreFixture>
{
    protected override ITableStore Engine => fixture.Store;
}

public sealed class AzureWakeUpScheduleTests : WakeUpScheduleContract
{
    private readonly ITableStore _engine = new global::StatusBot.Storage.AzureTables.AzureTableStore(Azurite.CreateClient());

    protected override ITableStore Engine => _engine;
}
