using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using StatusBot.Email;
using StatusBot.Playground;
using StatusBot.Slack;
using StatusBot.Storage.Hosting;
using StatusBot.Teams;

namespace StatusBot.Startup;

/// <summary>
/// Once the host listens, says in a few lines what is running: the address, the storage, each platform, email and
/// the playground, then one warning per half-configured platform naming the missing key.
/// </summary>
internal sealed partial class StartupSummary(
    IServer server, IHostApplicationLifetime lifetime, IHostEnvironment environment, IConfiguration configuration, IServiceProvider services,
    ILogger<StartupSummary> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Write);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Write()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var root = environment.ContentRootPath;
        var (slack, slackWarnings) = PlatformSetup.Slack(Options<SlackOptions>());
        var (teams, teamsWarnings) = PlatformSetup.Teams(Options<TeamsOptions>());
        var (playgroundOn, why) = PlaygroundSwitch.Decide(Options<PlaygroundOptions>(), configuration);
        var playground = playgroundOn && addresses.Count > 0
            ? $"http://localhost:{BindingAddress.Parse(addresses[0]).Port}/ (Microsoft's Web Chat, no Slack or Teams account needed)"
            : $"off, as {why}";
        var listening = string.Join(", ", addresses);
        var storage = PlatformSetup.Storage(Options<StorageOptions>(), root);
        var email = PlatformSetup.Email(Options<EmailOptions>(), root);
        Ready(logger, listening, storage, slack, teams, email, playground);
        foreach (var warning in slackWarnings.Concat(teamsWarnings))
        {
            HalfConfigured(logger, warning);
        }
    }

    private T Options<T>()
        where T : class => services.GetRequiredService<IOptions<T>>().Value;

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message =
        "StatusBot is ready at {Addresses} (Ctrl+C stops it)\n  Storage:    {Storage}\n  Slack:      {Slack}\n  Teams:      {Teams}\n"
        + "  Email:      {Email}\n  Playground: {Playground}")]
    private static partial void Ready(ILogger logger, string addresses, string storage, string slack, string teams, string email, string playground);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void HalfConfigured(ILogger logger, string warning);
}
