using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;
using StatusBot.Core.Validation;

namespace StatusBot.Admin;

/// <summary>
/// The import's <c>manager</c> column: sets each row's owner's manager in the people directory. It reads the directory
/// once and keeps its copy up to date with what it stores, so each row is checked against the rows before it (two rows
/// naming each other's owner as manager make a loop) without reading everyone again per row.
/// </summary>
internal sealed class ManagerColumn(IPeopleDirectory directory, WorkspaceId workspace, IReadOnlyList<Person> everyone, TimeProvider time)
{
    private readonly List<Person> _everyone = [.. everyone];

    /// <summary>
    /// Every reason the row cannot be taken, from its commitment's fields (checked without creating it) and from its
    /// manager (checked against the directory as this import has left it); nothing is stored. Once the commitment is
    /// created, <see cref="SaveAsync"/> stores the manager.
    /// </summary>
    public IReadOnlyList<FieldError> Check(CommitmentInput input, string manager)
    {
        ArgumentNullException.ThrowIfNull(input);
        var commitment = CommitmentValidator.Create(input, workspace, "import-check", time.GetUtcNow());
        // Say what is wrong with the manager too, so one round of fixes is enough.
        return [.. commitment.Errors, .. Check(input.Owner?.Trim(), manager)];
    }

    /// <summary>What would be wrong with <paramref name="owner"/> managed by <paramref name="manager"/>; nothing is stored.</summary>
    private IReadOnlyList<FieldError> Check(string? owner, string manager)
    {
        if (Shape(manager) is { } wrong)
        {
            return [wrong];
        }

        return string.IsNullOrEmpty(owner) ? [] : PersonRules.Check(PersonUpdates.Candidate(_everyone, workspace, owner, p => p with { Manager = manager }), _everyone);
    }

    /// <summary>Stores <paramref name="manager"/> as <paramref name="owner"/>'s manager; the reasons when it cannot be.</summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(string owner, string manager, CancellationToken cancellationToken)
    {
        if (Shape(manager) is { } wrong)
        {
            return [wrong];
        }

        var update = await PersonUpdates.SaveAsync(directory, workspace, owner, p => p with { Manager = manager }, _everyone, cancellationToken);
        if (update.Saved is { } saved)
        {
            var at = _everyone.FindIndex(p => string.Equals(p.UserId, owner, StringComparison.Ordinal));
            if (at < 0)
            {
                _everyone.Add(saved);
            }
            else
            {
                _everyone[at] = saved;
            }

            return [];
        }

        return update.Conflicted
            ? [new("manager", $"{owner} kept changing in the people directory while this row was imported; import the row again.")]
            : update.Errors;
    }

    private static FieldError? Shape(string manager) => manager.Length > CommitmentValidator.MaxIdLength || manager.Any(char.IsControl)
        ? new("manager", $"manager must be at most {CommitmentValidator.MaxIdLength} characters, with no control characters.")
        : null;
}
