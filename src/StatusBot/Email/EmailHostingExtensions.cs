using Microsoft.Extensions.Options;

namespace StatusBot.Email;

/// <summary>Adds email delivery of customer warnings to the host.</summary>
internal static class EmailHostingExtensions
{
    /// <summary>
    /// Registers <see cref="EmailChatPort"/> as itself (not as <c>IChatPort</c>, which is the connected chat
    /// platform): a <c>RoutingChatPort</c> sends email addresses to it. The <c>Email</c> options are bound
    /// and validated by <c>AddStatusBotHost</c>.
    /// </summary>
    public static WebApplicationBuilder AddStatusBotEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(provider => new EmailChatPort(
            provider.GetRequiredService<IOptions<EmailOptions>>().Value,
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<EmailChatPort>>()));
        return builder;
    }
}
