using StatusBot.Core.Chat;
using StatusBot.Email;

namespace StatusBot.Tests.Email;

public sealed class EmailComposerTests
{
    [Theory]
    [InlineData("Acme moves to 14 March\nDetails", null, "Acme moves to 14 March")]
    [InlineData("\n   \n  First real line  \nmore", null, "First real line")]
    [InlineData("Text line", "Chosen subject", "Chosen subject")]
    [InlineData("Text line", "   ", "Text line")]
    [InlineData("Text", "Two\r\nlines", "Two")]
    public void SubjectOf_Message_IsOneLine(string text, string? subject, string expected) =>
        Assert.Equal(expected, EmailComposer.SubjectOf(new ChatMessage { Text = text, Subject = subject }));

    [Fact]
    public void SubjectOf_LongLine_IsCut()
    {
        var subject = EmailComposer.SubjectOf(new ChatMessage { Text = new string('x', 500) });

        Assert.Equal(200, subject.Length);
        Assert.EndsWith("…", subject, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageIdFor_SameKey_IsStableAndDiffersByKey()
    {
        var id = EmailComposer.MessageIdFor(WorkspaceId.Parse("slack-T0123"), "warning:c1");

        Assert.Equal(id, EmailComposer.MessageIdFor(WorkspaceId.Parse("slack-T0123"), "warning:c1"));
        Assert.NotEqual(id, EmailComposer.MessageIdFor(WorkspaceId.Parse("slack-T0123"), "warning:c2"));
        Assert.Matches("^[0-9a-f]{64}@statusbot$", id);
    }

    [Fact]
    public void Render_NoSections_ShowsTextAsParagraphsWithLineBreaks()
    {
        var html = EmailHtml.Render(new ChatMessage { Text = "Hello\r\nthere\n\nSecond & last" });

        Assert.Contains("<p>Hello<br>\nthere</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Second &amp; last</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Sections_ShowsHeadedParagraphsInOrder()
    {
        var html = EmailHtml.Render(new ChatMessage
        {
            Text = "ignored when there are sections",
            Sections = [new MessageSection("What happened", "The export failed."), new MessageSection(null, "Thanks, Ana")],
        });

        Assert.Contains("<h3>What happened</h3>\n<p>The export failed.</p>\n<p>Thanks, Ana</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ignored", html, StringComparison.Ordinal);
    }
}
