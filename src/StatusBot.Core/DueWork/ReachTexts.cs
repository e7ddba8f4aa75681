using System.Globalization;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.DueWork;

/// <summary>The words of a reach problem's notice. User text is kept as written (adapters escape it).</summary>
internal static class ReachTexts
{
    public static string Notice(Commitment commitment, string role, string who, string problem) =>
        string.Create(CultureInfo.InvariantCulture,
            $"StatusBot cannot reach {Whom(role, who)} about \"{commitment.Title}\" for {commitment.Customer} (due {commitment.DueDate:yyyy-MM-dd}). {problem}\n")
        + "Its messages wait until this is fixed; StatusBot tries again each working day.";

    private static string Whom(string role, string who) => role switch
    {
        ReachEvents.RoleOwner => $"the owner, {who},",
        ReachEvents.RoleChannel => $"the project channel {who}",
        ReachEvents.RoleCustomer => $"the customer at {who}",
        ReachEvents.RoleWorkspace => "anyone in this workspace",
        _ => who,
    };
}
