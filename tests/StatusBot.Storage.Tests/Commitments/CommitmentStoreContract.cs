using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Erasure;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Commitments;

/// <summary>The commitment store's behaviour, the same on every table engine. Each test uses a workspace of its own.</summary>
public abstract class CommitmentStoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    protected abstract ITableStore Tables { get; }

    private TableCommitmentStore NewStore() => new(Tables);

    private static WorkspaceId NewWorkspace() => WorkspaceId.ForSlack("T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant());

    private static Commitment NewCommitment(WorkspaceId workspace, string? id = null) => new()
    {
        Id = id ?? Guid.CreateVersion7(Now).ToString("N"),
        Workspace = workspace,
        Title = "Export API — 导出 <!channel> & \"quotes\" 🚀",
        Customer = "Acme Gmbh",
        DueDate = new DateOnly(2026, 12, 18),
        TimeZone = "Europe/Berlin",
        Owner = "U0123",
        Channel = "C0456",
        CustomerDestination = "ops@acme.example",
        NoticeDays = 5,
        Approver = "U0999",
        HealthSince = Now,
        CreatedAt = Now,
        CheckIns = CheckInState.Initial.OnCheckInSent(Now.AddDays(-1)).OnReminded().OnSnoozed(new DateOnly(2026, 12, 1), Now)
            .OnEscalated(EscalationTriggers.RepeatedSilence).OnNoticePeriodEscalated(new DateOnly(2026, 12, 18)),
    };

    private static CommitmentEvent Created(string actor = "U0123") => new(1, Now, CommitmentEventKind.Created, actor);

    private static CommitmentEvent Answered(long sequence, Health health) =>
        new(sequence, Now.AddHours(sequence), CommitmentEventKind.Answered, "U0123", new Dictionary<string, string> { ["health"] = health.ToString() });

    [Fact]
    public async Task CreateAsync_ThenGet_RoundTripsEveryField()
    {
        var store = NewStore();
        var commitment = NewCommitment(NewWorkspace());

        var stored = await store.CreateAsync(commitment, Created());
        var read = await store.GetAsync(commitment.Workspace, commitment.Id);

        Assert.NotNull(stored.ConcurrencyToken);
        Assert.Equal(commitment with { Version = 1, ConcurrencyToken = read!.ConcurrencyToken }, read);
        Assert.Equal(stored.ConcurrencyToken, read.ConcurrencyToken);
    }

    [Fact]
    public async Task CreateAsync_OptionalFieldsMissing_RoundTripAsNull()
    {
        var store = NewStore();
        var commitment = NewCommitment(NewWorkspace()) with { NoticeDays = null, Approver = null };

        await store.CreateAsync(commitment, Created());
        var read = await store.GetAsync(commitment.Workspace, commitment.Id);

        Assert.Null(read!.NoticeDays);
        Assert.Null(read.Approver);
        Assert.Empty(read.CoOwners); // as a row written before co-owners existed reads
    }

    [Fact]
    public async Task CreateAsync_WithCoOwners_ThenUpdate_KeepsThemInOrder()
    {
        var store = NewStore();
        var commitment = NewCommitment(NewWorkspace()) with { CoOwners = ["U0AAA", "29:teams-user"] };

        var stored = await store.CreateAsync(commitment, Created());
        var updated = await store.UpdateAsync(stored with { CoOwners = ["U0BBB"], Version = 2 }, Answered(2, Health.OnTrack));

        Assert.Equal(["U0AAA", "29:teams-user"], stored.CoOwners);
        Assert.Equal(["U0BBB"], (await store.GetAsync(commitment.Workspace, commitment.Id))!.CoOwners);
        Assert.Equal(["U0BBB"], updated.CoOwners);
    }

    [Fact]
    public async Task CreateAsync_WithExternalId_KeepsIt_AndOlderRowsReadAsNone()
    {
        var store = NewStore();
        var workspace = NewWorkspace();
        var named = NewCommitment(workspace) with { ExternalId = "CRM-42, \"quoted\"" };
        var plain = NewCommitment(workspace);

        await store.CreateAsync(named, Created());
        await store.CreateAsync(plain, Created());

        Assert.Equal("CRM-42, \"quoted\"", (await store.GetAsync(workspace, named.Id))!.ExternalId);
        Assert.Null((await store.GetAsync(workspace, plain.Id))!.ExternalId);
    }

    [Fact]
    public async Task CreateAsync_SameIdTwice_ConflictsAndKeepsTheFirst()
    {
        var store = NewStore();
        var commitment = NewCommitment(NewWorkspace());
        await store.CreateAsync(commitment, Created());

        await Assert.ThrowsAsync<CommitmentConflictException>(() => store.CreateAsync(commitment with { Title = "Other" }, Created("U0999")));

        Assert.Equal(commitment.Title, (await store.GetAsync(commitment.Workspace, commitment.Id))!.Title);
        Assert.Equal("U0123", Assert.Single(await store.GetHistoryAsync(commitment.Workspace, commitment.Id)).Actor);
    }

    [Fact]
    public async Task UpdateAsync_AppendsTheEventAndMovesTheListedCopy()
    {
        var store = NewStore();
        var v1 = await store.CreateAsync(NewCommitment(NewWorkspace()), Created());

        var v2 = await store.UpdateAsync(v1 with { Health = Health.AtRisk, HealthSince = Now.AddHours(2), Version = 2 }, Answered(2, Health.AtRisk));
        await store.UpdateAsync(v2 with { Health = Health.OnTrack, Version = 3 }, Answered(3, Health.OnTrack));

        var history = await store.GetHistoryAsync(v1.Workspace, v1.Id);
        Assert.Equal([1L, 2L, 3L], history.Select(e => e.Sequence));
        Assert.Equal([CommitmentEventKind.Created, CommitmentEventKind.Answered, CommitmentEventKind.Answered], history.Select(e => e.Kind));
        Assert.Equal("AtRisk", history[1].Data["health"]);
        var listed = Assert.Single(await store.ListAsync(v1.Workspace));
        Assert.Equal((Health.OnTrack, 3L), (listed.Health, listed.Version));
    }

    [Fact]
    public async Task UpdateAsync_FromAStaleCopy_ConflictsAndChangesNothing()
    {
        var store = NewStore();
        var v1 = await store.CreateAsync(NewCommitment(NewWorkspace()), Created());
        await store.UpdateAsync(v1 with { Health = Health.AtRisk, Version = 2 }, Answered(2, Health.AtRisk));

        await Assert.ThrowsAsync<CommitmentConflictException>(
            () => store.UpdateAsync(v1 with { Health = Health.Slipping, Version = 2 }, Answered(2, Health.Slipping)));

        Assert.Equal(Health.AtRisk, (await store.GetAsync(v1.Workspace, v1.Id))!.Health);
        Assert.Equal("AtRisk", (await store.GetHistoryAsync(v1.Workspace, v1.Id))[1].Data["health"]);
    }

    [Fact]
    public async Task UpdateAsync_ManyWritersFromOneRead_ExactlyOneWinsAndHistoryHasItsEvent()
    {
        var store = NewStore();
        var v1 = await store.CreateAsync(NewCommitment(NewWorkspace()), Created());
        var answers = Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? Health.AtRisk : Health.OnTrack).ToList();

        var attempts = answers.Select(async (health, i) =>
        {
            try
            {
                await store.UpdateAsync(v1 with { Health = health, Owner = "U" + i, Version = 2 }, Answered(2, health) with { Actor = "U" + i });
                return "U" + i;
            }
            catch (CommitmentConflictException)
            {
                return null;
            }
        });
        var winners = (await Task.WhenAll(attempts)).OfType<string>().ToList();

        var winner = Assert.Single(winners);
        Assert.Equal(winner, (await store.GetAsync(v1.Workspace, v1.Id))!.Owner);
        Assert.Equal(winner, (await store.GetHistoryAsync(v1.Workspace, v1.Id))[1].Actor);
        Assert.Equal(winner, Assert.Single(await store.ListAsync(v1.Workspace)).Owner);
    }

    [Fact]
    public async Task ListAsync_ReadsOnlyItsOwnWorkspace()
    {
        var store = NewStore();
        var mine = NewWorkspace();
        var other = NewWorkspace();
        var a = await store.CreateAsync(NewCommitment(mine), Created());
        var b = await store.CreateAsync(NewCommitment(mine), Created());
        await store.CreateAsync(NewCommitment(other), Created());

        var listed = await store.ListAsync(mine);

        Assert.Equal(new[] { a.Id, b.Id }.Order(), listed.Select(c => c.Id).Order());
        Assert.All(listed, c => Assert.Equal(mine, c.Workspace));
        Assert.Null(await store.GetAsync(other, a.Id));
    }

    [Fact]
    public async Task ListedCopy_CarriesTheTokenForAnUpdate()
    {
        var store = NewStore();
        var created = await store.CreateAsync(NewCommitment(NewWorkspace()), Created());
        var listed = Assert.Single(await store.ListAsync(created.Workspace));

        var updated = await store.UpdateAsync(listed with { Status = CommitmentStatus.Delivered, Version = 2 },
            new CommitmentEvent(2, Now, CommitmentEventKind.Delivered, "U0123"));

        Assert.Equal(CommitmentStatus.Delivered, (await store.GetAsync(created.Workspace, created.Id))!.Status);
        Assert.Equal(2, updated.Version);
    }

    [Fact]
    public async Task ListByChannelAsync_ReadsOnlyThatChannelEvenWithLookAlikeIds()
    {
        var store = NewStore();
        var workspace = NewWorkspace();
        var a = await store.CreateAsync(NewCommitment(workspace) with { Channel = "C1" }, Created());
        await store.CreateAsync(NewCommitment(workspace) with { Channel = "C10" }, Created());
        var odd = await store.CreateAsync(NewCommitment(workspace) with { Channel = "19:team/a#b?c|d@thread" }, Created());

        Assert.Equal(a.Id, Assert.Single(await store.ListByChannelAsync(workspace, "C1")).Id);
        Assert.Equal(odd.Id, Assert.Single(await store.ListByChannelAsync(workspace, "19:team/a#b?c|d@thread")).Id);
        Assert.Equal(3, (await store.ListAsync(workspace)).Count);
    }

    [Fact]
    public async Task UpdateAsync_ToAnotherChannel_MovesTheListedCopy()
    {
        var store = NewStore();
        var v1 = await store.CreateAsync(NewCommitment(NewWorkspace()) with { Channel = "C1" }, Created());

        var v2 = await store.UpdateAsync(v1 with { Channel = "C2", Version = 2 }, new CommitmentEvent(2, Now, CommitmentEventKind.Edited, "U0123"));
        var fromList = Assert.Single(await store.ListByChannelAsync(v1.Workspace, "C2"));
        await store.UpdateAsync(fromList with { Title = "Renamed", Version = 3 }, new CommitmentEvent(3, Now, CommitmentEventKind.Edited, "U0123"));

        Assert.Empty(await store.ListByChannelAsync(v1.Workspace, "C1"));
        Assert.Equal("Renamed", Assert.Single(await store.ListAsync(v1.Workspace)).Title);
        Assert.Equal(2, v2.Version);
    }

    [Fact]
    public async Task GetAsync_UnknownCommitment_IsNullWithEmptyHistory()
    {
        var store = NewStore();
        var workspace = NewWorkspace();

        Assert.Null(await store.GetAsync(workspace, "nope"));
        Assert.Empty(await store.GetHistoryAsync(workspace, "nope"));
        Assert.Empty(await store.ListAsync(workspace));
    }

    [Fact]
    public async Task UpdateAsync_SequenceNotTheNewVersion_IsAProgrammingError()
    {
        var store = NewStore();
        var v1 = await store.CreateAsync(NewCommitment(NewWorkspace()), Created());

        await Assert.ThrowsAsync<ArgumentException>(() => store.UpdateAsync(v1 with { Version = 3 }, Answered(2, Health.OnTrack)));
        await Assert.ThrowsAsync<ArgumentException>(() => store.UpdateAsync(v1 with { Version = 2, ConcurrencyToken = null }, Answered(2, Health.OnTrack)));
    }

    [Fact]
    public async Task ListAsync_ReadAgainUnchanged_ReadsOnlyTheStamp()
    {
        var tables = new CountingTableStore(Tables);
        var store = new TableCommitmentStore(tables);
        var workspace = NewWorkspace();
        await store.CreateAsync(NewCommitment(workspace, "a"), Created());
        await store.CreateAsync(NewCommitment(workspace, "b"), Created());
        await store.ListAsync(workspace);

        tables.Reset();
        var again = await store.ListAsync(workspace);

        Assert.Equal(["a", "b"], again.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal((1, 1), (tables.Reads, tables.RowsRead));
    }

    [Fact]
    public async Task ListAsync_KeptByOneHost_ShowsAnotherHostsCreateUpdateAndErasure()
    {
        var tables = new CountingTableStore(Tables);
        var (reader, writer) = (new TableCommitmentStore(tables), new TableCommitmentStore(tables.SecondHost(Tables)));
        var workspace = NewWorkspace();
        var a = await writer.CreateAsync(NewCommitment(workspace, "a"), Created());
        Assert.Single(await reader.ListAsync(workspace));

        await writer.CreateAsync(NewCommitment(workspace, "b"), Created());
        Assert.Equal(2, (await reader.ListAsync(workspace)).Count);

        await writer.UpdateAsync(a with { Version = 2, Title = "Pilot, moved" }, new CommitmentEvent(2, Now, CommitmentEventKind.Edited, "U0123"));
        Assert.Equal("Pilot, moved", (await reader.ListAsync(workspace)).Single(c => c.Id == "a").Title);

        await new TableWorkspaceEraser(tables.SecondHost(Tables)).EraseAsync(workspace);
        Assert.Empty(await reader.ListAsync(workspace));

        await writer.CreateAsync(NewCommitment(workspace, "c"), Created());
        Assert.Equal("c", Assert.Single(await reader.ListAsync(workspace)).Id);
    }
}
