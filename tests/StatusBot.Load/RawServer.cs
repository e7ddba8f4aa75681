using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace StatusBot.Load;

/// <summary>
/// The reference: bare Kestrel answering a POST with a small JSON body, nothing else. It also stands in for Slack's Web
/// API for the host (users.info says who the load's user is; anything else is ok), outside the measured path.
/// </summary>
internal static class RawServer
{
    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/slack/commands", () => Results.Text("{\"response_type\":\"ephemeral\",\"text\":\"ok\"}", "application/json"));
        app.MapPost("/api/users.info", () => Results.Text(new JsonObject
        {
            ["ok"] = true,
            ["user"] = new JsonObject { ["id"] = LoadRun.User, ["name"] = "load", ["tz"] = "Europe/Berlin", ["tz_offset"] = 3600 },
        }.ToJsonString(), "application/json"));
        app.MapPost("/api/{method}", () => Results.Text("{\"ok\":true}", "application/json"));
        app.MapPost("/response", () => Results.Ok());
        app.MapGet("/healthz", () => "ok");
        await app.RunAsync();
    }
}
