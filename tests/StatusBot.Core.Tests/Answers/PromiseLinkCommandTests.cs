using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Core.Commitments;
using StatusBot.Core.Tests.ChatActions;

namespace StatusBot.Core.Tests.Answers;

public sealed class PromiseLinkCommandTests
{
    private static string Said(ChatResponse response) => Assert.Single(response.Messages).Text;

    [Fact]
    public async Task Owner_shares_a_customers_page_and_withdraws_it()
    {
        var world = new ChatWorld();
        await world.CommitmentAsync();

        var shared = Said(await world.CommandAsync("commit", "share  acme "));
        var link = Assert.Single(await world.PromiseLinks.ListAsync(ChatWorld.Workspace));
        var withdrawn = Said(await world.CommandAsync("commit", $"unshare {link.Id}"));

        Assert.Contains("Here is Acme's promise page", shared, StringComparison.Ordinal);
        Assert.Contains(world.PromiseLinks.SignedAddress(link).ToString(), shared, StringComparison.Ordinal);
        Assert.Contains($"commit unshare {link.Id}", shared, StringComparison.Ordinal);
        Assert.Equal(("Acme", ChatWorld.Owner), (link.Customer, link.CreatedBy));
        Assert.StartsWith("Withdrawn", withdrawn, StringComparison.Ordinal);
        Assert.Equal(ChatWorld.Owner, (await world.PromiseLinks.GetAsync(ChatWorld.Workspace, link.Id))!.RevokedBy);
    }

    [Fact]
    public async Task Someone_who_answers_for_none_of_the_customers_commitments_can_neither_share_nor_withdraw()
    {
        var world = new ChatWorld();
        await world.CommitmentAsync();
        Said(await world.CommandAsync("commit", "share Acme"));
        var link = Assert.Single(await world.PromiseLinks.ListAsync(ChatWorld.Workspace));

        var share = Said(await world.CommandAsync("commit", "share Acme", "U_STRANGER"));
        var unshare = Said(await world.CommandAsync("commit", $"unshare {link.Id}", "U_STRANGER"));

        Assert.StartsWith("Only the owner of one of Acme's commitments", share, StringComparison.Ordinal);
        Assert.StartsWith("Only whoever shared it", unshare, StringComparison.Ordinal);
        Assert.Single(await world.PromiseLinks.ListAsync(ChatWorld.Workspace));
        Assert.Null((await world.PromiseLinks.GetAsync(ChatWorld.Workspace, link.Id))!.RevokedAt);
    }

    [Theory]
    [InlineData("share", "Whose promise page?")]
    [InlineData("share Beta", "No commitment in this workspace was made to a customer named \"Beta\"")]
    [InlineData("unshare", "Which link?")]
    [InlineData("unshare nope", "This workspace has no promise link \"nope\".")]
    public async Task Unclear_requests_say_what_to_type(string arguments, string answer)
    {
        var world = new ChatWorld();
        await world.CommitmentAsync();

        Assert.StartsWith(answer, Said(await world.CommandAsync("commit", arguments)), StringComparison.Ordinal);
        Assert.Empty(await world.PromiseLinks.ListAsync(ChatWorld.Workspace));
    }

    [Fact]
    public async Task Commit_sharing_is_not_mistaken_for_a_title()
    {
        var world = new ChatWorld();

        var form = await world.CommandAsync("commit", "shareholder report");

        Assert.NotNull(form.Form);
    }
}
