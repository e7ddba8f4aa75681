using Microsoft.Extensions.Options;

namespace StatusBot.Admin;

/// <summary>Refuses an admin API key too short to be a secret.</summary>
internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options) =>
        options.ApiKey is { } key && (string.IsNullOrWhiteSpace(key) || key.Length < AdminOptions.MinimumKeyLength)
            ? ValidateOptionsResult.Fail($"Admin:ApiKey must be at least {AdminOptions.MinimumKeyLength} characters (or unset to turn the admin API off).")
            : ValidateOptionsResult.Success;
}
