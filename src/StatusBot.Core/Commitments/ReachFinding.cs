using StatusBot.Core.Chat;

namespace StatusBot.Core.Commitments;

/// <summary>What the platform said about the address in one field of a commitment.</summary>
/// <param name="Field">The field, as the admin API names it (<c>owner</c>, <c>approver</c>, <c>channel</c>, <c>customerDestination</c>).</param>
/// <param name="Role">What the address is to the commitment: one of the <see cref="ReachEvents"/> <c>Role*</c> values.</param>
/// <param name="Address">The address checked.</param>
/// <param name="Answer">What the platform said.</param>
public sealed record ReachFinding(string Field, string Role, ChatAddress Address, Reachability Answer);
