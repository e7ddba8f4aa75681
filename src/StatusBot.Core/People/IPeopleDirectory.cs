using StatusBot.Core.Chat;

namespace StatusBot.Core.People;

/// <summary>The people of each workspace (one partition per workspace).</summary>
public interface IPeopleDirectory
{
    /// <summary>The person, or null when the directory does not know them.</summary>
    Task<Person?> GetAsync(WorkspaceId workspace, string userId, CancellationToken cancellationToken = default);

    /// <summary>Everyone the directory knows in <paramref name="workspace"/>.</summary>
    Task<IReadOnlyList<Person>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="person"/> and returns it with its new <see cref="Person.ConcurrencyToken"/>. With a token,
    /// only over that version (else <see cref="PersonConflictException"/>); without one, as a new person or over
    /// whatever is stored.
    /// </summary>
    Task<Person> SaveAsync(Person person, CancellationToken cancellationToken = default);
}

/// <summary>Someone else changed the person since it was read; read again and decide again.</summary>
public sealed class PersonConflictException : Exception
{
    /// <summary>Required by the exception pattern.</summary>
    public PersonConflictException() { }

    /// <summary>Creates the exception.</summary>
    public PersonConflictException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public PersonConflictException(string message, Exception innerException) : base(message, innerException) { }
}
