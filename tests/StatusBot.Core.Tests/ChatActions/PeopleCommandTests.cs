using StatusBot.Core.Chat;
using StatusBot.Core.People;

namespace StatusBot.Core.Tests.ChatActions;

/// <summary><c>away</c> and <c>manager</c>: people set their own time off, delegate and manager from chat.</summary>
public sealed class PeopleCommandTests
{
    private readonly ChatWorld _world = new(); // 2026-03-02 09:00 UTC, a Monday

    private Task<ChatResponse> SayAsync(string name, string arguments, params string[] mentions) =>
        _world.Handler.HandleCommandAsync(new ChatCommand(ChatWorld.User(), name, arguments, ChatWorld.User().Address, "r1") { Mentions = mentions });

    private async Task<Person?> MeAsync() => await _world.People.GetAsync(ChatWorld.Workspace, ChatWorld.Owner);

    [Fact]
    public async Task Away_with_dates_and_a_mentioned_delegate_notes_both()
    {
        var said = await SayAsync("away", "2026-03-09 2026-03-13 delegate <@U_MARIA|maria>", "U_MARIA");

        var me = await MeAsync();
        Assert.Equal([new DateRange(new(2026, 3, 9), new(2026, 3, 13))], me!.TimeOff);
        Assert.Equal("U_MARIA", me.Delegate);
        Assert.StartsWith("Noted: you are away from Mon 9 Mar 2026 to Fri 13 Mar 2026. U_MARIA answers", Assert.Single(said.Messages).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Away_names_what_falls_due_meanwhile()
    {
        await _world.CommitmentAsync(title: "Bulk export", due: "2026-03-11");

        var said = await SayAsync("away", "2026-03-09 2026-03-13");

        Assert.Contains("Due while you are away: Bulk export (2026-03-11)", said.Messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("no check-in goes out while you are away", said.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Away_off_ends_the_time_off_and_the_delegate()
    {
        await SayAsync("away", "2026-03-02 2026-03-06 delegate U_MARIA");

        await SayAsync("away", "off");

        var me = await MeAsync();
        Assert.Empty(me!.TimeOff);
        Assert.Null(me.Delegate);
    }

    [Theory]
    [InlineData("2026-03-13 2026-03-09", "cannot end before it starts")]
    [InlineData("2026-02-01 2026-02-05", "ended on 2026-02-05")]
    [InlineData("next week", "two dates")]
    [InlineData("2026-03-09 2026-03-13 with maria", "delegate @someone")]
    public async Task Away_that_cannot_be_noted_is_refused_and_nothing_is_stored(string arguments, string why)
    {
        var said = await SayAsync("away", arguments);

        Assert.Contains(why, said.Messages[0].Text, StringComparison.Ordinal);
        Assert.Null(await MeAsync());
    }

    [Fact]
    public async Task Away_with_a_delegate_who_is_away_too_is_refused()
    {
        await _world.People.SaveAsync(Person.Unknown(ChatWorld.Workspace, "U_MARIA") with { DisplayName = "Maria", TimeOff = [new DateRange(new(2026, 3, 10), new(2026, 3, 20))] });

        var said = await SayAsync("away", "2026-03-09 2026-03-13 delegate", "U_MARIA");

        Assert.Contains("Maria is away too", said.Messages[0].Text, StringComparison.Ordinal);
        Assert.Null(await MeAsync());
    }

    [Fact]
    public async Task Manager_is_noted_and_a_loop_of_managers_is_refused()
    {
        await _world.People.SaveAsync(Person.Unknown(ChatWorld.Workspace, "U_BOSS") with { Manager = ChatWorld.Owner });

        var loop = await SayAsync("manager", "<@U_BOSS>", "U_BOSS");
        Assert.Contains("loop of managers", loop.Messages[0].Text, StringComparison.Ordinal);
        Assert.Null(await MeAsync());

        await SayAsync("manager", "<@U_CEO>", "U_CEO");
        Assert.Equal("U_CEO", (await MeAsync())!.Manager);
        Assert.Contains("U_CEO", (await SayAsync("manager", string.Empty)).Messages[0].Text, StringComparison.Ordinal);

        await SayAsync("manager", "off");
        Assert.Null((await MeAsync())!.Manager);
    }
}
