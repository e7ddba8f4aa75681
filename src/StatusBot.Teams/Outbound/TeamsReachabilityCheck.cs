using Microsoft.Extensions.Logging;
using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Teams.Inbound;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// Core's reachability check on Teams (the playground included): StatusBot can reach a person or channel only through a
/// conversation saved when it was installed there, so one without a saved conversation is unreachable, with the link
/// that adds StatusBot (<see cref="TeamsOptions.InstallUrl"/>). Teams cannot tell from here whether an id exists, so
/// nothing is refused as missing. A store that does not answer is logged and answered <see cref="Reachability.Unknown"/>.
/// </summary>
public sealed class TeamsReachabilityCheck(
    ITeamsConversationStore conversations, TeamsOptions options, ILogger<TeamsReachabilityCheck> logger, IPeopleDirectory? people = null) : IReachabilityCheck
{
    /// <inheritdoc />
    public bool Serves(ChatAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Kind != ChatAddressKind.Email && address.Workspace.Platform == ChatPlatform.Teams;
    }

    /// <inheritdoc />
    public async Task<Reachability> CheckAsync(ChatAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        try
        {
            if (await conversations.GetAsync(address, cancellationToken) is not null)
            {
                return Reachability.Reachable;
            }

            var link = InstallLink();
            return Reachability.Unreachable(
                address.Kind == ChatAddressKind.User
                    ? $"{await NameAsync(address, cancellationToken)} has not installed StatusBot in Teams: " + (link is null ? "ask them to add it." : $"send them this link to add it: {link}")
                    : $"StatusBot has not been added to the Teams channel {address.Id}: add StatusBot to its team" + (link is null ? "." : $" ({link})."),
                "not_installed");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ReachUnknown(logger, address.Id, address.Workspace.ToString(), ex);
            return Reachability.Unknown;
        }
    }

    private Uri? InstallLink() =>
        options.InstallUrl ?? (string.IsNullOrWhiteSpace(options.AppId) ? null : new Uri($"https://teams.microsoft.com/l/chat/0/0?users=28:{options.AppId}"));

    private async Task<string> NameAsync(ChatAddress address, CancellationToken cancellationToken) =>
        people is not null && (await people.GetAsync(address.Workspace, address.Id, cancellationToken))?.DisplayName is { Length: > 0 } name ? name : address.Id;
}
