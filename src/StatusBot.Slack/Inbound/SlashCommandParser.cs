using StatusBot.Core.Chat;
namespace StatusBot.Slack.Inbound;

/// <summary>Parses a verified slash command body. Never throws on bad input.</summary>
public static class SlashCommandParser
{
    private static readonly string[] Required = ["command", "user_id", "team_id", "channel_id", "response_url", "trigger_id"];

    /// <summary>Parses the form-encoded body of a slash command request.</summary>
    /// <param name="body">The raw, verified body.</param>
    public static SlackParseResult<SlashCommand> Parse(ReadOnlySpan<byte> body)
    {
        var form = SlackForm.TryRead(body);
        if (form is null)
        {
            return SlackParse.Fail<SlashCommand>("The slash command body is not a valid form.");
        }

        var missing = Required.Where(name => string.IsNullOrWhiteSpace(form.Get(name))).ToList();
        if (missing.Count > 0)
        {
            return SlackParse.Fail<SlashCommand>($"The slash command lacks required fields or leaves them empty: {string.Join(", ", missing)}.");
        }

        if (!WorkspaceId.TryCreate(ChatPlatform.Slack, form.Get("team_id"), out _))
        {
            return SlackParse.Fail<SlashCommand>("The slash command's team_id is not a Slack team id.");
        }

        if (SlackIds.FirstInvalid(("user_id", form.Get("user_id")), ("channel_id", form.Get("channel_id"))) is { } bad)
        {
            return SlackParse.Fail<SlashCommand>($"The slash command's {bad} is not a Slack id.");
        }

        if (!Uri.TryCreate(form.Get("response_url"), UriKind.Absolute, out var responseUrl) || !SlackForm.IsResponseUrl(responseUrl))
        {
            return SlackParse.Fail<SlashCommand>("The slash command's response_url is not an absolute https address (plain http only on loopback).");
        }

        return SlackParse.Ok(new SlashCommand(
            Command: form.Get("command")!,
            Text: form.Get("text") ?? string.Empty,
            ResponseUrl: responseUrl,
            TriggerId: form.Get("trigger_id")!,
            UserId: form.Get("user_id")!,
            UserName: form.Get("user_name") ?? string.Empty,
            TeamId: form.Get("team_id")!,
            TeamDomain: form.Get("team_domain"),
            ChannelId: form.Get("channel_id")!,
            ChannelName: form.Get("channel_name"),
            ApiAppId: form.Get("api_app_id"),
            EnterpriseId: form.Get("enterprise_id"),
            IsEnterpriseInstall: string.Equals(form.Get("is_enterprise_install"), "true", StringComparison.OrdinalIgnoreCase)));
    }
}
