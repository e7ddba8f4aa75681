using StatusBot.Dashboard;

namespace StatusBot.Tests.Dashboard;

public sealed class ReturnPathTests
{
    [Theory]
    [InlineData("/app/trends", "/app/trends")]
    [InlineData("/app/trends?months=6", "/app/trends?months=6")]
    [InlineData("/app", "/app")]
    [InlineData(null, "/app")]
    [InlineData("https://evil.example/app", "/app")]
    [InlineData("//evil.example/app", "/app")]
    [InlineData("/app//evil.example", "/app")]
    [InlineData("/app/\\evil.example", "/app")]
    [InlineData("/application", "/app")]
    [InlineData("/api/workspaces/slack-T1/commitments", "/app")]
    [InlineData("/app/signin/slack", "/app")]
    public void Of_KeepsOnlyDashboardPaths(string? returnUrl, string expected) => Assert.Equal(expected, ReturnPath.Of(returnUrl));
}
