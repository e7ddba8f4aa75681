using Microsoft.Extensions.Options;

namespace StatusBot.Customers;

/// <summary>Stops the start on a <c>Customers</c> setting that cannot work, naming the key.</summary>
internal sealed class CustomersOptionsValidator : IValidateOptions<CustomersOptions>
{
    public ValidateOptionsResult Validate(string? name, CustomersOptions options)
    {
        var failures = new List<string>();
        if (options.PublicUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http")))
        {
            failures.Add("Customers:PublicUrl must be an absolute http(s) address, such as https://statusbot.example.com/.");
        }

        if (options.AnswerLinkLifetime <= TimeSpan.Zero || options.PromiseLinkLifetime <= TimeSpan.Zero)
        {
            failures.Add("Customers:AnswerLinkLifetime and Customers:PromiseLinkLifetime must be positive durations, such as 30.00:00:00.");
        }

        if (options.AnswersPerLinkPerHour < 1)
        {
            failures.Add("Customers:AnswersPerLinkPerHour must be 1 or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
