using StatusBot.Admin;
using StatusBot.Dashboard.Hosting;
using StatusBot.Email;
using StatusBot.Hosting;
using StatusBot.Language.Hosting;
using StatusBot.Playground;
using StatusBot.Scheduling;
using StatusBot.Slack.Hosting;
using StatusBot.Storage.Hosting;
using StatusBot.Teams.Hosting;
using StatusBot.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.AddStatusBotHost();
builder.Services.AddStatusBotCore();
builder.AddStatusBotLanguage();
builder.AddStatusBotStorage(HostHostingExtensions.ReadyTag);
builder.AddStatusBotScheduler();
builder.AddStatusBotSlack();
builder.AddStatusBotTeams();
builder.AddStatusBotEmail();
builder.AddStatusBotAdmin();
builder.AddStatusBotPlayground();
builder.AddStatusBotDashboard();
builder.AddStatusBotTelemetry();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapAdminEndpoints();
app.MapSlackEndpoints();
app.MapTeamsEndpoints();
app.MapPlayground();
app.MapDashboard();

return await app.RunOrExplainAsync();

/// <summary>The host's entry point; public so that tests can start it.</summary>
public partial class Program;
