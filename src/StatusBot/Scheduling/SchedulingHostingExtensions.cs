using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StatusBot.Core.Digests;

namespace StatusBot.Scheduling;

/// <summary>Adds the check-in scheduler to the host.</summary>
internal static class SchedulingHostingExtensions
{
    public static WebApplicationBuilder AddStatusBotScheduler(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>();
        services.AddSingleton<DigestScheduler>();
        services.AddSingleton<IDigestScheduler>(provider => provider.GetRequiredService<DigestScheduler>());
        services.AddSingleton<SchedulerService>();
        services.AddHostedService(provider => provider.GetRequiredService<SchedulerService>());
        return builder;
    }
}

/// <summary>Refuses scheduler settings that cannot work, naming the key.</summary>
internal sealed class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options)
    {
        if (options.TickInterval < TimeSpan.FromSeconds(1) || options.TickInterval > TimeSpan.FromMinutes(10))
        {
            return ValidateOptionsResult.Fail($"Scheduler:TickInterval must be from 00:00:01 to 00:10:00, not {options.TickInterval}.");
        }

        if (options.Parallelism is < 1 or > 256)
        {
            return ValidateOptionsResult.Fail($"Scheduler:Parallelism must be from 1 to 256, not {options.Parallelism}.");
        }

        return options.MaxPerTick is < 1 or > 10_000
            ? ValidateOptionsResult.Fail($"Scheduler:MaxPerTick must be from 1 to 10000, not {options.MaxPerTick}.")
            : ValidateOptionsResult.Success;
    }
}
