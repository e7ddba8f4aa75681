using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;
using StatusBot.Core.Chat;
using StatusBot.Core.Telemetry;

namespace StatusBot.Core.Slips;

/// <summary>
/// Runs slip conversations for the host: reads what <see cref="SlipConversation"/> needs, stores each
/// state it returns (guarded by the stored token, so a double click or a second host moves it on once),
/// sends its messages, delivers the warning under the key stored before the first attempt, applies the
/// outcome to the commitment, and files wake-ups for reminders, approval timeouts and delivery retries.
/// </summary>
public sealed partial class SlipService
{
    /// <summary>How long to wait before trying a warning again when the platform did not say.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    private const int MaxAttempts = 5;
    private readonly ICommitmentStore _store;
    private readonly ISlipStore _slips;
    private readonly IWakeUpSchedule _wakeUps;
    private readonly SlipOutbox _outbox;
    private readonly IChatPort _chat;
    private readonly TimeProvider _time;
    private readonly ICheckInSettingsStore _settings;
    private readonly ISentenceClassifier? _classifier;
    private readonly IPeopleDirectory? _people;

    /// <summary>
    /// Creates the service over its ports; without a settings store every workspace gets the defaults, and without a
    /// sentence model the tone check runs its phrase rules alone.
    /// </summary>
    public SlipService(
        ICommitmentStore store, ISlipStore slips, IWakeUpSchedule wakeUps, IChatPort chat, TimeProvider time, ICheckInSettingsStore? settings = null, ISentenceClassifier? classifier = null,
        IPeopleDirectory? people = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(slips);
        ArgumentNullException.ThrowIfNull(wakeUps);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(time);
        (_store, _slips, _wakeUps, _chat, _time, _settings) = (store, slips, wakeUps, chat, time, settings ?? FixedCheckInSettings.Defaults);
        _outbox = new SlipOutbox(slips, wakeUps, chat, time);
        _classifier = classifier;
        _people = people;
    }

    /// <summary>
    /// Starts a warning about a commitment for <paramref name="actor"/>, or reopens the draft already
    /// under way (an abandoned draft is kept, never started over). A command about a commitment that was
    /// missed silently starts a late notice.
    /// </summary>
    public async Task<SlipResult> StartAsync(
        WorkspaceId workspace, string commitmentId, SlipStartReason reason, string actor, bool actorIsWorkspaceAdmin = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        using var span = CoreTelemetry.Source.StartActivity("slip start");
        span?.SetTag("statusbot.platform", workspace.Platform.ToString()).SetTag("statusbot.slip.reason", reason.ToString());
        for (var attempt = 1; ; attempt++)
        {
            var commitment = await _store.GetAsync(workspace, commitmentId, cancellationToken);
            if (commitment is null)
            {
                return SlipResult.Refusal("That commitment no longer exists.");
            }

            var stored = await _slips.GetAsync(workspace, commitmentId, cancellationToken);
            if (stored?.State.Step is not (null or SlipStep.Sent or SlipStep.Cancelled))
            {
                return await HandleAsync(workspace, commitmentId, new SlipResume(actor) { ActorIsWorkspaceAdmin = actorIsWorkspaceAdmin }, cancellationToken);
            }

            if (commitment.Status != CommitmentStatus.Open)
            {
                return SlipResult.Refusal($"{commitment.Title} is {commitment.Status.ToString().ToLowerInvariant()}: there is no date to warn {commitment.Customer} about.");
            }

            if (reason == SlipStartReason.Command && commitment.CheckIns.MissedSilentlyFor == commitment.DueDate)
            {
                reason = SlipStartReason.MissedSilently;
            }

            var context = await ContextAsync(commitment, null, cancellationToken);
            var transition = SlipConversation.Start(context, reason, actor, actorIsWorkspaceAdmin, _time.GetUtcNow());
            if (transition.Refused)
            {
                return Refused(transition);
            }

            try
            {
                var saved = await SaveStepAsync(transition, stored?.ConcurrencyToken, cancellationToken);
                span?.SetTag("statusbot.slip.step", saved.State.Step.ToString());
                var recorded = await RecordAsync(commitment, null, saved.State, actor, cancellationToken);
                return await FollowAsync(saved, transition, context, recorded, actor, cancellationToken);
            }
            catch (SlipConflictException) when (attempt < MaxAttempts)
            {
                // Someone started one at the same moment: join it instead.
            }
        }
    }

