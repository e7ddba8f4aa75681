using StatusBot.Core.Commitments;
using StatusBot.Core.Validation;

namespace StatusBot.Core.People;

/// <summary>
/// What a person's details must be before they are stored, whoever sets them (chat, admin API, import): a real IANA
/// zone, a working day that starts before it ends, time off that ends no earlier than it starts, no one managing
/// themselves round a loop, and a delegate who is neither themselves nor away at the same time.
/// </summary>
public static class PersonRules
{
    /// <summary>Every problem with <paramref name="candidate"/> among <paramref name="everyone"/> (the directory as it is); empty when it may be stored.</summary>
    public static IReadOnlyList<FieldError> Check(Person candidate, IReadOnlyList<Person> everyone)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(everyone);
        var errors = new List<FieldError>();
        if (candidate.TimeZone is { } zone && !TimeZones.TryFind(zone, out _))
        {
            errors.Add(new("timeZone", $"'{zone}' is not an IANA time zone; use one like Europe/Berlin or Asia/Tokyo."));
        }

        if (candidate.WorkingDays is { Count: 0 })
        {
            errors.Add(new("workingDays", "Name at least one working day, or leave it out for the workspace's."));
        }

        if (candidate.WorkdayStart is { } start && candidate.WorkdayEnd is { } end && start >= end)
        {
            errors.Add(new("workdayStart", $"The working day must start before it ends ({start:HH:mm} is not before {end:HH:mm})."));
        }

        foreach (var range in candidate.TimeOff.Where(r => r.End < r.Start))
        {
            errors.Add(new("timeOff", $"Time off from {range.Start:yyyy-MM-dd} cannot end before it starts ({range.End:yyyy-MM-dd})."));
        }

        CheckManager(candidate, everyone, errors);
        CheckDelegate(candidate, everyone, errors);
        return errors;
    }

    private static void CheckManager(Person candidate, IReadOnlyList<Person> everyone, List<FieldError> errors)
    {
        if (candidate.Manager is not { } manager)
        {
            return;
        }

        if (manager == candidate.UserId)
        {
            errors.Add(new("manager", "Someone cannot be their own manager."));
            return;
        }

        var byId = everyone.Where(p => p.UserId != candidate.UserId).ToDictionary(p => p.UserId, StringComparer.Ordinal);
        var chain = new List<string> { candidate.UserId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { candidate.UserId };
        // Follows the managers up until the chain ends, comes back to the candidate (a loop they would close), or
        // meets someone already passed (a loop among others, stored before: not this change's doing).
        for (var next = manager; next is not null; next = byId.GetValueOrDefault(next)?.Manager)
        {
            chain.Add(next);
            if (next == candidate.UserId)
            {
                errors.Add(new("manager", $"That makes a loop of managers ({string.Join(" manages ", chain.AsEnumerable().Reverse())}); someone in it needs another manager first."));
                return;
            }

            if (!seen.Add(next))
            {
                return;
            }
        }
    }

    private static void CheckDelegate(Person candidate, IReadOnlyList<Person> everyone, List<FieldError> errors)
    {
        if (candidate.Delegate is not { } stand)
        {
            return;
        }

        if (stand == candidate.UserId)
        {
            errors.Add(new("delegate", "Someone cannot stand in for themselves: name a colleague, or no one."));
            return;
        }

        var other = everyone.FirstOrDefault(p => p.UserId == stand);
        var clash = other is null ? null : candidate.TimeOff.SelectMany(mine => other.TimeOff.Where(theirs => theirs.Overlaps(mine))).Cast<DateRange?>().FirstOrDefault();
        if (clash is { } both)
        {
            errors.Add(new("delegate", $"{other!.DisplayName ?? stand} is away too ({both.Start:yyyy-MM-dd} to {both.End:yyyy-MM-dd}): name someone who is in."));
        }
    }
}
