using StatusBot.Core.Chat;

namespace StatusBot.Core.Tests.Chat;

public class ChatMessageTests
{
    [Fact]
    public void IsForm_PlainMessage_IsFalseAndHasNoInputs()
    {
        var message = new ChatMessage { Text = "Hello" };

        Assert.False(message.IsForm);
        Assert.Empty(message.Inputs);
        Assert.Empty(message.FormActions);
    }

    [Fact]
    public void IsForm_MessageWithAnInputAndSubmit_IsTrue()
    {
        var message = new ChatMessage
        {
            Text = "Pick a date",
            Inputs = [new ChatInput { Id = "newDate", Kind = ChatInputKind.Date, Label = "New date" }],
            FormActions = [new FormAction("slip.submit", "Next", FormActionRole.Submit)],
        };

        Assert.True(message.IsForm);
    }
}
