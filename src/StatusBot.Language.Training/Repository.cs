namespace StatusBot.Language.Training;

/// <summary>Finds the repository the commands read from and write to.</summary>
internal static class Repository
{
    /// <summary>The nearest folder at or above <paramref name="start"/> that holds StatusBot.sln.</summary>
    public static string Root(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StatusBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Run this inside the StatusBot repository: no StatusBot.sln at or above {start}.");
    }
}
