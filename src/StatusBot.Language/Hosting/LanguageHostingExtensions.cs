using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StatusBot.Core.Slips;

namespace StatusBot.Language.Hosting;

/// <summary>Adds the tone check's sentence model to a host.</summary>
public static class LanguageHostingExtensions
{
    /// <summary>
    /// Binds <see cref="ToneModelOptions"/> from the <c>ToneModel</c> section and registers
    /// <see cref="BackgroundToneModel"/> as the <see cref="ISentenceClassifier"/>, loaded in the background at start.
    /// </summary>
    public static IHostApplicationBuilder AddStatusBotLanguage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ToneModelOptions>().BindConfiguration(ToneModelOptions.Section)
            .Validate(o => o.Threads is >= 1 and <= 64, "ToneModel:Threads must be between 1 and 64.")
            .ValidateOnStart();
        builder.Services.AddSingleton<BackgroundToneModel>();
        builder.Services.AddSingleton<ISentenceClassifier>(services => services.GetRequiredService<BackgroundToneModel>());
        builder.Services.AddHostedService(services => services.GetRequiredService<BackgroundToneModel>());
        return builder;
    }
}
