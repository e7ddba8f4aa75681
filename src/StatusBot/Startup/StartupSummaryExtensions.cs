namespace StatusBot.Startup;

/// <summary>Registers the summary the host writes once it listens.</summary>
internal static class StartupSummaryExtensions
{
    /// <summary>After start: the address, storage, platforms, email and playground, and what is half set up.</summary>
    public static WebApplicationBuilder AddStatusBotStartupSummary(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<StartupSummary>();
        return builder;
    }
}
