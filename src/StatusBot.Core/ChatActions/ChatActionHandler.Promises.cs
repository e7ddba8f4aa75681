using StatusBot.Core.Chat;
using StatusBot.Core.Slips;

namespace StatusBot.Core.ChatActions;

public sealed partial class ChatActionHandler
{
    /// <summary>The words after <paramref name="name"/> when <paramref name="arguments"/> start with it (as a word); null otherwise.</summary>
    private static string? Subcommand(string arguments, string name) =>
        arguments.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (arguments.Length == name.Length || arguments[name.Length] == ' ')
            ? arguments[name.Length..].Trim()
            : null;

    /// <summary><c>commit share Acme</c>: a signed link to Acme's promise page, for the owner to send them.</summary>
    private async Task<ChatResponse> SharePromisesAsync(ChatActor actor, string customer, CancellationToken cancellationToken)
    {
        if (_promiseLinks is null || customer.Length == 0)
        {
            return ChatResponse.Say(_promiseLinks is null ? "Promise pages are not available here." : "Whose promise page? Type commit share followed by the customer's name, as on their commitments.");
        }

        var shared = await _promiseLinks.ShareAsync(actor.Workspace, customer, actor, cancellationToken);
        return shared.Link is not { } link
            ? ChatResponse.Say(shared.Refusal!)
            : ChatResponse.Say($"Here is {link.Customer}'s promise page: every date we gave them, whether we kept it, and each warning with their answer. Send them this link; it works until {WarningComposer.Spelled(DateOnly.FromDateTime(link.ExpiresAt.UtcDateTime))}:\n{shared.Address}\n\nTo withdraw it at once: commit unshare {link.Id}");
    }

    /// <summary><c>commit unshare &lt;id&gt;</c>: revokes a promise page link at once.</summary>
    private async Task<ChatResponse> UnsharePromisesAsync(ChatActor actor, string id, CancellationToken cancellationToken)
    {
        if (_promiseLinks is null || id.Length == 0)
        {
            return ChatResponse.Say(_promiseLinks is null ? "Promise pages are not available here." : "Which link? Type commit unshare followed by the id I gave you when you shared it.");
        }

        var revoked = await _promiseLinks.RevokeAsync(actor.Workspace, id, actor, cancellationToken);
        return ChatResponse.Say(revoked.Link is { } link ? $"Withdrawn: {link.Customer}'s promise page link {link.Id} no longer opens." : revoked.Refusal!);
    }
}
