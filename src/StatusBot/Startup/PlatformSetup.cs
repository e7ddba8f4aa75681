using StatusBot.Email;
using StatusBot.Slack;
using StatusBot.Storage.Hosting;
using StatusBot.Teams;

namespace StatusBot.Startup;

/// <summary>
/// What each part of the configuration amounts to, in one line for the startup summary, with a warning for every
/// half-configured platform that names the missing key (a platform set up halfway otherwise fails on every request).
/// </summary>
internal static class PlatformSetup
{
    /// <summary>Where the data is kept.</summary>
    public static string Storage(StorageOptions options, string contentRoot) => options.Provider switch
    {
        StorageProvider.Sqlite => $"SQLite, {Path.GetFullPath(options.SqlitePath, contentRoot)}",
        _ when options.AzureTables.ServiceUri is { } uri => $"Azure Tables at {uri.GetLeftPart(UriPartial.Authority)}",
        _ => "Azure Tables (Storage:AzureTables:ConnectionString)",
    };

    /// <summary>Slack: connected for one workspace or for installs, or not, and what is missing.</summary>
    public static (string Line, string[] Warnings) Slack(SlackOptions options)
    {
        var hasSecret = Set(options.SigningSecret);
        var canPost = Set(options.BotToken) || options.IsMultiWorkspace;
        return (hasSecret, canPost) switch
        {
            (true, true) when options.IsMultiWorkspace => ("connected; workspaces install it at /slack/install", []),
            (true, true) => ("connected to one workspace (Slack:BotToken)", []),
            (false, false) => ("not connected (set Slack:SigningSecret with Slack:BotToken; the README's Slack section says where to find them)", []),
            (false, true) => ("not working: Slack:SigningSecret is missing", [
                $"{(options.IsMultiWorkspace ? "Slack:ClientId" : "Slack:BotToken")} is set without Slack:SigningSecret, so every request from Slack is refused. "
                + "Set Slack:SigningSecret (Slack app settings, Basic Information, App Credentials)."]),
            (true, false) => ("not working: no way to post", [
                "Slack:SigningSecret is set without Slack:BotToken (one workspace) or Slack:ClientId and Slack:ClientSecret (installs), "
                + "so StatusBot hears Slack but cannot answer. Set one of them."]),
        };
    }

    /// <summary>Teams: connected as an app, or not, and what is missing (an app id without its password never starts).</summary>
    public static (string Line, string[] Warnings) Teams(TeamsOptions options) => (Set(options.AppId), Set(options.AppPassword)) switch
    {
        (true, _) => ($"connected as app {options.AppId}{(Set(options.TenantId) ? $" (single tenant {options.TenantId})" : string.Empty)}", []),
        (false, false) => ("not connected (set Teams:AppId and Teams:AppPassword; the README's Teams section says how)", []),
        (false, true) => ("not working: Teams:AppId is missing", [
            "Teams:AppPassword is set without Teams:AppId, so requests from Teams are not authenticated (loopback only) and nothing can be sent. Set Teams:AppId."]),
    };

    /// <summary>Where email goes.</summary>
    public static string Email(EmailOptions options, string contentRoot) =>
        Set(options.Smtp.Host)
            ? $"SMTP server {options.Smtp.Host}:{options.Smtp.Port}, from {options.Smtp.From}"
            : $"written as files to {Path.GetFullPath(options.OutboxPath, contentRoot)} (set Email:Smtp:Host to send)";

    private static bool Set(string? value) => !string.IsNullOrWhiteSpace(value);
}
