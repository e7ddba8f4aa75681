namespace StatusBot.Core.Digests;

/// <summary>
/// The headline numbers of a period: how early customers were warned, how many deadlines passed in
/// silence, and how many deliveries kept their date. Computed by <see cref="DigestNumbers.For"/>; also
/// meant for the admin API.
/// </summary>
public sealed partial record DigestNumbers
{
    /// <summary>The notice, in working days, assumed for a commitment whose customer named none.</summary>
    public const int DefaultNoticeDays = 5;

    /// <summary>Nothing happened in the period.</summary>
    public static DigestNumbers None { get; } = new();

    /// <summary>Early warnings sent in the period.</summary>
    public int WarningsSent { get; init; }

    /// <summary>Of <see cref="WarningsSent"/>, those whose lead time was recorded; the lead-time figures cover these.</summary>
    public int WarningsWithLeadTime { get; init; }

    /// <summary>The median lead time in working days (late warnings count with their negative lead time); null with no warnings.</summary>
    public double? MedianLeadTimeWorkingDays { get; init; }

    /// <summary>Warnings sent at least the customer's notice period (or <see cref="DefaultNoticeDays"/>) before the old due date.</summary>
    public int WarningsWithFullNotice { get; init; }

    /// <summary>Warnings sent after the old due date (negative lead time).</summary>
    public int LateWarnings { get; init; }

    /// <summary>Due dates recorded as missed silently in the period.</summary>
    public int MissedSilently { get; init; }

    /// <summary>Commitments delivered in the period.</summary>
    public int Delivered { get; init; }

    /// <summary>Of <see cref="Delivered"/>, those delivered on or before the due date in force when they were delivered.</summary>
    public int DeliveredOnTime { get; init; }

    /// <summary>Due dates we moved in the period (a re-plan, or an edit that was not at the customer's request).</summary>
    public int DatesMoved { get; init; }

    /// <summary>Due dates moved in the period because the customer asked: not counted in <see cref="DatesMoved"/>.</summary>
    public int DatesMovedForCustomer { get; init; }

    /// <summary>The share of warnings with full notice, 0 to 1; null with no warnings.</summary>
    public double? FullNoticeShare => WarningsWithLeadTime == 0 ? null : (double)WarningsWithFullNotice / WarningsWithLeadTime;

    /// <summary>The share of deliveries on time, 0 to 1; null with no deliveries.</summary>
    public double? OnTimeShare => Delivered == 0 ? null : (double)DeliveredOnTime / Delivered;

    /// <summary>True when nothing was counted.</summary>
    public bool IsEmpty => WarningsSent == 0 && MissedSilently == 0 && Delivered == 0;
}
