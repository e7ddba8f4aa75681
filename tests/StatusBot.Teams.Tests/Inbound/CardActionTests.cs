using System.Text.Json;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Rendering;

namespace StatusBot.Teams.Tests.Inbound;

public sealed class CardActionTests
{
    [Fact]
    public void From_ActionExecuteInvoke_ActionValueAndInputs()
    {
        var action = CardAction.From(TestData.Activity("invoke-action-execute.json"));

        Assert.NotNull(action);
        Assert.Equal(("slip.next", "c1", true), (action.ActionId, action.Value, action.IsInvoke));
        Assert.Equal(new Dictionary<string, string> { ["newDate"] = "2026-12-01", ["facts"] = "Vendor late" }, action.Inputs);
    }

    [Fact]
    public void From_ActionSubmitMessage_ActionAndValue()
    {
        var action = CardAction.From(TestData.Activity("message-action-submit.json"));

        Assert.NotNull(action);
        Assert.Equal(("checkin.answer", "c1:on-track", false), (action.ActionId, action.Value, action.IsInvoke));
        Assert.Empty(action.Inputs);
    }

    [Fact]
    public void From_PlainMessage_Null()
    {
        Assert.Null(CardAction.From(new Activity { Type = "message", Text = "slip" }));
    }

    [Fact]
    public void From_OtherInvoke_Null()
    {
        var value = JsonDocument.Parse("""{"action":{"verb":"x"}}""").RootElement;

        Assert.Null(CardAction.From(new Activity { Type = "invoke", Name = "task/fetch", Value = value }));
    }

    [Fact]
    public void From_ExecuteWithVerbOnly_UsesTheVerb()
    {
        var value = JsonDocument.Parse("""{"action":{"type":"Action.Execute","verb":"digest.refresh"}}""").RootElement;

        var action = CardAction.From(new Activity { Type = "invoke", Name = CardAction.ExecuteInvokeName, Value = value });

        Assert.Equal(("digest.refresh", ""), (action?.ActionId, action?.Value));
    }

    [Fact]
    public void TryDecode_WhatTheRendererEncodes_RoundTrips()
    {
        var data = CardActionData.Encode("checkin.snooze", "c9:2d");
        data["note"] = "typed";

        var ok = CardActionData.TryDecode(JsonDocument.Parse(data.ToJsonString()).RootElement, null, out var id, out var value, out var inputs);

        Assert.True(ok);
        Assert.Equal(("checkin.snooze", "c9:2d", "typed"), (id, value, inputs["note"]));
        Assert.False(inputs.ContainsKey(CardActionData.Key));
    }

    [Fact]
    public void TryDecode_NoActionAnywhere_False()
    {
        Assert.False(CardActionData.TryDecode(JsonDocument.Parse("""{"note":"x"}""").RootElement, null, out _, out _, out _));
    }
}
