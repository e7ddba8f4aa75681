using System.Collections.Concurrent;
using System.Diagnostics;
using StatusBot.Core.Telemetry;
using StatusBot.Core.Tests.ChatActions;

namespace StatusBot.Core.Tests.Slips;

/// <summary>Each slip step is a span of Core's activity source, tagged with its step and never with what people wrote.</summary>
public sealed class SlipSpanTests
{
    [Fact]
    public async Task Each_step_to_the_preview_is_a_span_with_its_step_and_no_user_text()
    {
        var ended = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CoreTelemetry.Name || source.Name == nameof(SlipSpanTests),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = ended.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource(nameof(SlipSpanTests));
        var world = new ChatWorld();
        var commitment = await world.CommitmentAsync(title: "Quokka rollout");

        using (var root = source.StartActivity("test")!)
        {
            await world.ToPreviewAsync(commitment);
        }

        var mine = ended.Where(a => a.Source.Name == CoreTelemetry.Name && a.TraceId == ended.Single(r => r.OperationName == "test").TraceId).ToList();
        Assert.Contains(mine, a => a.OperationName == "slip start" && (string?)a.GetTagItem("statusbot.slip.step") == "NewDate");
        Assert.Contains(mine, a => a.OperationName == "slip step" && (string?)a.GetTagItem("statusbot.slip.step") == "Message");
        Assert.Contains(mine, a => a.OperationName == "slip step" && (string?)a.GetTagItem("statusbot.slip.step") == "Preview");
        Assert.All(mine, a => Assert.Equal("Slack", a.GetTagItem("statusbot.platform")));
        Assert.DoesNotContain(mine.SelectMany(a => a.TagObjects), t => t.Value?.ToString()?.Contains("Quokka", StringComparison.Ordinal) == true);
    }
}
