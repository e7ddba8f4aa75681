using Microsoft.Extensions.Options;

namespace StatusBot.Http.Outbound;

/// <summary>Checks a platform's <see cref="OutboundTransportOptions"/>, naming the keys under <paramref name="section"/> in its messages.</summary>
/// <typeparam name="TOptions">The platform's options.</typeparam>
/// <param name="section">The configuration section, such as <c>Slack:Outbound</c>.</param>
public sealed class OutboundTransportOptionsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : OutboundTransportOptions
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.MaxAttempts < 1)
        {
            failures.Add($"{section}:MaxAttempts must be at least 1.");
        }

        if (options.BaseRetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.BaseRetryDelay)
        {
            failures.Add($"{section}:BaseRetryDelay must be positive and no more than {section}:MaxRetryDelay.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{section}:AttemptTimeout must be positive.");
        }

        if (options.TotalTimeout < options.AttemptTimeout)
        {
            failures.Add($"{section}:TotalTimeout must be at least {section}:AttemptTimeout.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
