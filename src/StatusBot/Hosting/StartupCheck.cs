using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace StatusBot.Hosting;

/// <summary>Runs the host, turning a bad configuration into one line that names the key, not a stack trace.</summary>
internal static class StartupCheck
{
    /// <summary>Validates every option, then runs until shutdown. Returns the process exit code.</summary>
    public static async Task<int> RunOrExplainAsync(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (Explain(ex) is { } reason)
        {
            await Console.Error.WriteLineAsync($"StatusBot cannot start: {reason}");
            return 1;
        }
    }

    /// <summary>
    /// True when every option validates; false for a bad configuration, which <see cref="RunOrExplainAsync"/> then names.
    /// For mapping that resolves services (and so options) before the host runs.
    /// </summary>
    public static bool OptionsAreValid(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception ex) when (Explain(ex) is not null)
        {
            return false;
        }
    }

    /// <summary>The reason in a user's words, or null for a failure that is not a start-up problem.</summary>
    internal static string? Explain(Exception ex) => ex switch
    {
        OptionsValidationException options => string.Join(" ", options.Failures),
        AggregateException all when all.InnerExceptions.Select(Explain).ToList() is var reasons && reasons.All(r => r is not null)
            => string.Join(" ", reasons),
        InvalidOperationException bind when ConversionProblem.Explain(bind.Message) is { } conversion => conversion,
        IOException { InnerException: AddressInUseException } io
            => io.Message + " Another program uses that port: stop it, or choose another address with --urls.",
        _ => null,
    };
}
