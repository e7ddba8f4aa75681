using StatusBot.Load;

// An interleaved load run on loopback: signed /slip requests against the real host (SQLite) in a workspace of a few
// commitments and in one of many, beside a raw Kestrel endpoint measured in the same rounds. See LoadOptions for the
// arguments; "serve-raw <port>" is the reference server this tool starts as a child process of its own.
if (args.Length == 2 && args[0] == "serve-raw")
{
    await RawServer.RunAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length >= 1 && args[0] == "digest")
{
    return await DigestLoad.RunAsync(args[1..]);
}

if (args.Length >= 1 && args[0] == "fanout")
{
    return await FanOutLoad.RunAsync(args[1..]);
}

if (args.Length >= 1 && args[0] == "dashboard")
{
    return await DashboardLoad.RunAsync(args[1..]);
}

var options = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

return await LoadRun.RunAsync(options);
