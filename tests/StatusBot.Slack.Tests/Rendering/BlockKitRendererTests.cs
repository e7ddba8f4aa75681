using System.Text.Json.Nodes;
using StatusBot.Core.Chat;
using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Tests.Rendering;

public sealed class BlockKitRendererTests
{
    [Fact]
    public void Render_PizzaTitle_PingsNoOne()
    {
        var message = new ChatMessage
        {
            Text = "<!channel> free pizza\nIn the kitchen <!here>",
            Sections = [new("<!channel> free pizza", "In the kitchen <!here> & <@U42>")],
            Buttons = [new("lunch.join", "Join <!everyone>", "x")],
        };

        var content = BlockKitRenderer.Render(message);
        var json = content.Blocks.ToJsonString() + content.Text;

        Assert.DoesNotContain("<!", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", TextsOf(content.Blocks, "section").Aggregate("", string.Concat), StringComparison.Ordinal);
        Assert.Equal("*&lt;!channel&gt; free pizza*\nIn the kitchen &lt;!here&gt; &amp; &lt;@U42&gt;", TextsOf(content.Blocks, "section").Single());
        Assert.StartsWith("&lt;!channel&gt; free pizza", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PlainMessage_OneSectionAndFallbackText()
    {
        var content = BlockKitRenderer.Render(new ChatMessage { Text = "Is Acme on track?" });

        Assert.Equal("Is Acme on track?", content.Text);
        Assert.Equal(["Is Acme on track?"], TextsOf(content.Blocks, "section"));
    }

    [Fact]
    public void Render_TitleNotInSections_ShowsTitleFirst()
    {
        var message = new ChatMessage { Text = "Weekly digest\nDue\n- Acme", Sections = [new("Due", "- Acme")] };

        var texts = TextsOf(BlockKitRenderer.Render(message).Blocks, "section");

        Assert.Equal(["*Weekly digest*", "*Due*\n- Acme"], texts);
    }

    [Fact]
    public void Render_SectionItems_OneEscapedBulletPerLine()
    {
        var message = new ChatMessage
        {
            Text = "Here is what I can do:\n- slip: warn\n- tone <text>: check",
            Sections = [new(null, "Here is what I can do:") { Items = ["slip: warn", "tone <text>: check"] }],
        };

        var texts = TextsOf(BlockKitRenderer.Render(message).Blocks, "section");

        Assert.Equal(["Here is what I can do:\n• slip: warn\n• tone &lt;text&gt;: check"], texts);
    }

    [Fact]
    public void Render_TextOpensWithFirstSection_NoExtraTitle()
    {
        var message = new ChatMessage
        {
            Text = "Hello Acme,\n\nThe report will be late.",
            Sections = [new(null, "Hello Acme,"), new(null, "The report will be late.")],
        };

        var texts = TextsOf(BlockKitRenderer.Render(message).Blocks, "section");

        Assert.Equal(["Hello Acme,", "The report will be late."], texts);
    }

    [Fact]
    public void Render_TenThousandCharBody_SplitsIntoSectionsOfAtMost3000()
    {
        var body = string.Join('\n', Enumerable.Range(0, 1000).Select(i => $"line {i:D5}"));
        Assert.True(body.Length >= 10_000);

        var content = BlockKitRenderer.Render(new ChatMessage { Text = body });
        var texts = TextsOf(content.Blocks, "section");

        Assert.InRange(texts.Count, 4, 5);
        Assert.All(texts, t => Assert.InRange(t.Length, 1, 3000));
        Assert.Equal(body, string.Join('\n', texts));
        Assert.NotEmpty(content.Text);
    }

    [Fact]
    public void Render_LongRunOfAmpersands_NeverCutsAnEntity()
    {
        var content = BlockKitRenderer.Render(new ChatMessage { Text = new string('&', 2000) });
        var texts = TextsOf(content.Blocks, "section");

        Assert.All(texts, t => Assert.Matches("^(&amp;)+$", t));
        Assert.Equal(2000, texts.Sum(t => t.Length) / 5);
    }

    [Fact]
    public void Render_SixtySections_CutToFiftyBlocksWithAndNMore()
    {
        var sections = Enumerable.Range(1, 60).Select(i => new MessageSection($"Customer {i}", "on track")).ToList();
        var message = new ChatMessage { Text = "Customer 1\non track", Sections = sections, Buttons = [new("digest.ack", "Got it", "1")] };

        var blocks = BlockKitRenderer.Render(message).Blocks;
        var texts = TextsOf(blocks, "section");

        Assert.Equal(50, blocks.Count);
        Assert.Equal("actions", (string?)blocks[^1]!["type"]);
        Assert.Equal(49, texts.Count);
        Assert.Equal("_and 12 more_", texts[^1]);
        Assert.Equal("*Customer 48*\non track", texts[^2]);
    }

    [Fact]
    public void Render_Buttons_ActionsBlockWithIdsValuesAndStyles()
    {
        var message = new ChatMessage
        {
            Text = "Is Acme on track?",
            Buttons =
            [
                new("checkin.answer", "On track", "c1|ontrack", ButtonStyle.Primary),
                new("checkin.answer", "Slipping", "c1|slipping", ButtonStyle.Danger),
                new("slip.start", new string('x', 100), "c1"),
            ],
        };

        var elements = BlockKitRenderer.Render(message).Blocks.Single(b => (string?)b!["type"] == "actions")!["elements"]!.AsArray();

        Assert.Equal(["checkin.answer#0", "checkin.answer#1", "slip.start"], elements.Select(e => (string?)e!["action_id"]));
        Assert.Equal(["c1|ontrack", "c1|slipping", "c1"], elements.Select(e => (string?)e!["value"]));
        Assert.Equal(["primary", "danger", null], elements.Select(e => (string?)e!["style"]));
        Assert.Equal("plain_text", (string?)elements[0]!["text"]!["type"]);
        Assert.Equal(75, ((string?)elements[2]!["text"]!["text"])!.Length);
    }

    [Fact]
    public void Render_SectionsWithButtons_EachSectionFollowedByItsOwnActions()
    {
        var message = new ChatMessage
        {
            Text = "Your open commitments (2):",
            Sections =
            [
                new("Export API", "Acme, due Friday") { Buttons = [new("checkin.answer", "On track", "c1|ontrack"), new("checkin.answer", "At risk", "c1|atrisk"), new("slip.start", "Report a slip", "c1")] },
                new("Year-end report", "Globex, due Monday") { Buttons = [new("checkin.answer", "On track", "c2|ontrack")] },
            ],
        };

        var blocks = BlockKitRenderer.Render(message).Blocks;

        Assert.Equal(["section", "section", "actions", "section", "actions"], blocks.Select(b => (string?)b!["type"]));
        Assert.Equal(["checkin.answer#0", "checkin.answer#1", "slip.start"], blocks[2]!["elements"]!.AsArray().Select(e => (string?)e!["action_id"]));
        Assert.Equal(["c1|ontrack", "c1|atrisk", "c1"], blocks[2]!["elements"]!.AsArray().Select(e => (string?)e!["value"]));
        Assert.Equal(["c2|ontrack"], blocks[4]!["elements"]!.AsArray().Select(e => (string?)e!["value"]));
    }

    [Fact]
    public void Render_ThirtySectionsWithButtons_CutsWholeSectionsNeverTheirButtons()
    {
        var sections = Enumerable.Range(1, 30).Select(i => new MessageSection($"Commitment {i}", "on track") { Buttons = [new("slip.start", "Report a slip", $"c{i}")] }).ToList();

        var blocks = BlockKitRenderer.Render(new ChatMessage { Text = "Commitment 1\non track", Sections = sections }).Blocks;

        Assert.Equal(49, blocks.Count);
        Assert.Equal("_and 6 more_", (string?)blocks[^1]!["text"]!["text"]);
        Assert.Equal(24, blocks.Count(b => (string?)b!["type"] == "actions"));
        Assert.Equal("actions", (string?)blocks[^2]!["type"]);
    }

    [Fact]
    public void Render_ThirtyButtons_TwoActionsBlocks()
    {
        var buttons = Enumerable.Range(0, 30).Select(i => new ChatButton($"pick.{i}", $"Pick {i}", $"{i}")).ToList();

        var blocks = BlockKitRenderer.Render(new ChatMessage { Text = "Pick one", Buttons = buttons }).Blocks;
        var actions = blocks.Where(b => (string?)b!["type"] == "actions").ToList();

        Assert.Equal([25, 5], actions.Select(a => a!["elements"]!.AsArray().Count));
    }

    [Fact]
    public void Render_MessageWithInput_InputBlockThatDispatchesNothingBeforeTheButtons()
    {
        var message = new ChatMessage
        {
            Text = "Please approve the warning to Acme.",
            Inputs =
            [
                new ChatInput { Id = "changesNote", Kind = ChatInputKind.MultilineText, Label = "What should <!channel> change?", Hint = "Only for changes.", MaxLength = 2000, Optional = true },
                new ChatInput { Id = "subject", Kind = ChatInputKind.Text, Label = "Subject" },
            ],
            Buttons = [new("slip.approve", "Approve", "c1", ButtonStyle.Primary), new("slip.changes", "Request changes", "c1")],
        };

        var blocks = BlockKitRenderer.Render(message).Blocks;

        Assert.Equal(["section", "input", "input", "actions"], blocks.Select(b => (string?)b!["type"]));
        var note = blocks[1]!;
        Assert.Equal("changesNote", (string?)note["block_id"]);
        Assert.False((bool)note["dispatch_action"]!);
        Assert.True((bool)note["optional"]!);
        Assert.Equal("plain_text", (string?)note["label"]!["type"]);
        Assert.Equal("What should <!channel> change?", (string?)note["label"]!["text"]);
        Assert.Equal("Only for changes.", (string?)note["hint"]!["text"]);
        var element = note["element"]!;
        Assert.Equal(("plain_text_input", "changesNote", true, 2000), ((string?)element["type"], (string?)element["action_id"], (bool)element["multiline"]!, (int)element["max_length"]!));
        Assert.False((bool)blocks[2]!["element"]!["multiline"]!);
        Assert.False((bool)blocks[2]!["optional"]!);
    }

    [Fact]
    public void Render_FortyNineSectionsAndAnInput_KeepsTheInputAndButtonsWithinFiftyBlocks()
    {
        var sections = Enumerable.Range(1, 49).Select(i => new MessageSection($"Part {i}", "text")).ToList();
        var message = new ChatMessage
        {
            Text = "Part 1\ntext",
            Sections = sections,
            Inputs = [new ChatInput { Id = "note", Kind = ChatInputKind.Text, Label = "Note" }],
            Buttons = [new("a", "A", "1")],
        };

        var blocks = BlockKitRenderer.Render(message).Blocks;

        Assert.Equal(50, blocks.Count);
        Assert.Equal(["input", "actions"], blocks.TakeLast(2).Select(b => (string?)b!["type"]));
        Assert.Equal("_and 2 more_", (string?)blocks[^3]!["text"]!["text"]);
    }

    [Fact]
    public void Render_ButtonValueOver2000_Throws()
    {
        var message = new ChatMessage { Text = "x", Buttons = [new("a", "b", new string('v', 2001))] };

        Assert.Throws<ArgumentException>(() => BlockKitRenderer.Render(message));
    }

    private static List<string> TextsOf(JsonArray blocks, string type) =>
        blocks.Where(b => (string?)b!["type"] == type).Select(b => (string)b!["text"]!["text"]!).ToList();
}
