using StatusBot.Core.DueWork;
using StatusBot.Core.Answers;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Core.Digests;
using StatusBot.Core.Slips;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Core.Tests.ChatActions;

/// <summary>
/// Every use case over in-memory ports and a fake clock on Monday 2 March 2026, 10:00 in Berlin: what a
/// host wires, without a platform. Clicks and commands go in as an adapter would hand them over.
/// </summary>
internal sealed class ChatWorld
{
    public static readonly WorkspaceId Workspace = WorkspaceId.Parse("slack-T1");
    public const string Owner = "U_OWNER";
    public const string Approver = "U_BOSS";
    public const string Channel = "C_PROJECT";
    public const string Customer = "ops@acme.example";

    public ChatWorld(IChatPort? chat = null, ISentenceClassifier? toneModel = null)
    {
        Chat = chat ?? Recorder;
        Planning = new CheckInPlanning(WakeUps, Time, people: People);
        Commitments = new CommitmentService(Store, Planning, Time, new CommitmentReachCheck(new RoutingReachabilityCheck([Reach])));
        Slips = new SlipService(Store, SlipStore, WakeUps, Chat, Time);
        CheckIns = new CheckInRunner(Store, WakeUps, Chat, Time, people: People);
        Runner = new DueWorkRunner(WakeUps, CheckIns, Time, slips: Slips);
        Handler = new ChatActionHandler(Commitments, Planning, Slips, new DigestService(Store, FixedCheckInSettings.Defaults, Time), Digests, CheckIns, Chat, Time, People, toneModel,
            new PromiseLinkService(PromiseLinks, PromiseLinks, Commitments, Time));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public InMemoryCommitmentStore Store { get; } = new();

    public InMemoryPromiseLinkStore PromiseLinks { get; } = new();

    public FakeReachabilityCheck Reach { get; } = new();

    public InMemorySlipStore SlipStore { get; } = new();

    public InMemoryWakeUpSchedule WakeUps { get; } = new();

    public RecordingChatPort Recorder { get; } = new();

    public IChatPort Chat { get; }

    public RecordingDigestScheduler Digests { get; } = new();

    public CommitmentService Commitments { get; }

    public SlipService Slips { get; }

    public InMemoryPeopleDirectory People { get; } = new();

    public CheckInPlanning Planning { get; }

    public CheckInRunner CheckIns { get; }

    public DueWorkRunner Runner { get; }

    public ChatActionHandler Handler { get; }

    public static ChatActor User(string id = Owner) => new(Workspace, id) { TimeZone = "Europe/Berlin" };

    public async Task<Commitment> CommitmentAsync(string title = "Bulk export", string? approver = null, string due = "2026-03-20", string owner = Owner) =>
        (await Commitments.CreateAsync(Workspace, new CommitmentInput(title, "Acme", due, "Europe/Berlin", owner, Channel, Customer, "2", approver), owner)).Value!;

    public Task<ChatResponse> ClickAsync(string actionId, string value, string actor = Owner, params (string Id, string Value)[] inputs) =>
        Handler.HandleClickAsync(new ChatClick(User(actor), actionId, value) { Inputs = inputs.ToDictionary(i => i.Id, i => (string?)i.Value) });

    public Task<ChatResponse> CommandAsync(string name, string arguments = "", string actor = Owner, ChatAddress? where = null) =>
        Handler.HandleCommandAsync(new ChatCommand(User(actor), name, arguments, where ?? ChatAddress.ToUser(Workspace, actor), "req-" + Guid.NewGuid().ToString("N")));

    /// <summary>Answers "slipping" and walks the date and message steps to the preview.</summary>
    public async Task<ChatResponse> ToPreviewAsync(Commitment commitment, string newDate = "2026-04-10")
    {
        var form = await ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.Slipping));
        Assert.Equal(SlipActions.SubmitDate, form.Form!.FormActions[0].ActionId);
        var parts = await ClickAsync(SlipActions.SubmitDate, commitment.Id, Owner, (SlipActions.NewDateInput, newDate));
        Assert.Equal(SlipActions.SubmitParts, parts.Form!.FormActions[0].ActionId);
        return await ClickAsync(SlipActions.SubmitParts, commitment.Id, Owner,
            ("facts", "The bulk export will not be ready on Friday 20 March."),
            ("context", "Testing showed that large accounts time out, and the fix needs a database change."),
            ("impact", "Your finance team cannot run the quarter-end report from the export until then."),
            ("plan", "Two engineers are on the fix; until it ships, smaller exports from the reports page work."),
            ("ask", "Does the new date work for your quarter-end? Reply here with any concern."));
    }

    /// <summary>What reached the customer.</summary>
    public IReadOnlyList<ChatMessage> ToCustomer() => [.. Recorder.Sent.Where(s => s.To.Id == Customer).Select(s => s.Message)];

    /// <summary>Lets <paramref name="by"/> pass and runs the scheduler once.</summary>
    public async Task<IReadOnlyList<WakeUpOutcome>> RunAsync(TimeSpan by)
    {
        Time.Advance(by);
        return await Runner.RunDueAsync("host-1");
    }
}

/// <summary>Records digest schedules set from chat.</summary>
internal sealed class RecordingDigestScheduler : IDigestScheduler
{
    public List<DigestSchedule> Set { get; } = [];

    public List<string> Removed { get; } = [];

    public Task<DateTimeOffset> SetAsync(DigestSchedule schedule, CancellationToken cancellationToken = default)
    {
        Set.Add(schedule);
        return Task.FromResult(new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero));
    }

    public Task RemoveAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default)
    {
        Removed.Add(channel);
        return Task.CompletedTask;
    }
}
