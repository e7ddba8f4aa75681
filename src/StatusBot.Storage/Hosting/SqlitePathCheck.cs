namespace StatusBot.Storage.Hosting;

/// <summary>
/// Proves at start that the SQLite file's folder can be made and written (SQLite also writes a journal beside the
/// file), so an unwritable path is one line naming it, not a failure on every later call.
/// </summary>
internal static class SqlitePathCheck
{
    /// <summary>Null when StatusBot can keep its database at <paramref name="fullPath"/>, else the reason, naming the path.</summary>
    public static string? Problem(string configured, string fullPath)
    {
        try
        {
            var folder = Path.GetDirectoryName(fullPath)!;
            Directory.CreateDirectory(folder);
            using (File.Create(Path.Combine(folder, $".statusbot-write-check-{Environment.ProcessId}"), 1, FileOptions.DeleteOnClose))
            {
            }

            if (File.Exists(fullPath))
            {
                using var existing = File.Open(fullPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"Storage:SqlitePath is '{configured}' ({fullPath}), where StatusBot cannot write: {ex.Message} "
                + "Choose a writable file with --Storage:SqlitePath=<path>, or make its folder writable for this user.";
        }
    }
}
