using StatusBot.Language.Training;

// dotnet run --project src/StatusBot.Language.Training -- train | evaluate [heldout|dev] | footprint   (from anywhere inside the repository)
return args is [var command, .. var rest] && TrainingCommands.Find(command) is { } run
    ? run(Repository.Root(Directory.GetCurrentDirectory()), rest, Console.Out)
    : TrainingCommands.Usage(Console.Error);
