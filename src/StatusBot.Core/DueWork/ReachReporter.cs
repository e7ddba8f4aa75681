using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;

namespace StatusBot.Core.DueWork;

/// <summary>
/// Makes sure no permanent delivery failure is retried in silence. Within the tick that meets it, the owner (by direct
/// message) and the project channel hear what is wrong and what to do (whichever of them is not the problem; the creator
/// too when the owner is), once per problem: the notices' idempotency keys name the commitment's version before the
/// problem is recorded, and a problem recorded and not healed is not told again. The commitment's history gets an
/// <see cref="CommitmentEventKind.Unreachable"/> event, the person is marked unreachable in the directory (when there is
/// one), and the work is filed again for the next working day only, so a fixed problem heals without a flood of retries.
/// </summary>
public sealed class ReachReporter
{
    private const int Attempts = 3;
    private readonly ICommitmentStore _store;
    private readonly IChatPort _chat;
    private readonly IWakeUpSchedule _wakeUps;
    private readonly TimeProvider _time;
    private readonly ICheckInSettingsStore _settings;
    private readonly IPeopleDirectory? _people;

    /// <summary>Creates the reporter; without <paramref name="people"/> nobody is marked, without <paramref name="settings"/> the default working days apply.</summary>
    public ReachReporter(
        ICommitmentStore store, IChatPort chat, IWakeUpSchedule wakeUps, TimeProvider time, ICheckInSettingsStore? settings = null, IPeopleDirectory? people = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(wakeUps);
        ArgumentNullException.ThrowIfNull(time);
        (_store, _chat, _wakeUps, _time, _settings, _people) = (store, chat, wakeUps, time, settings ?? FixedCheckInSettings.Defaults, people);
    }

    /// <summary>
    /// Reports the permanent <paramref name="failures"/> met by the work of one commitment and files its slow retry. Returns
    /// one report per distinct problem; empty when the commitment is gone.
    /// </summary>
    public async Task<IReadOnlyList<ReachReport>> ReportAsync(
        WorkspaceId workspace, string commitmentId, IReadOnlyList<ChatDeliveryException> failures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var commitment = await _store.GetAsync(workspace, commitmentId, cancellationToken);
        if (commitment is null)
        {
            return [];
        }

        var retryAt = await RetryAtAsync(commitment, cancellationToken);
        var reports = new List<ReachReport>();
        foreach (var failure in failures.DistinctBy(f => (f.Address?.Id, f.Code)))
        {
            var history = await _store.GetHistoryAsync(workspace, commitmentId, cancellationToken);
            if (ReachEvents.OpenProblem(history) is { } open && IsSame(open, failure))
            {
                reports.Add(new ReachReport(failure, IsNew: false, [], [], retryAt));
                continue;
            }

            var (told, notTold) = await TellAsync(commitment, failure, Creator(history), cancellationToken);
            commitment = await RecordAsync(commitment, failure, told, cancellationToken) ?? commitment;
            await MarkAsync(failure, cancellationToken);
            reports.Add(new ReachReport(failure, IsNew: true, told, notTold, retryAt));
        }

        await _wakeUps.ScheduleAsync(workspace, commitmentId, retryAt, cancellationToken);
        return reports;
    }

    /// <summary>The role of the failure's address in <paramref name="commitment"/>.</summary>
    internal static string RoleOf(Commitment commitment, ChatDeliveryException failure) => failure switch
    {
        { Kind: DeliveryFailureKind.Workspace } => ReachEvents.RoleWorkspace,
        { Address: { Kind: ChatAddressKind.User } a } when a.Id == commitment.Owner => ReachEvents.RoleOwner,
        { Address: { Kind: ChatAddressKind.Channel } a } when a.Id == commitment.Channel => ReachEvents.RoleChannel,
        { Address: { } a } when a.Id == commitment.CustomerDestination => ReachEvents.RoleCustomer,
        _ => ReachEvents.RoleOther,
    };

    private static bool IsSame(CommitmentEvent open, ChatDeliveryException failure) =>
        open.Data.GetValueOrDefault(ReachEvents.Address) == failure.Address?.Id && open.Data.GetValueOrDefault(ReachEvents.Code) == failure.Code;

    private static string? Creator(IReadOnlyList<CommitmentEvent> history) =>
        history.Count > 0 && history[0].Kind == CommitmentEventKind.Created ? history[0].Actor : null;

