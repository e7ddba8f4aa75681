var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => "alive");
app.Run();

/// <summary>The host's entry point; public so that tests can start it.</summary>
public partial class Program;
