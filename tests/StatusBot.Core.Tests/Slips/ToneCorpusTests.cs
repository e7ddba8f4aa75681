using System.Globalization;
using StatusBot.Core.Slips;
using Xunit.Abstractions;

namespace StatusBot.Core.Tests.Slips;

public class ToneCorpusTests(ITestOutputHelper output)
{
    private static readonly ToneFindingKind[] PhraseKinds =
        [ToneFindingKind.VagueTiming, ToneFindingKind.Blame, ToneFindingKind.Minimising, ToneFindingKind.InternalDebate, ToneFindingKind.OverPromising];

    [Fact]
    public void Corpus_IsLargeAndBalanced()
    {
        Assert.True(ToneCorpus.Sentences.Count >= 60);
        Assert.True(ToneCorpus.Sentences.Count(s => s.Expected is null) >= 25);
        Assert.All(PhraseKinds, kind => Assert.True(ToneCorpus.Sentences.Count(s => s.Expected == kind) >= 5, kind.ToString()));
    }

    [Fact]
    public void ReviewText_CleanSentences_AreNeverFlagged()
    {
        var flagged = ToneCorpus.Sentences
            .Where(s => s.Expected is null)
            .Select(s => (s.Sentence, Findings: ToneCheck.ReviewText(s.Sentence)))
            .Where(s => s.Findings.Count > 0)
            .Select(s => $"{s.Sentence} -> {string.Join(", ", s.Findings.Select(f => $"{f.Kind} '{f.Phrase}'"))}");

        Assert.Empty(flagged);
    }

    [Fact]
    public void ReviewText_Corpus_MeetsPrecisionAndRecall()
    {
        var counts = PhraseKinds.ToDictionary(kind => kind, _ => (Tp: 0, Fp: 0, Fn: 0));
        foreach (var (sentence, expected) in ToneCorpus.Sentences)
        {
            var found = ToneCheck.ReviewText(sentence).Select(f => f.Kind).ToHashSet();
            foreach (var kind in PhraseKinds)
            {
                var (tp, fp, fn) = counts[kind];
                counts[kind] = (found.Contains(kind), expected == kind) switch
                {
                    (true, true) => (tp + 1, fp, fn),
                    (true, false) => (tp, fp + 1, fn),
                    (false, true) => (tp, fp, fn + 1),
                    _ => (tp, fp, fn),
                };
                if (found.Contains(kind) != (expected == kind))
                {
                    output.WriteLine($"  {(expected == kind ? "missed" : "extra")} {kind}: {sentence}");
                }
            }
        }

        var total = (Tp: counts.Values.Sum(c => c.Tp), Fp: counts.Values.Sum(c => c.Fp), Fn: counts.Values.Sum(c => c.Fn));
        output.WriteLine($"Tone corpus: {ToneCorpus.Sentences.Count} sentences, {ToneCorpus.Sentences.Count(s => s.Expected is null)} clean.");
        output.WriteLine("| kind | precision | recall | tp | fp | fn |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var (kind, c) in counts)
        {
            output.WriteLine(Row(kind.ToString(), c));
        }

        output.WriteLine(Row("overall", total));
        Assert.True(Precision(total) >= 0.95, $"overall precision {Precision(total):0.00}");
        Assert.True(Recall(total) >= 0.9, $"overall recall {Recall(total):0.00}");
        Assert.All(counts, c => Assert.True(Precision(c.Value) >= 0.85 && Recall(c.Value) >= 0.8, c.Key.ToString()));
    }

    private static double Precision((int Tp, int Fp, int Fn) c) => c.Tp + c.Fp == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fp);

    private static double Recall((int Tp, int Fp, int Fn) c) => c.Tp + c.Fn == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fn);

    private static string Row(string name, (int Tp, int Fp, int Fn) c) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {Precision(c):0.00} | {Recall(c):0.00} | {c.Tp} | {c.Fp} | {c.Fn} |");
}
