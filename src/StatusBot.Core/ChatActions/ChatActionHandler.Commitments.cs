using StatusBot.Core.Chat;
using System.Text;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;

namespace StatusBot.Core.ChatActions;

public sealed partial class ChatActionHandler
{
    private async Task<ChatResponse> CreateAsync(ChatClick click, CancellationToken cancellationToken)
    {
        var created = await _commitments.CreateAsync(click.Actor.Workspace, CommitmentForm.Read(click), click.Actor.UserId, cancellationToken);
        if (!created.IsValid)
        {
            return new ChatResponse { Messages = [CommitmentForm.Refilled(click)], Errors = created.Errors };
        }

        var commitment = created.Value!;
        var next = await _planning.NextWorkAsync(commitment, cancellationToken);
        var when = next is null ? string.Empty : $" I will first check in {WarningComposer.Spelled(LocalDate(commitment, next.At))}.";
        var problems = await _commitments.ReachProblemsAsync(commitment, cancellationToken);
        return ChatResponse.Say($"Added {commitment.Title} for {commitment.Customer}, due {WarningComposer.Spelled(commitment.DueDate)}.{when}{ReachNote(problems)}");
    }

    /// <summary>What the platform said it cannot reach, each with what to do; empty when nothing.</summary>
    private static string ReachNote(IReadOnlyList<CommitmentEvent> problems) =>
        problems.Count == 0
            ? string.Empty
            : "\n\nIt is marked unreachable until this is fixed:" + string.Concat(problems.Select(p => "\n- " + p.Data.GetValueOrDefault(ReachEvents.Reason)));

    private async Task<ChatResponse> ListAsync(ChatActor actor, CancellationToken cancellationToken)
    {
        var mine = await MineAsync(actor, string.Empty, cancellationToken);
        if (mine.Count == 0)
        {
            return ChatResponse.Say(NoneMatching(string.Empty));
        }

        var listed = mine.Take(MaxChoices * 2).ToList();
        var nextWork = await _planning.NextWorkAsync(listed, cancellationToken);
        // Only a commitment that was answered or warned has a last answer or a warning to show: the rest read no history.
        var histories = await Task.WhenAll(listed.Select(c => c.CheckIns.LastAnswerAt is null && c.CheckIns.WarningSentFor is null
            ? Task.FromResult<IReadOnlyList<CommitmentEvent>>([])
            : _commitments.HistoryAsync(c.Workspace, c.Id, cancellationToken)));
        var sections = listed.Select((commitment, i) => new MessageSection(commitment.Title, Describe(commitment, nextWork[i], histories[i])) { Buttons = Acts(commitment) }).ToList();

        var text = new StringBuilder($"Your open commitments ({mine.Count}):");
        foreach (var section in sections)
        {
            text.Append("\n- ").Append(section.Heading).Append(": ").Append(section.Body);
        }

        if (mine.Count > sections.Count)
        {
            text.Append("\nand ").Append(mine.Count - sections.Count).Append(" more");
        }

        return new ChatResponse { Messages = [new ChatMessage { Text = text.ToString(), Sections = sections }] };
    }

    private async Task<ChatResponse> CheckInCommandAsync(ChatActor actor, string words, CancellationToken cancellationToken)
    {
        var mine = await MineAsync(actor, words, cancellationToken);
        if (mine.Count == 0)
        {
            return ChatResponse.Say(NoneMatching(words));
        }

        try
        {
            foreach (var commitment in mine.Take(MaxChoices))
            {
                await _runner.CheckInNowAsync(commitment.Workspace, commitment.Id, cancellationToken);
            }
        }
        catch (ChatDeliveryException ex)
        {
            return ChatResponse.Say($"I could not send the check-in just now ({ex.Message}). Please try again in a minute.");
        }

        return ChatResponse.Say(mine.Count == 1 ? $"Asking about {mine[0].Title} now." : $"Asking about {Math.Min(mine.Count, MaxChoices)} commitments now.");
    }

    /// <summary>What the owner can do about a listed commitment: answer its check-in now, or warn the customer.</summary>
    private static ChatButton[] Acts(Commitment commitment) =>
    [
        new(CheckInActions.Answer, "On track", CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.OnTrack), ButtonStyle.Primary),
        new(CheckInActions.Answer, "At risk", CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.AtRisk)),
        new(CheckInActions.StartSlip, "Report a slip", commitment.Id, ButtonStyle.Danger),
    ];

    /// <summary>
    /// For example "Acme, due Friday 4 December 2026 (in 12 days); at risk; next check-in Tuesday 1 December 2026", with the
    /// last answer when the date was re-planned since, and where the latest warning stands.
    /// </summary>
    private string Describe(Commitment commitment, CheckInWork? next, IReadOnlyList<CommitmentEvent> history)
    {
        var today = LocalToday(commitment);
        var health = commitment.Health == Health.Unknown ? LastAnswer(commitment, history) ?? "not answered yet" : HealthWords(commitment.Health);
        var nextText = next is null ? "no check-in planned" : $"next check-in {WarningComposer.Spelled(LocalDate(commitment, next.At))}";
        var warning = WarningState(commitment, history);
        return $"{commitment.Customer}, due {WarningComposer.Spelled(commitment.DueDate)} ({DateText.Distance(commitment.DueDate, today)}); {health}{warning}; {nextText}";
    }

    /// <summary>"last answered slipping on Monday 2 March 2026", when there was an answer; null when never answered.</summary>
    private static string? LastAnswer(Commitment commitment, IReadOnlyList<CommitmentEvent> history) =>
        history.LastOrDefault(e => e.Kind == CommitmentEventKind.Answered) is { } answer && answer.Data.GetValueOrDefault("health") is { } said
            && Enum.TryParse<Health>(said, out var health)
            ? $"last answered {HealthWords(health)} on {WarningComposer.Spelled(LocalDate(commitment, answer.At))}"
            : null;

    /// <summary>"; warning sent to the customer on ..." or "; a warning is being written", from the latest slip events.</summary>
    private static string WarningState(Commitment commitment, IReadOnlyList<CommitmentEvent> history)
    {
        var sent = history.LastOrDefault(e => e.Kind == CommitmentEventKind.WarningSent);
        var started = history.LastOrDefault(e => e.Kind == CommitmentEventKind.SlipStarted);
        return (started, sent) switch
        {
            ({ } s, var w) when w is null || s.At > w.At => "; a warning to the customer is started, not sent yet",
            (_, { } w) => $"; warning sent to the customer on {WarningComposer.Spelled(LocalDate(commitment, w.At))}",
            _ => string.Empty,
        };
    }

    private static string HealthWords(Health health) => health switch
    {
        Health.OnTrack => "on track",
        Health.AtRisk => "at risk",
        Health.Slipping => "slipping",
        _ => "not known",
    };

    private DateOnly LocalToday(Commitment commitment) => LocalDate(commitment, _time.GetUtcNow());

    private static DateOnly LocalDate(Commitment commitment, DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZones.Get(commitment.TimeZone)).DateTime);
}
