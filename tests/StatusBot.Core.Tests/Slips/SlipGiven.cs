using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;
using StatusBot.Core.Tests.CheckIns;

namespace StatusBot.Core.Tests.Slips;

/// <summary>A commitment due Friday 6 March 2026 in Berlin, and a clock on Monday 2 March at 11:00.</summary>
internal static class SlipGiven
{
    public static readonly DateOnly Due = new(2026, 3, 6);
    public static readonly DateTimeOffset Now = At(3, 2, 11);
    public const string Owner = "U_OWNER";
    public const string Approver = "U_BOSS";

    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => Given.Berlin(month, day, hour, minute, year: 2026);

    public static DateOnly D(int month, int day) => new(2026, month, day);

    public static Commitment Commitment(string? approver = null, int? noticeDays = null, DateOnly? due = null) =>
        Given.Commitment(due ?? Due, At(1, 5, 9), noticeDays: noticeDays) with { Approver = approver, Version = 3 };

    public static SlipContext Context(Commitment? commitment = null, History? history = null, params History[] others) => new()
    {
        Commitment = commitment ?? Commitment(),
        History = (history ?? new History()).Events,
        OwnerHistories = [.. others.Select(o => o.Events)],
    };

    public static readonly SlipParts Parts = SlipParts.Empty
        .With(SlipPart.Facts, "The bulk export will not be ready on Friday 6 March.")
        .With(SlipPart.Context, "Testing showed that large accounts time out, and the fix needs a database change.")
        .With(SlipPart.Impact, "Your finance team cannot run the quarter-end report from the export until then.")
        .With(SlipPart.Plan, "Two engineers are on the fix; until it ships, smaller exports from the reports page work.")
        .With(SlipPart.Ask, "Does the new date work for your quarter-end? Reply here with any concern.");
}
