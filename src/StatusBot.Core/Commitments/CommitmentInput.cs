namespace StatusBot.Core.Commitments;

/// <summary>
/// A commitment as a user typed it (admin API, CSV row, chat form): raw text, checked by
/// <see cref="CommitmentValidator"/> before anything is stored.
/// </summary>
/// <param name="Title">What was promised.</param>
/// <param name="Customer">Who it was promised to.</param>
/// <param name="DueDate">The promised date, <c>yyyy-MM-dd</c>.</param>
/// <param name="TimeZone">The IANA time zone of the due date, for example <c>Europe/Berlin</c>.</param>
/// <param name="Owner">The chat user id of the owner.</param>
/// <param name="Channel">The project channel id.</param>
/// <param name="CustomerDestination">Where the customer is told: channel id, user id or email address.</param>
/// <param name="NoticeDays">Working days the customer needs to re-plan; optional whole number.</param>
/// <param name="Approver">The user id who approves warnings first; optional.</param>
/// <param name="CoOwners">Others who answer for it with the owner, ids or mentions separated by commas; optional.</param>
/// <param name="ExternalId">Its id in another system, which a later import matches; optional.</param>
public sealed record CommitmentInput(
    string? Title,
    string? Customer,
    string? DueDate,
    string? TimeZone,
    string? Owner,
    string? Channel,
    string? CustomerDestination,
    string? NoticeDays = null,
    string? Approver = null,
    string? CoOwners = null,
    string? ExternalId = null);
