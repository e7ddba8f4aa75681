using System.Text;
using System.Text.Json.Nodes;
using StatusBot.Core.Chat;
using StatusBot.Teams.Rendering;

namespace StatusBot.Teams.Tests.Rendering;

public sealed class AdaptiveCardRendererTests
{
    [Fact]
    public void Render_PlainText_OneWrappedTextBlockInA15Card()
    {
        var content = AdaptiveCardRenderer.Render(new ChatMessage { Text = "Hello **there**" });

        Assert.Equal("AdaptiveCard", content.Card["type"]?.GetValue<string>());
        Assert.Equal("1.5", content.Card["version"]?.GetValue<string>());
        var block = Assert.Single(content.Card["body"]!.AsArray())!;
        Assert.Equal(("TextBlock", "Hello \\*\\*there\\*\\*", true), (block["type"]!.GetValue<string>(), block["text"]!.GetValue<string>(), block["wrap"]!.GetValue<bool>()));
        Assert.Equal("Hello **there**", content.Card["fallbackText"]?.GetValue<string>());
        Assert.Equal("Hello **there**", content.Summary);
        Assert.Null(content.Card["actions"]);
    }

    [Fact]
    public void Render_ButtonsBesideAnInput_SubmitItSoTheApproversNoteGoesWithRequestChanges()
    {
        var message = new ChatMessage
        {
            Text = "Approve this warning?",
            Buttons = [new ChatButton("slip.approve", "Approve", "c1"), new ChatButton("slip.changes", "Request changes", "c1")],
            Inputs = [new ChatInput { Id = "changesNote", Kind = ChatInputKind.MultilineText, Label = "What should change?", Optional = true }],
        };

        var actions = AdaptiveCardRenderer.Render(message).Card["actions"]!.AsArray();

        Assert.All(actions, a => Assert.Equal("auto", a!["associatedInputs"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal("auto", a!["fallback"]!["associatedInputs"]!.GetValue<string>()));
    }

    [Fact]
    public void Render_Button_ActionExecuteWithSubmitFallbackCarryingTheSameData()
    {
        var message = new ChatMessage { Text = "On track?", Buttons = [new ChatButton("checkin.answer", "Slipping", "c1:slipping", ButtonStyle.Danger)] };

        var action = Assert.Single(AdaptiveCardRenderer.Render(message).Card["actions"]!.AsArray())!;

        Assert.Equal("Action.Execute", action["type"]!.GetValue<string>());
        Assert.Equal("checkin.answer", action["verb"]!.GetValue<string>());
        Assert.Equal("Slipping", action["title"]!.GetValue<string>());
        Assert.Equal("destructive", action["style"]!.GetValue<string>());
        Assert.Equal("none", action["associatedInputs"]!.GetValue<string>());
        var expected = """{"statusbot":{"actionId":"checkin.answer","value":"c1:slipping"}}""";
        Assert.Equal(expected, action["data"]!.ToJsonString());
        var fallback = action["fallback"]!;
        Assert.Equal("Action.Submit", fallback["type"]!.GetValue<string>());
        Assert.Equal(expected, fallback["data"]!.ToJsonString());
    }

    [Fact]
    public void Render_Sections_HeadingsAndBodiesInContainersAfterTheTitle()
    {
        var message = new ChatMessage
        {
            Text = "Digest for #proj\nSlipping: Pilot",
            Sections = [new MessageSection("Slipping", "Pilot for <at>Acme</at>"), new MessageSection(null, "Due soon: none")],
        };

        var body = AdaptiveCardRenderer.Render(message).Card["body"]!.AsArray();

        Assert.Equal("Digest for #proj".Replace("#", "\\#", StringComparison.Ordinal), body[0]!["text"]!.GetValue<string>());
        Assert.Equal("bolder", body[0]!["weight"]!.GetValue<string>());
        var first = body[1]!["items"]!.AsArray();
        Assert.Equal("Container", body[1]!["type"]!.GetValue<string>());
        Assert.Equal("Slipping", first[0]!["text"]!.GetValue<string>());
        Assert.Equal("Pilot for \\<at\\>Acme\\</at\\>", first[1]!["text"]!.GetValue<string>());
        Assert.Equal("Due soon: none", body[2]!["items"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Render_SectionItems_OneEscapedBulletBlockEach()
    {
        var message = new ChatMessage
        {
            Text = "Here is what I can do:\n- slip: warn\n- **tone**: check",
            Sections = [new MessageSection(null, "Here is what I can do:") { Items = ["slip: warn", "**tone**: check"] }],
        };

        var items = AdaptiveCardRenderer.Render(message).Card["body"]![0]!["items"]!.AsArray();

        Assert.Equal(["Here is what I can do:", "• slip: warn", "• \\*\\*tone\\*\\*: check"], items.Select(i => i!["text"]!.GetValue<string>()));
        Assert.Equal("small", items[1]!["spacing"]!.GetValue<string>());
    }

    [Fact]
    public void Render_Form_InputsWithLabelsLimitsHintsAndErrors()
    {
        var message = new ChatMessage
        {
            Text = "New date",
            Inputs =
            [
                new ChatInput { Id = "newDate", Kind = ChatInputKind.Date, Label = "New date", InitialValue = "2026-12-01", Error = "The date is in the past." },
                new ChatInput { Id = "facts", Kind = ChatInputKind.MultilineText, Label = "What happened", Placeholder = "Facts", MaxLength = 500, Hint = "No blame.", Optional = true },
            ],
            FormActions = [new FormAction("slip.next", "Next", FormActionRole.Submit, "c1"), new FormAction("slip.back", "Back", FormActionRole.Back, "c1"), new FormAction("slip.cancel", "Discard", FormActionRole.Cancel, "c1")],
        };

        var card = AdaptiveCardRenderer.Render(message).Card;
        var body = card["body"]!.AsArray();

        var date = body.Single(e => e!["id"]?.GetValue<string>() == "newDate")!;
        Assert.Equal(("Input.Date", "New date", "2026-12-01", true), (date["type"]!.GetValue<string>(), date["label"]!.GetValue<string>(), date["value"]!.GetValue<string>(), date["isRequired"]!.GetValue<bool>()));
        Assert.NotNull(date["errorMessage"]);
        var error = body[body.IndexOf(date) + 1]!;
        Assert.Equal(("The date is in the past.", "attention"), (error["text"]!.GetValue<string>(), error["color"]!.GetValue<string>()));
        var facts = body.Single(e => e!["id"]?.GetValue<string>() == "facts")!;
        Assert.Equal(("Input.Text", true, 500, false, "Facts"), (facts["type"]!.GetValue<string>(), facts["isMultiline"]!.GetValue<bool>(), facts["maxLength"]!.GetValue<int>(), facts["isRequired"]!.GetValue<bool>(), facts["placeholder"]!.GetValue<string>()));
        var hint = body[body.IndexOf(facts) + 1]!;
        Assert.Equal(("No blame.", true), (hint["text"]!.GetValue<string>(), hint["isSubtle"]!.GetValue<bool>()));
        var actions = card["actions"]!.AsArray();
        Assert.Equal(["auto", "none", "none"], actions.Select(a => a!["associatedInputs"]!.GetValue<string>()));
        Assert.Equal(["slip.next", "slip.back", "slip.cancel"], actions.Select(a => a!["verb"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal("Action.Submit", a!["fallback"]!["type"]!.GetValue<string>()));
    }

    [Fact]
    public void Render_PersonInput_PeoplePickerFallingBackToATextFieldUnderTheSameId()
    {
        var content = AdaptiveCardRenderer.Render(new ChatMessage
        {
            Text = "Add",
            Inputs = [new ChatInput { Id = "approver", Kind = ChatInputKind.User, Label = "Who approves", Placeholder = "the account owner", Optional = true }],
        });

        var picker = content.Card["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "approver")!;
        Assert.Equal(("Input.ChoiceSet", "filtered", false, "the account owner"),
            (picker["type"]!.GetValue<string>(), picker["style"]!.GetValue<string>(), picker["isRequired"]!.GetValue<bool>(), picker["placeholder"]!.GetValue<string>()));
        Assert.Equal("""{"type":"Data.Query","dataset":"graph.microsoft.com/users"}""", picker["choices.data"]!.ToJsonString());
        Assert.Empty(picker["choices"]!.AsArray());
        var fallback = picker["fallback"]!;
        Assert.Equal(("Input.Text", "approver", "Who approves"), (fallback["type"]!.GetValue<string>(), fallback["id"]!.GetValue<string>(), fallback["label"]!.GetValue<string>()));
    }

    [Fact]
    public void Render_PersonInputForAClientWithoutThePicker_TextField()
    {
        var message = new ChatMessage { Text = "Add", Inputs = [new ChatInput { Id = "approver", Kind = ChatInputKind.User, Label = "Who approves" }] };

        var input = AdaptiveCardRenderer.Render(message, peoplePicker: false).Card["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "approver")!;

        Assert.Equal("Input.Text", input["type"]!.GetValue<string>());
    }

    [Fact]
    public void Render_InputNamedLikeTheActionKey_Refused()
    {
        var message = new ChatMessage { Text = "x", Inputs = [new ChatInput { Id = CardActionData.Key, Kind = ChatInputKind.Text, Label = "x" }] };

        Assert.Throws<ArgumentException>(() => AdaptiveCardRenderer.Render(message));
    }

    [Fact]
    public void Render_DigestOverTheBudget_KeepsWholeSectionsAndEndsWithAndNMore()
    {
        var sections = Enumerable.Range(0, 200).Select(i => new MessageSection("Commitment " + i, new string('x', 1000))).ToList();
        var message = new ChatMessage { Text = "Commitment 0", Sections = sections, Buttons = [new ChatButton("digest.refresh", "Refresh", "")] };

        var card = AdaptiveCardRenderer.Render(message).Card;

        Assert.InRange(Encoding.UTF8.GetByteCount(card.ToJsonString()), 60 * 1024, 80 * 1024);
        var body = card["body"]!.AsArray();
        var shown = body.Count(e => e!["type"]!.GetValue<string>() == "Container");
        Assert.Equal($"_and {200 - shown} more_", body[^1]!["text"]!.GetValue<string>());
        Assert.Equal("Commitment " + (shown - 1), body[shown - 1]!["items"]![0]!["text"]!.GetValue<string>());
        Assert.Single(card["actions"]!.AsArray());
    }

    [Fact]
    public void Render_SmallMessage_NotCut()
    {
        var message = new ChatMessage { Text = "t", Sections = [new MessageSection("a", "b"), new MessageSection("c", "d")] };

        var body = AdaptiveCardRenderer.Render(message).Card["body"]!.AsArray();

        Assert.DoesNotContain(body, e => e!["text"]?.GetValue<string>().Contains("more", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void ToAttachment_Card_AdaptiveContentTypeAndAFreshCopy()
    {
        var content = AdaptiveCardRenderer.Render(new ChatMessage { Text = "x" });

        var attachment = content.ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(content.Card, attachment["content"]));
        Assert.NotSame(content.Card, attachment["content"]);
    }
}
