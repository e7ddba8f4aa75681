using System.Diagnostics;
using System.Globalization;
using StatusBot.Core.Slips;
using StatusBot.Language.Classifier;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Training;

/// <summary>The commands: train the weights from the corpus's training split, or measure them on the held-out split.</summary>
internal static class TrainingCommands
{
    private static readonly string[] Labels =
        [ToneWeights.Clean, .. Enum.GetValues<ToneFindingKind>().Where(ToneCheck.IsSentenceKind).Select(k => k.ToString())];

    public static Func<string, string[], TextWriter, int>? Find(string command) => command switch
    {
        "train" => Train,
        "evaluate" => Evaluate,
        "footprint" => Footprint,
        _ => null,
    };

    public static int Usage(TextWriter error)
    {
        error.WriteLine("usage: dotnet run --project src/StatusBot.Language.Training -- train | evaluate [heldout|heldout2|heldout3|dev] | footprint");
        error.WriteLine("  train     fit the tone weights to the corpus's training split, choose the threshold on dev, and write them");
        error.WriteLine("  footprint print the memory the model adds and the CPU time of checking 10-sentence drafts on one thread");
        error.WriteLine("  evaluate  print recall per kind and clean sentences flagged on a split (every held-out split unless named), rules beside model");
        return 2;
    }

    private static int Train(string root, string[] rest, TextWriter output)
    {
        var corpus = ReadCorpus(root);
        var train = corpus.Split(ToneCorpus.Train);
        var dev = corpus.Split(ToneCorpus.Dev);
        var clock = Stopwatch.StartNew();
        using var embedder = new MiniLmEmbedder(Environment.ProcessorCount);
        var encodings = embedder.Encode([.. train.Select(s => s.Sentence)]);
        output.WriteLine($"Read {train.Count} training sentences with the sentence model in {clock.Elapsed.TotalSeconds:0.0} s.");
        var fitted = ToneTrainer.Train(encodings, [.. train.Select(s => s.Sentence)], [.. train.Select(s => s.Label)], Labels, 1, corpus.TrainingSha256());
        var flaggedUpTo = ThresholdChoice.FlaggedUpTo(fitted, embedder, [.. dev.Select(s => s.Sentence)]);
        var weights = fitted with { Threshold = ThresholdChoice.Choose([.. dev.Select((s, i) => (flaggedUpTo[i], s.Label == ToneWeights.Clean))]) };
        var correct = Enumerable.Range(0, train.Count).Count(i => (weights.Verdict(encodings[i], train[i].Sentence).Kind?.ToString() ?? ToneWeights.Clean) == train[i].Label);
        using (var file = File.Create(Path.Combine(root, ToneWeightsFile.RepositoryPath)))
        {
            ToneWeightsFile.Write(weights, file);
        }

        output.WriteLine($"Trained in {clock.Elapsed.TotalSeconds:0.0} s: {correct}/{train.Count} training sentences right; threshold {weights.Threshold:0.00} (chosen on dev); wrote {ToneWeightsFile.RepositoryPath}.");
        return 0;
    }

    private static int Evaluate(string root, string[] rest, TextWriter output)
    {
        var corpus = ReadCorpus(root);
        ToneWeights weights;
        using (var file = File.OpenRead(Path.Combine(root, ToneWeightsFile.RepositoryPath)))
        {
            weights = ToneWeightsFile.Read(file);
        }

        if (weights.TrainingSha256 != corpus.TrainingSha256())
        {
            output.WriteLine("The weights are stale: the training split changed since they were trained. Run `train` first.");
            return 1;
        }

        IReadOnlyList<string> splits = rest is [var name] ? [name] : ToneCorpus.HeldOutSplits;
        if (splits.FirstOrDefault(split => corpus.Split(split).Count == 0) is { } missing)
        {
            output.WriteLine($"The corpus has no split named \"{missing}\": use {string.Join(", ", ToneCorpus.HeldOutSplits)} or dev.");
            return 2;
        }

        using var embedder = new MiniLmEmbedder(Environment.ProcessorCount);
        var model = new EmbeddingToneClassifier(embedder, weights);
        foreach (var split in splits)
        {
            var held = corpus.Split(split);
            var verdicts = model.Classify([.. held.Select(s => s.Sentence)]);
            IReadOnlySet<string> Kinds(IEnumerable<ToneFinding> findings) => findings.Select(f => f.Kind.ToString()).ToHashSet();
            CheckerScore[] scores =
            [
                CheckerScore.Of("phrase rules", held, i => Kinds(ToneCheck.ReviewText(held[i].Sentence))),
                CheckerScore.Of("model", held, i => verdicts[i].Kind is { } kind ? new HashSet<string> { kind.ToString() } : new HashSet<string>()),
                CheckerScore.Of("rules + model", held, i => Kinds(ToneCheck.ReviewText(held[i].Sentence, null, model))),
            ];
            output.WriteLine($"Split \"{split}\": {held.Count} sentences, {scores[0].Clean} of them clean; threshold {weights.Threshold:0.00}.");
            output.Write(CheckerScore.Table(scores));
        }

        return 0;
    }

    private static int Footprint(string root, string[] rest, TextWriter output)
    {
        static long Megabytes(long bytes) => bytes / (1024 * 1024);
        using var process = Process.GetCurrentProcess();
        var before = process.WorkingSet64;
        using var embedder = new MiniLmEmbedder();
        var model = new EmbeddingToneClassifier(embedder, ToneWeightsFile.LoadBuiltIn());
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        process.Refresh();
        var loaded = process.WorkingSet64;
        var loadedParts = ResidentParts();
        var corpus = ReadCorpus(root);
        var drafts = Enumerable.Range(0, 23).Select(i => string.Join(' ', corpus.Sentences.Skip(i * 10).Take(10).Select(s => s.Sentence))).ToList();
        drafts.Take(3).ToList().ForEach(draft => ToneCheck.ReviewText(draft, null, model));
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        drafts.Skip(3).ToList().ForEach(draft => ToneCheck.ReviewText(draft, null, model));
        process.Refresh();
        output.WriteLine($"20 drafts of 10 sentences after warm-up: {(process.TotalProcessorTime - cpu).TotalMilliseconds / 20:0} ms of CPU and {clock.Elapsed.TotalMilliseconds / 20:0} ms of wall time each.");

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        process.Refresh();
        output.WriteLine($"Working set: {Megabytes(before)} MB before, {Megabytes(loaded)} MB loaded (after a full collection; {loadedParts}), {Megabytes(process.WorkingSet64)} MB after 23 checks of 10 sentences ({ResidentParts()}); peak {Megabytes(process.PeakWorkingSet64)} MB; managed heap {Megabytes(GC.GetTotalMemory(forceFullCollection: true))} MB.");
        return 0;
    }

    /// <summary>
    /// How much of the working set is the process's own memory and how much is clean pages of files (the lent weights,
    /// code), which the system can drop and read again; from /proc on Linux, else nothing.
    /// </summary>
    private static string ResidentParts()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return "no breakdown on this system";
        }

        var kilobytes = File.ReadLines(Status).Select(line => line.Split(':', 2)).Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim());
        static string Megabytes(string value) => (long.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture) / 1024).ToString(CultureInfo.InvariantCulture);
        return $"{Megabytes(kilobytes["RssAnon"])} MB the process's own, {Megabytes(kilobytes["RssFile"])} MB pages of files";
    }

    private static ToneCorpus ReadCorpus(string root)
    {
        using var reader = File.OpenText(Path.Combine(root, ToneCorpus.RepositoryPath));
        return ToneCorpus.Read(reader);
    }
}
