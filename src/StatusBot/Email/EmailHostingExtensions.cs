using Microsoft.Extensions.Options;
using StatusBot.Core.Chat;

namespace StatusBot.Email;

/// <summary>Adds email delivery of customer warnings to the host.</summary>
internal static class EmailHostingExtensions
{
    /// <summary>
    /// Binds and validates the <c>Email</c> options and registers <see cref="EmailChatPort"/> as the
    /// <see cref="IChatPlatform"/> of email addresses.
    /// </summary>
    public static WebApplicationBuilder AddStatusBotEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        builder.Services.AddSingleton<IChatPlatform>(provider => new EmailChatPort(
            provider.GetRequiredService<IOptions<EmailOptions>>().Value,
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<EmailChatPort>>(),
            provider.GetService<IEmailLinks>()));
        return builder;
    }
}
