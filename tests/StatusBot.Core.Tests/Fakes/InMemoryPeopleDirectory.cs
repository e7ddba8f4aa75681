using System.Globalization;
using StatusBot.Core.Chat;
using StatusBot.Core.People;

namespace StatusBot.Core.Tests.Fakes;

/// <summary>The people directory in memory, with the same concurrency rule as a store: a token saves only over its version.</summary>
internal sealed class InMemoryPeopleDirectory : IPeopleDirectory
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(WorkspaceId, string), Person> _people = [];
    private int _version;
    private int _saves;
    private int _reads;

    /// <summary>How many people were read one at a time, for tests of what a request costs.</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>How many saves were taken, for tests of how often the directory is written.</summary>
    public int Saves => Volatile.Read(ref _saves);

    public Task<Person?> GetAsync(WorkspaceId workspace, string userId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        lock (_gate)
        {
            return Task.FromResult(_people.GetValueOrDefault((workspace, userId)));
        }
    }

    public Task<IReadOnlyList<Person>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Person>>([.. _people.Values.Where(p => p.Workspace == workspace).OrderBy(p => p.UserId, StringComparer.Ordinal)]);
        }
    }

    public Task<Person> SaveAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        lock (_gate)
        {
            var key = (person.Workspace, person.UserId);
            if (person.ConcurrencyToken is { } token && _people.GetValueOrDefault(key)?.ConcurrencyToken != token)
            {
                throw new PersonConflictException($"{person.UserId} changed since it was read.");
            }

            var stored = person with { ConcurrencyToken = (++_version).ToString(CultureInfo.InvariantCulture) };
            _people[key] = stored;
            _saves++;
            return Task.FromResult(stored);
        }
    }
}
