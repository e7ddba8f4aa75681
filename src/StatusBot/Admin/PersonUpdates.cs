using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Core.Validation;

namespace StatusBot.Admin;

/// <summary>What came of changing a person: stored, refused by <see cref="PersonRules"/>, or lost to other writers every time.</summary>
internal sealed record PersonUpdate(Person? Saved, IReadOnlyList<FieldError> Errors)
{
    public bool Conflicted => Saved is null && Errors.Count == 0;
}

/// <summary>
/// Changes one person of the directory: read, change, check against everyone, save with the read token; when someone
/// else saved in between, read and decide again, a few times.
/// </summary>
internal static class PersonUpdates
{
    /// <summary>How many times a change is tried before it is given up as contended.</summary>
    public const int Attempts = 3;

    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="userId"/> (a person not known yet starts as known by id
    /// only). <paramref name="everyone"/>, when given, is the directory as the caller last read it, used for the first
    /// attempt only, so that a caller changing many people does not read them all again for each.
    /// </summary>
    public static async Task<PersonUpdate> SaveAsync(
        IPeopleDirectory directory, WorkspaceId workspace, string userId, Func<Person, Person> change,
        IReadOnlyList<Person>? everyone = null, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var known = attempt == 1 && everyone is not null ? everyone : await directory.ListAsync(workspace, cancellationToken);
            var candidate = Candidate(known, workspace, userId, change);
            var errors = PersonRules.Check(candidate, known);
            if (errors.Count > 0)
            {
                return new(null, errors);
            }

            try
            {
                return new(await directory.SaveAsync(candidate, cancellationToken), []);
            }
            catch (PersonConflictException)
            {
                // Someone saved this person since it was read: read again, and check again against what they did.
            }
        }

        return new(null, []);
    }

    /// <summary>The person as they would be after <paramref name="change"/>, with the token they were read with.</summary>
    public static Person Candidate(IReadOnlyList<Person> everyone, WorkspaceId workspace, string userId, Func<Person, Person> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = everyone.FirstOrDefault(p => string.Equals(p.UserId, userId, StringComparison.Ordinal)) ?? Person.Unknown(workspace, userId);
        return change(current);
    }
}
