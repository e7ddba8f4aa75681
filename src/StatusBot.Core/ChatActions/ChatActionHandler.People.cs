using System.Globalization;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;

namespace StatusBot.Core.ChatActions;

public sealed partial class ChatActionHandler
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary><c>away FROM TO [delegate @someone]</c>, <c>away off</c>, or <c>away</c> to see it.</summary>
    private async Task<ChatResponse> AwayCommandAsync(ChatCommand command, string arguments, CancellationToken cancellationToken)
    {
        if (_people is null)
        {
            return ChatResponse.Say("I keep no directory of people here, so I cannot note time off.");
        }

        var me = await MeAsync(command.Actor, cancellationToken);
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var today = Today(command.Actor, me);
        if (words.Length == 0)
        {
            var ahead = me.TimeOff.Where(r => r.End >= today).OrderBy(r => r.Start).ToList();
            return ChatResponse.Say(ahead.Count == 0
                ? "You have no time off noted. Note some with away 2026-12-21 2027-01-04 delegate @someone."
                : $"Your time off: {string.Join(", ", ahead.Select(Spelled))}.{DelegateText(me)}");
        }

        if (words is [var off] && off.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            var back = me with { TimeOff = [.. me.TimeOff.Where(r => r.End < today)], Delegate = null };
            return await SavePersonAsync(back, "You are back: your check-ins come to you again.", cancellationToken);
        }

        if (words.Length < 2 || !TryDate(words[0], out var from) || !TryDate(words[1], out var to))
        {
            return ChatResponse.Say("Say when you are away as two dates, the first and the last day: away 2026-12-21 2027-01-04 (then delegate @someone, if someone takes your check-ins).");
        }

        string? standIn = null;
        if (words.Length > 2)
        {
            if (!words[2].Equals("delegate", StringComparison.OrdinalIgnoreCase) || PersonNamed(command, words, 3) is not { } named)
            {
                return ChatResponse.Say("After the dates, name who takes your check-ins with delegate @someone.");
            }

            standIn = named;
        }

        if (to < today)
        {
            return ChatResponse.Say($"That time off ended on {to.ToString(DateFormat, CultureInfo.InvariantCulture)}: give dates from today on.");
        }

        var away = me with { TimeOff = [.. me.TimeOff, new DateRange(from, to)], Delegate = standIn ?? me.Delegate };
        var who = away.Delegate is { } d ? $" {d} answers your check-ins meanwhile." : " Without a delegate, no check-in goes out while you are away.";
        var dueMeanwhile = await DueWhileAwayAsync(command.Actor, new DateRange(from, to), cancellationToken);
        return await SavePersonAsync(away, $"Noted: you are away {Spelled(new DateRange(from, to))}.{who}{dueMeanwhile}", cancellationToken);
    }

    /// <summary><c>manager @someone</c>, <c>manager off</c>, or <c>manager</c> to see it.</summary>
    private async Task<ChatResponse> ManagerCommandAsync(ChatCommand command, string arguments, CancellationToken cancellationToken)
    {
        if (_people is null)
        {
            return ChatResponse.Say("I keep no directory of people here, so I cannot note a manager.");
        }

        var me = await MeAsync(command.Actor, cancellationToken);
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return ChatResponse.Say(me.Manager is { } manager
                ? $"Your manager is {manager}: they hear when a check-in of yours goes unanswered."
                : "No manager is noted for you. Name one with manager @someone.");
        }

        if (words is [var off] && off.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return await SavePersonAsync(me with { Manager = null }, "Cleared: no manager hears of your silences now, only the project channel.", cancellationToken);
        }

        return PersonNamed(command, words, 0) is { } named
            ? await SavePersonAsync(me with { Manager = named }, $"Noted: {named} is your manager and hears when a check-in of yours goes unanswered.", cancellationToken)
            : ChatResponse.Say("Name your manager with manager @someone.");
    }

    private async Task<Person> MeAsync(ChatActor actor, CancellationToken cancellationToken) =>
        await _people!.GetAsync(actor.Workspace, actor.UserId, cancellationToken) ?? Person.Unknown(actor.Workspace, actor.UserId) with { TimeZone = actor.TimeZone };

    /// <summary>Checks the person against the directory and stores them, deciding again when someone else wrote first.</summary>
    private async Task<ChatResponse> SavePersonAsync(Person changed, string done, CancellationToken cancellationToken)
    {
        var everyone = await _people!.ListAsync(changed.Workspace, cancellationToken);
        if (PersonRules.Check(changed, everyone) is { Count: > 0 } errors)
        {
            return ChatResponse.Say(string.Join(" ", errors.Select(e => e.Message)) + " Nothing was changed.");
        }

        try
        {
            await _people.SaveAsync(changed, cancellationToken);
        }
        catch (PersonConflictException)
        {
            return ChatResponse.Say("Your details changed in the meantime (perhaps from another window). Please say it again.");
        }

        return ChatResponse.Say(done);
    }

    /// <summary>The person a command names at <paramref name="index"/>: the platform's mention, else the word as typed (the playground has no mentions).</summary>
    private static string? PersonNamed(ChatCommand command, string[] words, int index) =>
        command.Mentions.Count > 0 ? command.Mentions[0]
        : index < words.Length && !words[index].Contains('<', StringComparison.Ordinal) ? words[index].TrimStart('@')
        : null;

    private async Task<string> DueWhileAwayAsync(ChatActor actor, DateRange away, CancellationToken cancellationToken)
    {
        var mine = await MineAsync(actor, string.Empty, cancellationToken);
        var due = mine.Where(c => away.Contains(c.DueDate)).ToList();
        return due.Count == 0 ? string.Empty
            : $" Due while you are away: {string.Join(", ", due.Select(c => $"{c.Title} ({c.DueDate.ToString(DateFormat, CultureInfo.InvariantCulture)})"))}; hand them over or warn {(due.Count == 1 ? "the customer" : "the customers")} early.";
    }

    private DateOnly Today(ChatActor actor, Person me) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(),
            TimeZones.TryFind(me.TimeZone ?? actor.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc).DateTime);

    private static bool TryDate(string word, out DateOnly date) =>
        DateOnly.TryParseExact(word, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Spelled(DateRange range) =>
        string.Create(CultureInfo.InvariantCulture, $"from {range.Start:ddd d MMM yyyy} to {range.End:ddd d MMM yyyy}");

    private static string DelegateText(Person me) => me.Delegate is { } d ? $" {d} answers your check-ins meanwhile." : string.Empty;
}
