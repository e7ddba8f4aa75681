using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.People;
using StatusBot.Core.Tests.Fakes;
using StatusBot.Teams.Inbound;

namespace StatusBot.Teams.Tests.Inbound;

public sealed class TeamsPeopleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryPeopleDirectory _people = new();

    private static async Task<ChatActorAndName> ActAsync(TeamsPeople fill)
    {
        var activity = TestData.Activity("invoke-action-execute.json");
        var actor = TeamsActors.Of(activity, TeamsConversationReference.From(activity)!);
        await fill.FillAsync(actor, activity.From?.Name);
        return new(actor.Workspace, actor.UserId);
    }

    [Fact]
    public async Task FillAsync_ActivityFromAUser_FillsTheirNameAndTimeZone()
    {
        var (workspace, user) = await ActAsync(new TeamsPeople(_time, _people));

        var person = await _people.GetAsync(workspace, user);
        Assert.Equal(("Ann Example", "Europe/Berlin", Reach.Reachable, _time.GetUtcNow()), (person!.DisplayName, person.TimeZone, person.Reach, person.RefreshedAt));
    }

    [Fact]
    public async Task FillAsync_ManyActivities_WritesAtMostDaily()
    {
        var fill = new TeamsPeople(_time, _people);

        await ActAsync(fill);
        _time.Advance(TimeSpan.FromHours(23));
        await ActAsync(fill);
        _time.Advance(TimeSpan.FromHours(2));
        await ActAsync(fill);

        Assert.Equal(2, _people.Saves);
    }

    [Fact]
    public async Task FillAsync_KeepsTheManagerPeopleSet()
    {
        var (workspace, user) = await ActAsync(new TeamsPeople(_time, _people));
        var person = (await _people.GetAsync(workspace, user))!;
        await _people.SaveAsync(person with { Manager = "29:boss", RefreshedAt = _time.GetUtcNow().AddDays(-2) });

        await ActAsync(new TeamsPeople(_time, _people));

        Assert.Equal("29:boss", (await _people.GetAsync(workspace, user))!.Manager);
    }

    [Theory]
    [InlineData("   ", 0)]
    [InlineData("..\\..\\me", 0)]
    [InlineData("6f1a0000-0000-0000-0000-000000000001", 1)]
    public async Task FillAsync_AsksTheDirectoryOnlyForAnEntraObjectId(string aadObjectId, int asked)
    {
        var directory = new CountingDirectory();
        using var fill = new TeamsPeople(_time, _people, directory: directory);
        var activity = TestData.Activity("invoke-action-execute.json");

        await fill.FillAsync(TeamsActors.Of(activity, TeamsConversationReference.From(activity)!), "Ann Example", aadObjectId);
        await fill.WhenIdleAsync();

        Assert.Equal(asked, directory.Asked);
    }

    private sealed class CountingDirectory : ITeamsUserDirectory
    {
        public int Asked { get; private set; }

        public Task<TeamsDirectoryAnswer> CompleteAsync(PlatformDetails fromActivity, string aadObjectId, CancellationToken cancellationToken = default)
        {
            Asked++;
            return Task.FromResult(new TeamsDirectoryAnswer(fromActivity));
        }
    }

    [Fact]
    public async Task FillAsync_NoDirectory_DoesNothing()
    {
        await ActAsync(new TeamsPeople(_time));

        Assert.Equal(0, _people.Saves);
    }

    private sealed record ChatActorAndName(StatusBot.Core.Chat.WorkspaceId Workspace, string UserId);
}