    /// <summary>Moves the commitment's conversation on with <paramref name="input"/> (a user's step, or the host's own).</summary>
    public async Task<SlipResult> HandleAsync(WorkspaceId workspace, string commitmentId, SlipInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var span = CoreTelemetry.Source.StartActivity("slip step");
        span?.SetTag("statusbot.platform", workspace.Platform.ToString()).SetTag("statusbot.slip.input", input.GetType().Name);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await _slips.GetAsync(workspace, commitmentId, cancellationToken);
            var commitment = await _store.GetAsync(workspace, commitmentId, cancellationToken);
            if (stored is null || commitment is null)
            {
                return SlipResult.Refusal("There is no warning under way for that commitment. Start one with /slip.");
            }

            var context = await ContextAsync(commitment, stored.State.Step, cancellationToken);
            var transition = SlipConversation.Advance(stored.State, input, context, _time.GetUtcNow());
            if (transition.Refused)
            {
                return Refused(transition);
            }

            try
            {
                var saved = await SaveStepAsync(transition, stored.ConcurrencyToken, cancellationToken);
                span?.SetTag("statusbot.slip.step", saved.State.Step.ToString());
                var recorded = await RecordAsync(commitment, stored.State, saved.State, input.Actor, cancellationToken);
                return await FollowAsync(saved, transition, context, recorded, input.Actor, cancellationToken);
            }
            catch (SlipConflictException) when (attempt < MaxAttempts)
            {
                // A second click or another host got there first: decide again from what it stored.
            }
        }
    }

    /// <summary>
    /// Stores a step. A step that delivers the warning files a wake-up a minute ahead first, so a crash (or a delivery
    /// that keeps failing) resumes within minutes, under the stored key, rather than at the next planned wake-up.
    /// </summary>
    private async Task<StoredSlip> SaveStepAsync(SlipTransition transition, string? expectedToken, CancellationToken cancellationToken)
    {
        if (transition.Delivery is not null)
        {
            await _wakeUps.ScheduleAsync(transition.State.Workspace, transition.State.CommitmentId, _time.GetUtcNow() + RetryDelay, cancellationToken);
        }

        return await _slips.SaveAsync(transition.State, expectedToken, cancellationToken);
    }

    /// <summary>
    /// Writes the step into the commitment's history (see <see cref="SlipHistory.For"/>) on <paramref name="known"/>, the
    /// version the step was decided on, reading it afresh only when another writer got there first. Returns the
    /// commitment as it now is (null when it is gone).
    /// </summary>
    private async Task<Commitment?> RecordAsync(Commitment known, SlipState? before, SlipState after, string? actor, CancellationToken cancellationToken)
    {
        Commitment? commitment = known;
        for (var attempt = 1; ; attempt++)
        {
            if (commitment is null || SlipHistory.For(commitment, before, after, actor) is not { } change)
            {
                return commitment;
            }

            try
            {
                return await _store.UpdateAsync(change.Commitment, change.Event, cancellationToken);
            }
            catch (CommitmentConflictException) when (attempt < MaxAttempts)
            {
                // Someone changed the commitment meanwhile: record on what they wrote.
                commitment = await _store.GetAsync(after.Workspace, after.CommitmentId, cancellationToken);
            }
        }
    }

    private static SlipResult Refused(SlipTransition transition) => new()
    {
        State = transition.State,
        Refused = true,
        Errors = transition.Errors,
        ToActor = [.. transition.Replies.Where(r => r.Audience == SlipAudience.Actor).Select(r => r.Message)],
    };

    /// <summary>
    /// What a step needs besides its state. Histories feed only the re-plan advice of the date step, so they
    /// are read only on a step that can show it (starting, choosing the date, or going back to it).
    /// </summary>
    private async Task<SlipContext> ContextAsync(Commitment commitment, SlipStep? step, CancellationToken cancellationToken)
    {
        var history = new List<CommitmentEvent>();
        var ownerHistories = new List<IReadOnlyList<CommitmentEvent>>();
        if (step is null or SlipStep.NewDate or SlipStep.Message)
        {
            history.AddRange(await _store.GetHistoryAsync(commitment.Workspace, commitment.Id, cancellationToken));
            // Only commitments warned about before have re-plans to learn from.
            foreach (var other in await _store.ListByOwnerAsync(commitment.Workspace, commitment.Owner, cancellationToken))
            {
                if (other.Owner == commitment.Owner && other.Id != commitment.Id && other.CheckIns.WarningSentFor is not null)
                {
                    ownerHistories.Add(await _store.GetHistoryAsync(other.Workspace, other.Id, cancellationToken));
                }
            }
        }

        return new SlipContext
        {
            Commitment = commitment,
            History = history,
            OwnerHistories = ownerHistories,
            Settings = await _settings.GetAsync(commitment.Workspace, cancellationToken),
            Classifier = _classifier,
            // Only the message's own steps show the sign-off; the date step need not read the directory.
            Owner = _people is null || step is SlipStep.NewDate ? null : await _people.GetAsync(commitment.Workspace, commitment.Owner, cancellationToken),
        };
    }
}
