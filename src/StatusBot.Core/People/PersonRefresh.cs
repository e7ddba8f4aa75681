using StatusBot.Core.Commitments;

namespace StatusBot.Core.People;

/// <summary>
/// Fills the directory from what the platform says about someone who acted: their name, time zone, email, title and that they can
/// be reached, and a manager where none is known. At most once a day per person, and never over what people set themselves
/// (manager, delegate, time off, working hours): only the platform's own fields change.
/// </summary>
public static class PersonRefresh
{
    /// <summary>How long the platform's details are taken as fresh.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromDays(1);

    private const int Attempts = 3;

    /// <summary>True when <paramref name="stored"/> (null when unknown) should be filled again at <paramref name="now"/>.</summary>
    public static bool IsDue(Person? stored, DateTimeOffset now) =>
        stored?.RefreshedAt is not { } refreshed || now - refreshed >= Every;

    /// <summary><paramref name="stored"/> (or a new person) with the platform's fields of <paramref name="details"/>, as read at <paramref name="now"/>.</summary>
    public static Person Apply(Person? stored, PlatformDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var person = stored ?? Person.Unknown(details.Workspace, details.UserId);
        return person with
        {
            DisplayName = details.DisplayName is { Length: > 0 } name ? name : person.DisplayName,
            // A zone the platform gives that is not IANA (or not known here) would fail the directory's rules: keep the one known.
            TimeZone = details.TimeZone is { } zone && TimeZones.TryFind(zone, out _) ? zone : person.TimeZone,
            Email = details.Email is { Length: > 0 } email ? email : person.Email,
            Title = details.Title is { } title && !string.IsNullOrWhiteSpace(title) ? title.Trim() : person.Title,
            Manager = person.Manager ?? details.Manager,
            Reach = details.Active ? Reach.Reachable : Reach.Unreachable,
            ReachProblem = details.Active ? null : $"{person.DisplayName ?? details.DisplayName ?? details.UserId} is deactivated: hand their commitments over to someone else.",
            RefreshedAt = now,
        };
    }

    /// <summary>
    /// Stores the platform's <paramref name="details"/> in <paramref name="people"/> when the person is due a refresh; returns
    /// the person as stored, or null when nothing was written (fresh already, or others kept writing).
    /// </summary>
    public static async Task<Person?> FillAsync(IPeopleDirectory people, PlatformDetails details, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(details);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stored = await people.GetAsync(details.Workspace, details.UserId, cancellationToken);
            if (!IsDue(stored, now))
            {
                return null;
            }

            var filled = Apply(stored, details, now);
            if (filled.Manager != stored?.Manager && PersonRules.Check(filled, await people.ListAsync(details.Workspace, cancellationToken)).Any(e => e.Field == "manager"))
            {
                // The platform's manager would close a loop people made: keep theirs (none) rather than store a loop.
                filled = filled with { Manager = stored?.Manager };
            }

            try
            {
                // Without a token (a new person), a save could land over one stored meanwhile: that one was filled just now too.
                return await people.SaveAsync(filled, cancellationToken);
            }
            catch (PersonConflictException)
            {
                // Someone set something meanwhile: read again, so their change is kept.
            }
        }

        return null;
    }
}
