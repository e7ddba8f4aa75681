using StatusBot.Core.Chat;
namespace StatusBot.Core.ChatActions;

/// <summary>What StatusBot can do in chat, in the words of its commands (Slack adds a slash; Teams does not).</summary>
public static class ChatHelp
{
    /// <summary>The usage text.</summary>
    public const string Text =
        "Here is what I can do:\n"
        + "- slip [words]: warn a customer early that a commitment is slipping (words pick the commitment by title or customer)\n"
        + "- commit: add a commitment; commit list or list: your commitments; commit edit [words]: hand one over, or change its co-owners, approver, channel or date\n"
        + "- commit share <customer>: a link to the customer's promise page, to send them; commit unshare <id> withdraws it\n"
        + "- checkin [words]: ask me the check-in now instead of waiting for it\n"
        + "- digest: post this channel's digest now; digest daily 09:00, digest weekly monday 09:00, or digest off to schedule it\n"
        + "- away 2026-12-21 2027-01-04 delegate @maria: your time off, and who answers your check-ins meanwhile; away off ends it\n"
        + "- manager @bo: who hears when you stay silent; manager off clears it\n"
        + "- tone <text>: check any text for what costs a customer's trust (vague timing, blame, minimising, hedging...)\n"
        + "- help: this text";
}
