using StatusBot.Core.Commitments;
using StatusBot.Core.People;
using StatusBot.Core.Chat;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// Does a commitment's check-in work that is due: sends what the commitment's plan says is due through the
/// chat port, records it in the history and files the next wake-up. Several hosts may do it at once: the
/// commitment's version decides which record wins, and each send's idempotency key names the work it does,
/// so a crash or a race never sends the same thing twice.
/// </summary>
public sealed class CheckInRunner
{
    private const int MaxStepsPerWakeUp = 8;
    private readonly ICommitmentStore _store;
    private readonly IWakeUpSchedule _wakeUps;
    private readonly IChatPort _chat;
    private readonly TimeProvider _time;
    private readonly ICheckInSettingsStore _settings;
    private readonly IPeopleDirectory? _people;

    /// <summary>
    /// Creates the runner over its ports; without a settings store every workspace gets the defaults. With the
    /// <paramref name="people"/> directory, owners are asked in their own time, their delegates while they are away,
    /// and their managers told of their silence.
    /// </summary>
    public CheckInRunner(
        ICommitmentStore store, IWakeUpSchedule wakeUps, IChatPort chat, TimeProvider time, ICheckInSettingsStore? settings = null, IPeopleDirectory? people = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(wakeUps);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(time);
        (_store, _wakeUps, _chat, _time, _settings, _people) = (store, wakeUps, chat, time, settings ?? FixedCheckInSettings.Defaults, people);
    }

    /// <summary>
    /// Does every piece of work now due for one commitment, then files its next wake-up. The <paramref name="attempt"/> says
    /// how each message is sent: looked for first in the log (unknown), and on the platform too when a host that took this
    /// work before died or gave up (resumed), so one that went out without its receipt is not sent again; or straight out
    /// when the caller holds the commitment and nobody held it before (first).
    /// </summary>
    public async Task<IReadOnlyList<CheckInWork>> DoDueWorkAsync(WorkspaceId workspace, string commitmentId, DueWorkAttempt attempt, CancellationToken cancellationToken = default)
    {
        var done = new List<CheckInWork>();
        var settings = await _settings.GetAsync(workspace, cancellationToken);
        Commitment? known = null;
        Person? owner = null;
        for (var step = 0; step < MaxStepsPerWakeUp; step++)
        {
            var commitment = known ?? await _store.GetAsync(workspace, commitmentId, cancellationToken);
            known = null;
            owner = commitment is null || owner?.UserId == commitment.Owner ? owner : await OwnerAsync(commitment, cancellationToken);
            var now = _time.GetUtcNow();
            var work = commitment is null ? null : CheckInPlanner.Next(commitment, commitment.CheckIns, settings, now, owner);
            if (commitment is null || work is null || work.At > now)
            {
                if (work is not null)
                {
                    await _wakeUps.ScheduleAsync(workspace, commitmentId, work.At, WakeUpScope.CheckIns, cancellationToken);
                }

                return done;
            }

            var (sent, coOwnerFailure) = await SendAsync(work, commitment, settings, now, owner, attempt, cancellationToken);
            try
            {
                var change = commitment.Record(EventKind(work.Kind), actor: null, now,
                    c => c with { CheckIns = c.CheckIns.After(work, now) }, Details(work, commitment, sent));
                known = await _store.UpdateAsync(change.Commitment, change.Event, cancellationToken);
                done.Add(work);
                if (coOwnerFailure is not null)
                {
                    // Recorded for the owner first, so the cadence goes on; the co-owner's problem is reported like any other.
                    throw coOwnerFailure;
                }
            }
            catch (CommitmentConflictException)
            {
                // Someone changed it meanwhile (an answer, another host): plan again from what they wrote.
            }
        }

        return done;
    }

