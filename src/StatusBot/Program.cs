using StatusBot.Admin;
using StatusBot.Dashboard.Hosting;
using StatusBot.Customers;
using StatusBot.Email;
using StatusBot.Hosting;
using StatusBot.Language.Hosting;
using StatusBot.Playground;
using StatusBot.Scheduling;
using StatusBot.Site;
using StatusBot.Slack.Hosting;
using StatusBot.Startup;
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
builder.AddStatusBotCustomers();
builder.AddStatusBotPlayground();
builder.AddStatusBotDashboard();
builder.AddStatusBotSite();
builder.AddStatusBotTelemetry();
builder.AddStatusBotStartupSummary();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapAdminEndpoints();
app.MapCustomerEndpoints();
app.MapSlackEndpoints();
app.MapTeamsEndpoints();
app.MapPlayground();
app.MapDashboard();
app.MapSitePages();

return await app.RunOrExplainAsync();

/// <summary>The host's entry point; public so that tests can start it.</summary>
public partial class Program;
