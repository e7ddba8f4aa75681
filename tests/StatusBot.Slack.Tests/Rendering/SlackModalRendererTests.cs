using StatusBot.Core.Chat;
using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Tests.Rendering;

public sealed class SlackModalRendererTests
{
    [Fact]
    public void Form_WithInputs_EachInputOnceAfterTheTextAndSubmitAsTheModalsButton()
    {
        var form = new ChatMessage
        {
            Text = "When can Acme expect it?",
            Inputs = [new ChatInput { Id = "newDate", Kind = ChatInputKind.Date, Label = "New date", InitialValue = "2027-01-15" }],
            FormActions = [new FormAction("slip.date", "Next", FormActionRole.Submit, "c1"), new FormAction("slip.cancel", "Discard draft", FormActionRole.Cancel, "c1")],
        };

        var view = SlackModalRenderer.Form(form);
        var blocks = view["blocks"]!.AsArray();

        Assert.Equal(["section", "input", "actions"], blocks.Select(b => (string?)b!["type"]));
        Assert.Equal(("newDate", "datepicker", "2027-01-15"), ((string?)blocks[1]!["block_id"], (string?)blocks[1]!["element"]!["type"], (string?)blocks[1]!["element"]!["initial_date"]));
        Assert.Equal(("slip.date", "c1", "Next"), ((string?)view["callback_id"], (string?)view["private_metadata"], (string?)view["submit"]!["text"]));
    }

    [Fact]
    public void Result_MessageWithInput_ShowsOnlyItsText()
    {
        var message = new ChatMessage { Text = "Done.", Inputs = [new ChatInput { Id = "note", Kind = ChatInputKind.Text, Label = "Note" }] };

        var blocks = SlackModalRenderer.Result([message])["blocks"]!.AsArray();

        Assert.Equal(["section"], blocks.Select(b => (string?)b!["type"]));
    }
}