    /// <summary>
    /// Asks the owner now, whatever the cadence says, and records it; the cadence goes on from this
    /// check-in. Returns the commitment as stored, or null when there is none.
    /// </summary>
    /// <exception cref="ChatDeliveryException">The platform could not take it; nothing was recorded.</exception>
    /// <exception cref="InvalidOperationException">The commitment is delivered or cancelled.</exception>
    public async Task<Commitment?> CheckInNowAsync(WorkspaceId workspace, string commitmentId, CancellationToken cancellationToken = default)
    {
        var commitment = await _store.GetAsync(workspace, commitmentId, cancellationToken);
        if (commitment is null)
        {
            return null;
        }

        if (commitment.Status != CommitmentStatus.Open)
        {
            throw new InvalidOperationException($"Commitment {commitmentId} is {commitment.Status.ToString().ToLowerInvariant()}: there is nothing to check in on.");
        }

        var now = _time.GetUtcNow();
        var settings = await _settings.GetAsync(workspace, cancellationToken);
        var work = new CheckInWork(CheckInWorkKind.CheckIn, now, "asked for now", commitment.DueDate);
        var owner = await OwnerAsync(commitment, cancellationToken);
        // A co-owner who cannot be reached does not stop asking the owner now; the scheduled check-ins report it.
        var (sent, _) = await SendAsync(work, commitment, settings, now, owner, DueWorkAttempt.Unknown, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var change = commitment.Record(CommitmentEventKind.CheckInSent, actor: null, now,
                    c => c with { CheckIns = c.CheckIns.After(work, now) }, Details(work, commitment, sent));
                var stored = await _store.UpdateAsync(change.Commitment, change.Event, cancellationToken);
                if (CheckInPlanner.Next(stored, stored.CheckIns, settings, now, owner) is { } next)
                {
                    await _wakeUps.ScheduleAsync(workspace, commitmentId, next.At, WakeUpScope.CheckIns, cancellationToken);
                }

                return stored;
            }
            catch (CommitmentConflictException) when (attempt < 5)
            {
                // Sent already: record it on what the other writer left, without sending again.
                commitment = await _store.GetAsync(workspace, commitmentId, cancellationToken)
                    ?? throw new InvalidOperationException($"Commitment {commitmentId} vanished while its check-in was recorded.");
            }
        }
    }

    private async Task<Person?> OwnerAsync(Commitment commitment, CancellationToken cancellationToken) =>
        _people is null ? null : await _people.GetAsync(commitment.Workspace, commitment.Owner, cancellationToken);

    /// <summary>
    /// Sends what the work says; returns the receipts of its questions (a check-in or reminder to each owner), and the
    /// first permanent failure to reach a co-owner, which does not stop the others.
    /// </summary>
    private async Task<(List<SentMessage> Questions, ChatDeliveryException? CoOwnerFailure)> SendAsync(
        CheckInWork work, Commitment commitment, CheckInSettings settings, DateTimeOffset now, Person? owner, DueWorkAttempt attempt, CancellationToken cancellationToken)
    {
        var messages = CheckInMessages.For(work, commitment, settings, now, owner);
        var questions = new List<SentMessage>();
        ChatDeliveryException? coOwnerFailure = null;
        var asking = work.Kind is CheckInWorkKind.CheckIn or CheckInWorkKind.Reminder;
        for (var i = 0; i < messages.Count; i++)
        {
            var (to, message) = messages[i];
            try
            {
                var key = IdempotencyKey(commitment, work, i);
                var sent = attempt switch
                {
                    // The look asked the log already: send without asking it again.
                    DueWorkAttempt.Resumed => await _chat.FindDeliveredAsync(to, key, cancellationToken) ?? await _chat.SendNewAsync(to, message, key, cancellationToken),
                    DueWorkAttempt.First => await _chat.SendNewAsync(to, message, key, cancellationToken),
                    _ => await _chat.SendAsync(to, message, key, cancellationToken),
                };
                if (asking)
                {
                    questions.Add(sent);
                }
            }
            catch (ChatDeliveryException ex) when (asking && i > 0 && ex.IsPermanent)
            {
                coOwnerFailure ??= ex; // The first message is the owner's (or their stand-in's); the rest go to co-owners.
            }
        }

        return (questions, coOwnerFailure);
    }

    /// <summary>
    /// Names one message of one piece of work by the version it was planned from (not by its time, which
    /// moves when overdue work is retried), so that doing it again after a crash sends nothing new.
    /// </summary>
    internal static string IdempotencyKey(Commitment commitment, CheckInWork work, int message) =>
        FormattableString.Invariant($"{commitment.Workspace}/{commitment.Id}/v{commitment.Version}/{work.Kind}/{work.DueDate:yyyy-MM-dd}/{work.Triggers}/{message}");

    private static CommitmentEventKind EventKind(CheckInWorkKind kind) => kind switch
    {
        CheckInWorkKind.CheckIn => CommitmentEventKind.CheckInSent,
        CheckInWorkKind.Reminder => CommitmentEventKind.Reminded,
        CheckInWorkKind.Escalation or CheckInWorkKind.NoticePeriodPassed => CommitmentEventKind.Escalated,
        CheckInWorkKind.MissedSilently => CommitmentEventKind.MissedSilently,
        CheckInWorkKind.LateNoticePrompt => CommitmentEventKind.LateNoticePrompted,
        CheckInWorkKind.AwayNotice => CommitmentEventKind.AwayNoticeSent,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of check-in work."),
    };

    private static Dictionary<string, string> Details(CheckInWork work, Commitment commitment, List<SentMessage> questions)
    {
        var details = new Dictionary<string, string>
        {
            ["work"] = work.Kind.ToString(),
            ["reason"] = work.Reason,
            ["dueDate"] = work.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["triggers"] = work.Triggers.ToString(),
        };
        if (commitment.CoOwners.Count > 0 && questions.Count > 0)
        {
            // Several owners: the others' questions are updated on an answer, and a co-owner missing here was not reached.
            details[AskedMessages.Key] = AskedMessages.Format(questions);
        }

        if (work.AwayFrom is { } from)
        {
            details["awayFrom"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return details;
    }
}
