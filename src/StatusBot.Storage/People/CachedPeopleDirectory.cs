using System.Collections.Concurrent;
using StatusBot.Core.Chat;
using StatusBot.Core.People;

namespace StatusBot.Storage.People;

/// <summary>
/// Keeps the people this host read or wrote for <see cref="Lifetime"/>, so due work over many commitments of one owner
/// (a check-in, then planning the next) reads each person once rather than twice per commitment. A change saved here is
/// seen here at once; one saved on another host (or someone first saved there) within <see cref="Lifetime"/>. A save refused
/// because the person changed elsewhere forgets them, so the caller's next read is fresh.
/// </summary>
public sealed class CachedPeopleDirectory(IPeopleDirectory inner, TimeProvider time) : IPeopleDirectory
{
    /// <summary>How long a person is trusted without reading the store.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The most people kept; past it the cache starts again (the store still has them all).</summary>
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<(WorkspaceId, string), (Person? Person, DateTimeOffset Until)> _known = new();
    private long _remembered;

    /// <inheritdoc />
    public async Task<Person?> GetAsync(WorkspaceId workspace, string userId, CancellationToken cancellationToken = default)
    {
        if (_known.TryGetValue((workspace, userId), out var entry) && entry.Until > time.GetUtcNow())
        {
            return entry.Person;
        }

        var read = await inner.GetAsync(workspace, userId, cancellationToken);
        Remember(workspace, userId, read);
        return read;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Person>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        inner.ListAsync(workspace, cancellationToken);

    /// <inheritdoc />
    public async Task<Person> SaveAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        try
        {
            var saved = await inner.SaveAsync(person, cancellationToken);
            Remember(saved.Workspace, saved.UserId, saved);
            return saved;
        }
        catch (PersonConflictException)
        {
            _known.TryRemove((person.Workspace, person.UserId), out _);
            throw;
        }
    }

    private void Remember(WorkspaceId workspace, string userId, Person? person)
    {
        // Counting a concurrent dictionary takes all its locks: look only now and then.
        if (Interlocked.Increment(ref _remembered) % 1024 == 0 && _known.Count >= Capacity)
        {
            _known.Clear();
        }

        _known[(workspace, userId)] = (person, time.GetUtcNow() + Lifetime);
    }
}
