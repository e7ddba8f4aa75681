using System.Collections.Concurrent;
using StatusBot.Core.Chat;
using StatusBot.Core.People;

namespace StatusBot.Core.Tests.Fakes;

/// <summary>The people directory in memory, with the store's concurrency rule.</summary>
internal sealed class InMemoryPeopleDirectory : IPeopleDirectory
{
    private readonly ConcurrentDictionary<(WorkspaceId, string), Person> _people = new();
    private int _version;

    public Task<Person?> GetAsync(WorkspaceId workspace, string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_people.GetValueOrDefault((workspace, userId)));

    public Task<IReadOnlyList<Person>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Person>>([.. _people.Values.Where(p => p.Workspace == workspace).OrderBy(p => p.UserId, StringComparer.Ordinal)]);

    public Task<Person> SaveAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        lock (_people)
        {
            var key = (person.Workspace, person.UserId);
            if (person.ConcurrencyToken is { } token && _people.GetValueOrDefault(key)?.ConcurrencyToken != token)
            {
                throw new PersonConflictException($"{person.UserId} changed");
            }

            var stored = person with { ConcurrencyToken = Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            _people[key] = stored;
            return Task.FromResult(stored);
        }
    }
}
