using Microsoft.Extensions.Time.Testing;
using StatusBot.Conversations;
using StatusBot.Core.Chat;
using StatusBot.Teams.Inbound;

namespace StatusBot.Tests.Conversations;

public sealed class CachedTeamsConversationStoreTests
{
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("teams-00000000-0000-0000-0000-000000000001");
    private static readonly ChatAddress Ann = ChatAddress.ToUser(Workspace, "29:ann");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly CountingStore _inner = new();

    private CachedTeamsConversationStore Store() => new(_inner, _time);

    private static TeamsConversationReference Reference(string conversation = "a:1") =>
        new(Ann, new Uri("https://smba.trafficmanager.net/emea/"), conversation, "personal", "00000000-0000-0000-0000-000000000001", "29:ann", null, "28:bot");

    [Fact]
    public async Task The_same_reference_brought_again_is_written_once_and_read_from_memory()
    {
        var store = Store();

        await store.SaveAsync(Reference());
        await store.SaveAsync(Reference());
        var read = await store.GetAsync(Ann);

        Assert.Equal((1, 0), (_inner.Saves, _inner.Gets));
        Assert.Equal(Reference(), read);
    }

    [Fact]
    public async Task A_changed_reference_is_written_and_a_stale_one_read_again()
    {
        var store = Store();
        await store.SaveAsync(Reference());

        await store.SaveAsync(Reference("a:2"));
        _time.Advance(CachedTeamsConversationStore.Lifetime + TimeSpan.FromSeconds(1));
        await store.GetAsync(Ann);
        await store.GetAsync(Ann);

        Assert.Equal((2, 1), (_inner.Saves, _inner.Gets));
    }

    [Fact]
    public async Task A_deleted_reference_is_forgotten_at_once_and_a_missing_one_never_remembered()
    {
        var store = Store();
        await store.SaveAsync(Reference());

        await store.DeleteAsync(Ann);
        Assert.Null(await store.GetAsync(Ann));
        await _inner.SaveAsync(Reference()); // Installed again, through another host.

        Assert.Equal(Reference(), await store.GetAsync(Ann));
    }

    private sealed class CountingStore : ITeamsConversationStore
    {
        private readonly InMemoryTeamsConversationStore _store = new();

        public int Saves { get; private set; }

        public int Gets { get; private set; }

        public Task SaveAsync(TeamsConversationReference reference, CancellationToken cancellationToken = default)
        {
            Saves++;
            return _store.SaveAsync(reference, cancellationToken);
        }

        public Task<TeamsConversationReference?> GetAsync(ChatAddress address, CancellationToken cancellationToken = default)
        {
            Gets++;
            return _store.GetAsync(address, cancellationToken);
        }

        public Task<TeamsConversationReference?> FindUserAsync(WorkspaceId workspace, string aadObjectId, CancellationToken cancellationToken = default) =>
            _store.FindUserAsync(workspace, aadObjectId, cancellationToken);

        public Task<bool> DeleteAsync(ChatAddress address, CancellationToken cancellationToken = default) => _store.DeleteAsync(address, cancellationToken);
    }
}
