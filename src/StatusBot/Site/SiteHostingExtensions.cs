using Microsoft.Extensions.Options;

namespace StatusBot.Site;

/// <summary>Registers the public pages' settings.</summary>
internal static class SiteHostingExtensions
{
    /// <summary>Binds and checks <c>Site</c> at start.</summary>
    public static WebApplicationBuilder AddStatusBotSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        return builder;
    }
}
