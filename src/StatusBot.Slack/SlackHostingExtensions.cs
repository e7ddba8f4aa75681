using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace StatusBot.Slack;

/// <summary>Adds StatusBot's Slack adapter to a host.</summary>
public static class SlackHostingExtensions
{
    /// <summary>Binds and validates <see cref="SlackOptions"/> from the <c>Slack</c> section.</summary>
    public static IHostApplicationBuilder AddStatusBotSlack(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        return builder;
    }
}
