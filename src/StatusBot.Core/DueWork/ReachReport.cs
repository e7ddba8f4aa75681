using StatusBot.Core.Chat;

namespace StatusBot.Core.DueWork;

/// <summary>What was done about one permanent delivery failure of a wake-up.</summary>
/// <param name="Failure">The failure, with the address it concerns and what to do.</param>
/// <param name="IsNew">False when the same problem was reported already and has not healed: nobody was told again.</param>
/// <param name="Told">Who was told, by direct message or in the channel.</param>
/// <param name="NotTold">Who should have been told but could not be reached either: the failure is only recorded and shown in the digest.</param>
/// <param name="RetryAt">When the work is tried again.</param>
public sealed record ReachReport(
    ChatDeliveryException Failure, bool IsNew, IReadOnlyList<ChatAddress> Told, IReadOnlyList<ChatAddress> NotTold, DateTimeOffset RetryAt);
