namespace StatusBot.Tests.Playground.Browser;

/// <summary>
/// Where browser tests leave screenshots: <c>STATUSBOT_TEST_ARTIFACTS</c> (test.sh points it at
/// TestResults/playground in the repository), otherwise <c>artifacts/</c> beside the test assembly.
/// </summary>
internal static class Artifacts
{
    public static string PathFor(string fileName)
    {
        var configured = Environment.GetEnvironmentVariable("STATUSBOT_TEST_ARTIFACTS");
        var directory = string.IsNullOrEmpty(configured) ? System.IO.Path.Combine(AppContext.BaseDirectory, "artifacts") : configured;
        Directory.CreateDirectory(directory);
        return System.IO.Path.Combine(directory, fileName);
    }
}
