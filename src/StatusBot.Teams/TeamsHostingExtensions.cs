using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace StatusBot.Teams;

/// <summary>Adds StatusBot's Teams adapter to a host.</summary>
public static class TeamsHostingExtensions
{
    /// <summary>Binds and validates <see cref="TeamsOptions"/> from the <c>Teams</c> section.</summary>
    public static IHostApplicationBuilder AddStatusBotTeams(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        return builder;
    }
}
