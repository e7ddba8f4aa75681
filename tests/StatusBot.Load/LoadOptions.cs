using System.Globalization;

namespace StatusBot.Load;

/// <summary>What one load run does; every count and duration is bounded.</summary>
internal sealed record LoadOptions(int Small, int Large, int Rounds, TimeSpan Round, int Concurrency, int MaxPerRound)
{
    public const string Usage =
        "usage: StatusBot.Load [--smoke] [--small N] [--large N] [--rounds N] [--seconds S] [--concurrency N] [--max-per-round N]\n" +
        "  defaults: --small 50 --large 50000 --rounds 5 --seconds 5 --concurrency 32 --max-per-round 200000\n" +
        "  --smoke: --small 50 --large 500 --rounds 1 --seconds 1 --concurrency 8 (a check that the whole path works)";

    public bool IsSmoke { get; init; }

    public static LoadOptions? Parse(string[] args)
    {
        var options = new LoadOptions(50, 50_000, 5, TimeSpan.FromSeconds(5), 32, 200_000);
        for (var i = 0; i < args.Length; i++)
        {
            int Next() => i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n : throw new FormatException($"{args[i - 1]} needs a positive whole number.");
            try
            {
                options = args[i] switch
                {
                    "--smoke" => options with { Large = 500, Rounds = 1, Round = TimeSpan.FromSeconds(1), Concurrency = 8, IsSmoke = true },
                    "--small" => options with { Small = Math.Min(Next(), 1_000_000) },
                    "--large" => options with { Large = Math.Min(Next(), 1_000_000) },
                    "--rounds" => options with { Rounds = Math.Min(Next(), 50) },
                    "--seconds" => options with { Round = TimeSpan.FromSeconds(Math.Min(Next(), 120)) },
                    "--concurrency" => options with { Concurrency = Math.Min(Next(), 1024) },
                    "--max-per-round" => options with { MaxPerRound = Next() },
                    _ => null,
                };
            }
            catch (FormatException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return null;
            }

            if (options is null)
            {
                return null;
            }
        }

        return options;
    }
}
