using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace StatusBot.Slack.Tests.FakeSlack;

/// <summary>The fake's files flow refuses what Slack refuses, so the adapter's tests against it mean something.</summary>
public sealed class FakeSlackFilesTests
{
    [Theory]
    [InlineData("length=10")]
    [InlineData("filename=a.png")]
    [InlineData("filename=a.png&length=0")]
    public async Task GetUploadUrl_WithoutFilenameOrAPositiveLength_IsInvalidArguments(string form)
    {
        await using var slack = await FakeSlackServer.StartAsync();
        using var http = new HttpClient();

        var answer = await PostAsync(http, slack, "files.getUploadURLExternal", form, "application/x-www-form-urlencoded");

        Assert.Equal("invalid_arguments", (string?)answer["error"]);
    }

    [Fact]
    public async Task CompleteUpload_WithoutFilesOrBeforeTheBytes_IsRefused_AndAfterThemSharesTheFile()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        using var http = new HttpClient();
        var target = await PostAsync(http, slack, "files.getUploadURLExternal", "filename=a.png&length=3", "application/x-www-form-urlencoded");
        var id = (string)target["file_id"]!;
        var complete = $$"""{"files":[{"id":"{{id}}","title":"A"}],"channel_id":"C1"}""";

        var noFiles = await PostAsync(http, slack, "files.completeUploadExternal", """{"channel_id":"C1"}""", "application/json");
        var early = await PostAsync(http, slack, "files.completeUploadExternal", complete, "application/json");
        using var bytes = new ByteArrayContent([1, 2, 3]);
        using var upload = await http.PostAsync(new Uri((string)target["upload_url"]!), bytes);
        var done = await PostAsync(http, slack, "files.completeUploadExternal", complete, "application/json");

        Assert.Equal(("invalid_arguments", "file_not_found"), ((string?)noFiles["error"], (string?)early["error"]));
        Assert.True(upload.IsSuccessStatusCode);
        Assert.True((bool)done["ok"]!);
        Assert.Equal(("C1", "A"), (slack.Files[id].Channel, slack.Files[id].Title));
    }

    private static async Task<JsonObject> PostAsync(HttpClient http, FakeSlackServer slack, string method, string body, string contentType)
    {
        using var content = new StringContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await http.PostAsync(new Uri(slack.ApiBaseUrl, method), content);
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