    /// <summary>Tells the owner and the channel, leaving out the address that failed; the creator too when the owner is the problem.</summary>
    private async Task<(List<ChatAddress> Told, List<ChatAddress> NotTold)> TellAsync(
        Commitment commitment, ChatDeliveryException failure, string? creator, CancellationToken cancellationToken)
    {
        var role = RoleOf(commitment, failure);
        var recipients = new List<ChatAddress>
        {
            ChatAddress.ToUser(commitment.Workspace, commitment.Owner),
            ChatAddress.ToChannel(commitment.Workspace, commitment.Channel),
        };
        if (role == ReachEvents.RoleOwner && creator is not null && creator != commitment.Owner)
        {
            recipients.Insert(1, ChatAddress.ToUser(commitment.Workspace, creator));
        }

        recipients.RemoveAll(to => to == failure.Address);
        var message = new ChatMessage { Text = ReachTexts.Notice(commitment, role, await WhoAsync(failure, cancellationToken), failure.Message) };
        var (told, notTold) = (new List<ChatAddress>(), new List<ChatAddress>());
        foreach (var to in recipients)
        {
            try
            {
                // Fixed by the version the problem was met at: a crash before it is recorded tells no one twice.
                var key = $"reach/{commitment.Workspace}/{commitment.Id}/v{commitment.Version}/{failure.Address?.Id}/{failure.Code}/{to.Kind}/{to.Id}";
                await _chat.SendAsync(to, message, key, cancellationToken);
                told.Add(to);
            }
            catch (ChatDeliveryException)
            {
                notTold.Add(to); // Recorded with the problem and shown in the digest; never looped on.
            }
        }

        return (told, notTold);
    }

    private async Task<string> WhoAsync(ChatDeliveryException failure, CancellationToken cancellationToken)
    {
        if (failure.Address is not { Kind: ChatAddressKind.User } user || _people is null)
        {
            return failure.Address?.Id ?? "?";
        }

        var person = await _people.GetAsync(user.Workspace, user.Id, cancellationToken);
        return person?.DisplayName is { Length: > 0 } name ? $"{name} ({user.Id})" : user.Id;
    }

    private async Task<Commitment?> RecordAsync(Commitment commitment, ChatDeliveryException failure, List<ChatAddress> told, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, string>
        {
            [ReachEvents.Address] = failure.Address?.Id ?? string.Empty,
            [ReachEvents.AddressKind] = failure.Address?.Kind.ToString() ?? string.Empty,
            [ReachEvents.Role] = RoleOf(commitment, failure),
            [ReachEvents.Code] = failure.Code ?? string.Empty,
            [ReachEvents.Reason] = failure.Message,
            [ReachEvents.Told] = string.Join(',', told.Select(t => t.Id)),
        };
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            try
            {
                var now = _time.GetUtcNow();
                var change = commitment.Record(CommitmentEventKind.Unreachable, actor: null, now,
                    c => c with { CheckIns = c.CheckIns with { LastUnreachableAt = now } }, data);
                return await _store.UpdateAsync(change.Commitment, change.Event, cancellationToken);
            }
            catch (CommitmentConflictException)
            {
                // Changed meanwhile (an answer, an edit): record on what they left.
                commitment = await _store.GetAsync(commitment.Workspace, commitment.Id, cancellationToken) ?? commitment;
            }
        }

        return null;
    }

    private async Task MarkAsync(ChatDeliveryException failure, CancellationToken cancellationToken)
    {
        if (_people is null || failure is not { Kind: DeliveryFailureKind.Recipient, Address: { Kind: ChatAddressKind.User } user })
        {
            return;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var person = await _people.GetAsync(user.Workspace, user.Id, cancellationToken) ?? Person.Unknown(user.Workspace, user.Id);
            if (person.Reach == Reach.Unreachable && person.ReachProblem == failure.Message)
            {
                return;
            }

            try
            {
                await _people.SaveAsync(person with { Reach = Reach.Unreachable, ReachProblem = failure.Message }, cancellationToken);
                return;
            }
            catch (PersonConflictException)
            {
                // Someone changed them meanwhile: read again and keep their change.
            }
        }
    }

    /// <summary>The start of the next working day in the commitment's zone: slow enough not to nag, soon enough to heal.</summary>
    private async Task<DateTimeOffset> RetryAtAsync(Commitment commitment, CancellationToken cancellationToken)
    {
        var settings = await _settings.GetAsync(commitment.Workspace, cancellationToken);
        var calendar = new WorkingCalendar(TimeZones.Get(commitment.TimeZone), settings);
        var next = calendar.AddWorkingDays(calendar.LocalDate(_time.GetUtcNow()), 1);
        return calendar.ToInstant(next, settings.WorkdayStart);
    }
}
