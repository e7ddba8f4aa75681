using StatusBot.Core.Chat;
using StatusBot.Core.Slips;
using static StatusBot.Core.Tests.Slips.SlipGiven;
using static StatusBot.Core.Tests.Slips.SlipWalk;

namespace StatusBot.Core.Tests.Slips;

public class SlipMessageStepTests
{
    private static readonly SlipContext Ctx = Context();

    private static SlipState AtMessage() => Date(Start(Ctx).State, "2026-03-18", Ctx).State;

    [Fact]
    public void Advance_AtMessage_ShowsEachPartWithHintPlaceholderAndLimit()
    {
        var form = Assert.Single(Date(Start(Ctx).State, "2026-03-18", Ctx).Replies).Message;

        Assert.Equal(["facts", "context", "impact", "plan", "ask"], form.Inputs.Select(i => i.Id));
        Assert.All(form.Inputs, i => Assert.Equal((ChatInputKind.MultilineText, (int?)1000), (i.Kind, i.MaxLength)));
        Assert.All(form.Inputs, i => Assert.False(string.IsNullOrWhiteSpace(i.Hint) || string.IsNullOrWhiteSpace(i.Placeholder)));
        Assert.Equal([FormActionRole.Submit, FormActionRole.Back, FormActionRole.Cancel], form.FormActions.Select(a => a.Role));
    }

    [Fact]
    public void Advance_PartOverTheLimit_IsRefusedOnThatInputAndKept()
    {
        var tooLong = new string('x', 1001);

        var refused = Go(AtMessage(), new PartsSubmitted(Owner, Parts.With(SlipPart.Context, tooLong)), Ctx);

        Assert.Equal(SlipStep.Message, refused.State.Step);
        var error = Assert.Single(refused.Errors);
        Assert.Equal("context", error.Field);
        Assert.Contains("1,000 characters or fewer (it has 1,001)", error.Message, StringComparison.Ordinal);
        Assert.Equal(tooLong, refused.State.Parts.Context);
        Assert.Equal(error.Message, Assert.Single(refused.Replies).Message.Inputs[1].Error);
    }

    [Fact]
    public void Advance_PartAtTheLimit_IsAccepted()
    {
        var next = Go(AtMessage(), new PartsSubmitted(Owner, Parts.With(SlipPart.Context, new string('x', 1000))), Ctx);

        Assert.Equal(SlipStep.Preview, next.State.Step);
    }

    [Fact]
    public void Advance_NoFacts_IsRefused()
    {
        var refused = Go(AtMessage(), new PartsSubmitted(Owner, Parts.With(SlipPart.Facts, "   ")), Ctx);

        Assert.Equal(("facts", SlipStep.Message), (Assert.Single(refused.Errors).Field, refused.State.Step));
    }

    [Fact]
    public void Advance_CleanParts_PreviewsTheComposedWarning()
    {
        var preview = Go(AtMessage(), new PartsSubmitted(Owner, Parts), Ctx);

        var message = Assert.Single(preview.Replies).Message;
        Assert.Contains("Hello Acme,", message.Text, StringComparison.Ordinal);
        Assert.Contains("Our new date is Wednesday 18 March 2026.", message.Text, StringComparison.Ordinal);
        Assert.Contains("The tone check found nothing to change.", message.Text, StringComparison.Ordinal);
        Assert.Equal(("Send to the customer", FormActionRole.Submit), (message.FormActions[0].Label, message.FormActions[0].Role));
    }

    [Fact]
    public void Advance_PartsWithToneProblems_PreviewNamesEachWithItsPart()
    {
        var parts = Parts.With(SlipPart.Plan, "We will fix it soon.").With(SlipPart.Impact, "").With(SlipPart.Context, "Honestly it was not our fault.");

        var preview = Go(AtMessage(), new PartsSubmitted(Owner, parts), Ctx);

        var text = Assert.Single(preview.Replies).Message.Text;
        Assert.Contains("- What it means for them: Say what the delay means for them", text, StringComparison.Ordinal);
        Assert.Contains("- What we are doing: \"soon\" Name a calendar date", text, StringComparison.Ordinal);
        Assert.Contains("- Why: \"not our fault\" Describe what happened without pointing at anyone", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_BackFromPreview_ReturnsToTheMessageWithTheWordsKept()
    {
        var back = Go(Preview(Ctx), new SlipBack(Owner), Ctx);

        Assert.Equal(SlipStep.Message, back.State.Step);
        Assert.Equal(Parts.Plan, Assert.Single(back.Replies).Message.Inputs.Single(i => i.Id == "plan").InitialValue);
    }

    [Fact]
    public void Advance_BackFromMessage_ReturnsToTheDateWithTheDateKept()
    {
        var back = Go(AtMessage(), new SlipBack(Owner), Ctx);

        Assert.Equal(SlipStep.NewDate, back.State.Step);
        Assert.Equal("2026-03-18", Assert.Single(back.Replies).Message.Inputs[0].InitialValue);
    }

    [Fact]
    public void Advance_StaleDateSubmissionAtPreview_ShowsThePreviewAgainAndChangesNothing()
    {
        var state = Preview(Ctx);

        var stale = Date(state, "2026-03-20", Ctx);

        Assert.True(stale.Refused);
        Assert.Equal(state, stale.State);
    }
}
