using StatusBot.Tests.Slack;

namespace StatusBot.Tests.Customers;

/// <summary>The customer is in a Slack channel shared with us and answers the warning there.</summary>
public sealed class SharedChannelAnswerTests
{
    [Fact]
    public async Task Customer_clicks_an_answer_twice_in_the_shared_channel_and_owner_and_channel_are_told_once()
    {
        await using var host = await CustomerHost.StartAsync();
        var commitment = await host.WarnedAsync(destination: "C0ACME");
        var warning = Assert.Single(host.Slack.Delivered("chat.postMessage"), c => c.Field("channel") == "C0ACME");
        var buttons = SlackHost.Buttons(warning);
        Assert.Equal(["The new date works", "We need it sooner", "Let's talk"], buttons.Select(b => (string)b["text"]!["text"]!));
        var works = buttons[0];
        var (actionId, value) = ((string)works["action_id"]!, (string)works["value"]!);

        await Task.WhenAll(
            host.Wire.ClickAsync("U0CUST", actionId, value, "C0ACME", "1700000100.000100", host.Slack.ResponseUrl("a")),
            host.Wire.ClickAsync("U0CUST", actionId, value, "C0ACME", "1700000100.000100", host.Slack.ResponseUrl("b")));
        await SlackHost.Eventually(() => host.Posted(CustomerHost.Channel, "\"The new date works\"").Count > 0 && host.Slack.Delivered("response_url").Count > 0);
        await Task.Delay(300);

        var answered = Assert.Single(await host.AnswersAsync(commitment.Id));
        Assert.Equal(("works", "U0CUST", "chat"), (answered.Data["answer"], answered.Actor, answered.Data["via"]));
        Assert.Single(host.Posted(CustomerHost.Channel, "\"The new date works\""));
        Assert.Single(host.Posted("DU0OWNER", "\"The new date works\""));
        Assert.StartsWith("Thank you", Assert.Single(host.Slack.Delivered("response_url")).Field("text"), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Slack.Calls, c => c.Method == "chat.update" && c.Field("channel") == "C0ACME");
    }
}
