using System.Globalization;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Digests;

/// <summary>The digest's words. User text is kept as written (adapters escape it), but always on one line.</summary>
internal static class DigestTexts
{
    public const string AllOnTrack = "All commitments are on track: nothing needs attention.";

    public static string Title(Digest digest)
    {
        var count = digest.Sections.Sum(s => s.Lines.Count);
        return count switch
        {
            0 => "No commitment needs attention.",
            1 => "1 commitment needs attention.",
            _ => $"{count} commitments need attention.",
        };
    }

    public static string Heading(DigestSectionKind kind) => kind switch
    {
        DigestSectionKind.CannotReach => "Cannot reach: fix these first",
        DigestSectionKind.SlippingNotWarned => "Slipping, customer not warned yet",
        DigestSectionKind.MissedSilently => "Missed silently",
        DigestSectionKind.AtRisk => "At risk",
        DigestSectionKind.OwnerNotAnswering => "Owners not answering",
        DigestSectionKind.CustomerNotAnswering => "Customers who have not answered our warning",
        DigestSectionKind.DueWithinWeek => "Due within a week",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown digest section."),
    };

    public static string WarningsHeading(DigestPeriod period) => $"Warnings sent in {period.Describe()}";

    public static string Line(DigestLine line, DateOnly today) => line.ReachProblem is { } problem
        ? $"{Who(line.Title, line.Customer, line.Owner)}: due {DateText.Short(line.DueDate, today)}, {DaysLeft(line.DaysLeft)}; {OneLine(problem)}"
        : $"{Who(line.Title, line.Customer, line.Owner)}: due {DateText.Short(line.DueDate, today)}, {DaysLeft(line.DaysLeft)}; "
          + $"{HealthWord(line.Health)} since {DateText.Short(line.HealthSince, today)}";

    public static string Line(DigestWarning warning, DateOnly today)
    {
        var text = $"{Who(warning.Title, warning.Customer, warning.Owner)}: warned {DateText.Short(warning.SentOn, today)}";
        if (warning.LeadTimeWorkingDays is { } lead)
        {
            var old = warning.OldDueDate is { } date ? " " + DateText.Short(date, today) : string.Empty;
            text += lead switch
            {
                0 => $", on the due date{old}",
                > 0 => $", {WorkingDays(lead)} before the due date{old}",
                _ => $", {WorkingDays(-lead)} after the due date{old} (late)",
            };
        }

        return warning.NewDueDate is { } next ? $"{text}; new date {DateText.Short(next, today)}" : text;
    }

    public static string More(int hidden, int shown) =>
        shown == 0 ? $"{hidden} not shown" : $"and {hidden} more";

    public static string FullList(string pointer) => $"Full list: {OneLine(pointer)}";

    public static string[] Footer(DigestNumbers n, DigestPeriod period)
    {
        var warnings = n.WarningsWithLeadTime == 0
            ? $"Warnings in {period.Describe()}: {n.WarningsSent}."
            : $"Warnings in {period.Describe()}: {n.WarningsSent}; median lead time {Number(n.MedianLeadTimeWorkingDays!.Value)} working days; "
              + $"{n.WarningsWithFullNotice} of {n.WarningsWithLeadTime} with the customer's full notice; {n.LateWarnings} late.";
        var delivered = n.Delivered == 0 ? "none delivered" : $"delivered on time: {n.DeliveredOnTime} of {n.Delivered}";
        var moved = n.DatesMoved + n.DatesMovedForCustomer == 0 ? string.Empty
            : n.DatesMovedForCustomer == 0 ? $"; dates we moved: {n.DatesMoved}"
            : $"; dates we moved: {n.DatesMoved} (and {n.DatesMovedForCustomer} at the customer's request)";
        return [warnings, $"Missed silently: {n.MissedSilently}; {delivered}{moved}."];
    }

    private static string Who(string title, string customer, string owner) =>
        $"{OneLine(title)} for {OneLine(customer)} (owner {OneLine(owner)})";

    private static string DaysLeft(int days) => days switch
    {
        0 => "today",
        1 => "tomorrow",
        > 1 => $"in {days} days",
        -1 => "1 day overdue",
        _ => $"{-days} days overdue",
    };

    private static string HealthWord(Health health) => health switch
    {
        Health.OnTrack => "on track",
        Health.AtRisk => "at risk",
        Health.Slipping => "slipping",
        _ => "no answer",
    };

    private static string WorkingDays(int days) => days == 1 ? "1 working day" : $"{days} working days";

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // A line budget counts lines: text that users typed over several lines is kept on one.
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
