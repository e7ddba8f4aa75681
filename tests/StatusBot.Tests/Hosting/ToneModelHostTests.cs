using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.Slips;
using StatusBot.Language.Hosting;

namespace StatusBot.Tests.Hosting;

public sealed class ToneModelHostTests
{
    [Fact]
    public async Task Host_loads_the_sentence_model_in_the_background_and_the_tone_check_reads_with_it()
    {
        using var factory = new StatusBotFactory(new Dictionary<string, string?> { ["ToneModel:Enabled"] = "true" });
        using var client = factory.CreateClient();
        var model = factory.Services.GetRequiredService<BackgroundToneModel>();

        Assert.True(await model.Ready.WaitAsync(TimeSpan.FromMinutes(2)), "the sentence model did not load");

        Assert.Same(model, factory.Services.GetRequiredService<ISentenceClassifier>());
        var finding = Assert.Single(ToneCheck.ReviewText("The vendor is the reason the rollout is stuck.", null, model));
        Assert.Equal(ToneFindingKind.Blame, finding.Kind);
    }

    [Fact]
    public async Task Host_with_the_model_off_answers_no_verdicts()
    {
        using var factory = new StatusBotFactory();
        using var client = factory.CreateClient();
        var model = factory.Services.GetRequiredService<BackgroundToneModel>();

        Assert.False(await model.Ready.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Empty(model.Classify(["The vendor is the reason the rollout is stuck."]));
    }
}
