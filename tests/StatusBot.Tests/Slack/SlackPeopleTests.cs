using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.People;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Tests.Slack;

public sealed class SlackPeopleTests
{
    [Fact]
    public async Task A_command_from_a_user_fills_their_person_from_users_info_and_keeps_what_people_set()
    {
        var people = new InMemoryPeopleDirectory();
        await people.SaveAsync(Person.Unknown(SlackHost.Workspace, "U0OWNER") with { Manager = "U0BOSS" });
        await using var s = await SlackHost.StartAsync(services => services.AddSingleton<IPeopleDirectory>(people));
        s.Slack.Users["U0OWNER"] = ("Olga Owner", "Asia/Tokyo", 32400);

        await s.Wire.CommandAsync("/slip", "help", "U0OWNER", "C0PROJ", s.Slack.ResponseUrl("h1"));
        await s.Wire.CommandAsync("/slip", "help", "U0OWNER", "C0PROJ", s.Slack.ResponseUrl("h2"));
        await SlackHost.Eventually(() => people.Saves >= 2);

        var person = (await people.GetAsync(SlackHost.Workspace, "U0OWNER"))!;
        Assert.Equal(("Olga Owner", "Asia/Tokyo", "u0owner@example.com", Reach.Reachable), (person.DisplayName, person.TimeZone, person.Email, person.Reach));
        Assert.Equal("U0BOSS", person.Manager);
        Assert.Equal(s.Clock.GetUtcNow(), person.RefreshedAt);
        Assert.Equal(2, people.Saves); // the test's own save, then one fill: the second command reads the day's cache
        Assert.Single(s.Slack.Delivered("users.info"));
    }
}
