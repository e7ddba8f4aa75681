using StatusBot.Core.Answers;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.People;
using StatusBot.Core.Slips;

namespace StatusBot.Core.ChatActions;

/// <summary>
/// What users do in chat, whatever the platform: adapters verify and parse a request, hand it here as a
/// <see cref="ChatCommand"/> or <see cref="ChatClick"/>, and render the <see cref="ChatResponse"/>. Every
/// use case is the same one the admin API and the scheduler use; nothing here knows Slack or Teams.
/// </summary>
public sealed partial class ChatActionHandler
{
    private readonly CommitmentService _commitments;
    private readonly CheckInPlanning _planning;
    private readonly SlipService _slips;
    private readonly DigestService _digests;
    private readonly IDigestScheduler _digestScheduler;
    private readonly CheckInRunner _runner;
    private readonly IChatPort _chat;
    private readonly TimeProvider _time;
    private readonly IPeopleDirectory? _people;
    private readonly ISentenceClassifier? _toneModel;
    private readonly CustomerAnswerService _answers;
    private readonly PromiseLinkService? _promiseLinks;

    /// <summary>
    /// Creates the handler over the use cases it offers. With the <paramref name="people"/> directory, an owner's delegate
    /// may answer their check-ins while they are away; with the <paramref name="toneModel"/>, <c>tone</c> reads sentences by
    /// their meaning as well as by the phrase rules; with <paramref name="promiseLinks"/>, <c>commit share</c> and <c>commit unshare</c>
    /// share and revoke a customer's promise page.
    /// </summary>
    public ChatActionHandler(
        CommitmentService commitments, CheckInPlanning planning, SlipService slips, DigestService digests, IDigestScheduler digestScheduler, CheckInRunner runner, IChatPort chat, TimeProvider time,
        IPeopleDirectory? people = null, ISentenceClassifier? toneModel = null, PromiseLinkService? promiseLinks = null)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(planning);
        ArgumentNullException.ThrowIfNull(slips);
        ArgumentNullException.ThrowIfNull(digests);
        ArgumentNullException.ThrowIfNull(digestScheduler);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(time);
        (_commitments, _planning, _slips, _digests, _digestScheduler, _runner, _chat, _time, _people) = (commitments, planning, slips, digests, digestScheduler, runner, chat, time, people);
        _toneModel = toneModel;
        _answers = new CustomerAnswerService(commitments, chat);
        _promiseLinks = promiseLinks;
    }

    /// <summary>Runs a typed command; an unknown one gets the help text.</summary>
    public Task<ChatResponse> HandleCommandAsync(ChatCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var arguments = command.Arguments.Trim();
        return command.Name.Trim().TrimStart('/').ToLowerInvariant() switch
        {
            "slip" => SlipCommandAsync(command.Actor, arguments, cancellationToken),
            "commit" when arguments.Equals("list", StringComparison.OrdinalIgnoreCase) => ListAsync(command.Actor, cancellationToken),
            "commit" when arguments.StartsWith("edit", StringComparison.OrdinalIgnoreCase) && (arguments.Length == 4 || arguments[4] == ' ') =>
                EditCommandAsync(command.Actor, arguments[4..].Trim(), cancellationToken),
            "commit" when Subcommand(arguments, "share") is { } customer => SharePromisesAsync(command.Actor, customer, cancellationToken),
            "commit" when Subcommand(arguments, "unshare") is { } id => UnsharePromisesAsync(command.Actor, id, cancellationToken),
            "commit" => Task.FromResult(CommitmentForm.Response(command.Actor, command.Where, arguments)),
            "list" => ListAsync(command.Actor, cancellationToken),
            "digest" => DigestCommandAsync(command, arguments, cancellationToken),
            "checkin" => CheckInCommandAsync(command.Actor, arguments, cancellationToken),
            "away" => AwayCommandAsync(command, arguments, cancellationToken),
            "manager" => ManagerCommandAsync(command, arguments, cancellationToken),
            "tone" => Task.FromResult(ToneCommand(arguments)),
            "help" or "" => Task.FromResult(new ChatResponse { Messages = [ChatHelp.Message()] }),
            var other => Task.FromResult(new ChatResponse { Messages = [ChatHelp.Unknown(other, arguments)] }),
        };
    }

    /// <summary>Handles a click or a form submission; an action id Core never gave out gets a clear refusal.</summary>
    public Task<ChatResponse> HandleClickAsync(ChatClick click, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(click);
        return click.ActionId switch
        {
            CheckInActions.Answer => AnswerAsync(click, cancellationToken),
            CheckInActions.Snooze => SnoozeAsync(click, cancellationToken),
            CheckInActions.StartSlip => StartSlipAsync(click.Actor, click.Value, cancellationToken),
            CustomerAnswers.Action => CustomerAnswerAsync(click, cancellationToken),
            CommitmentForm.Submit => CreateAsync(click, cancellationToken),
            CommitmentEditForm.Pick => EditFormAsync(click, cancellationToken),
            CommitmentEditForm.Submit => EditAsync(click, cancellationToken),
            _ when click.ActionId.StartsWith("slip.", StringComparison.Ordinal) => SlipStepAsync(click, cancellationToken),
            _ => Task.FromResult(ChatResponse.Say("That button is no longer in use. Type help to see what I can do.")),
        };
    }

    /// <summary>The actor's open commitments, narrowed to those whose title or customer has every word of <paramref name="words"/>.</summary>
    private async Task<IReadOnlyList<Commitment>> MineAsync(ChatActor actor, string words, CancellationToken cancellationToken)
    {
        var terms = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var theirs = await _commitments.ListByOwnerAsync(actor.Workspace, actor.UserId, cancellationToken);
        return [.. theirs
            .Where(c => Owns(c, actor.UserId) && c.Status == CommitmentStatus.Open)
            .Where(c => terms.All(t => c.Title.Contains(t, StringComparison.OrdinalIgnoreCase) || c.Customer.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.DueDate).ThenBy(c => c.Title, StringComparer.Ordinal)];
    }

    private static string NoneMatching(string words) =>
        words.Length == 0 ? "You own no open commitments. Add one with commit." : $"None of your open commitments mentions \"{words}\". Type list to see them all.";

    private static bool MayAct(ChatActor actor, Commitment commitment) => Owns(commitment, actor.UserId) || actor.IsWorkspaceAdmin;

    /// <summary>The owner, an admin, or the owner's delegate while the owner is away may answer a check-in.</summary>
    private async Task<bool> MayAnswerAsync(ChatActor actor, Commitment commitment, CancellationToken cancellationToken)
    {
        if (MayAct(actor, commitment))
        {
            return true;
        }

        var owner = _people is null ? null : await _people.GetAsync(commitment.Workspace, commitment.Owner, cancellationToken);
        return owner?.Delegate == actor.UserId && PersonalTime.StandIn(owner, commitment.TimeZone, _time.GetUtcNow()) == actor.UserId;
    }
}
