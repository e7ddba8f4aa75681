using System.Globalization;
using System.Text;
using StatusBot.Language.Classifier;

namespace StatusBot.Language.Training;

/// <summary>How one checker did on a set of labelled sentences.</summary>
/// <param name="Name">The checker's name, for the table.</param>
/// <param name="Found">Per kind: sentences of that kind flagged with that kind, and sentences of that kind.</param>
/// <param name="CleanFlagged">Clean sentences flagged with anything.</param>
/// <param name="Clean">Clean sentences.</param>
/// <param name="Flagged">Sentences flagged with anything.</param>
public sealed record CheckerScore(string Name, IReadOnlyDictionary<string, (int Hit, int Of)> Found, int CleanFlagged, int Clean, int Flagged)
{
    /// <summary>Scores <paramref name="check"/> (the kinds it flags in a sentence) on <paramref name="sentences"/>.</summary>
    public static CheckerScore Of(string name, IReadOnlyList<CorpusSentence> sentences, Func<int, IReadOnlySet<string>> check)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(check);
        var found = new SortedDictionary<string, (int Hit, int Of)>(StringComparer.Ordinal);
        int cleanFlagged = 0, clean = 0, flagged = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var kinds = check(i);
            var label = sentences[i].Label;
            flagged += kinds.Count > 0 ? 1 : 0;
            if (label == ToneWeights.Clean)
            {
                clean++;
                cleanFlagged += kinds.Count > 0 ? 1 : 0;
                continue;
            }

            var (hit, of) = found.GetValueOrDefault(label);
            found[label] = (hit + (kinds.Contains(label) ? 1 : 0), of + 1);
        }

        return new(name, found, cleanFlagged, clean, flagged);
    }

    /// <summary>The lowest recall over the kinds.</summary>
    public double MinRecall => Found.Values.Min(f => (double)f.Hit / f.Of);

    /// <summary>Clean sentences flagged, as a share of clean sentences.</summary>
    public double CleanFalsePositiveRate => (double)CleanFlagged / Clean;

    /// <summary>Flagged sentences that were clean, as a share of flagged sentences.</summary>
    public double FlaggedThatAreClean => Flagged == 0 ? 0 : (double)CleanFlagged / Flagged;

    /// <summary>A markdown table of several checkers side by side.</summary>
    public static string Table(IReadOnlyList<CheckerScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var text = new StringBuilder();
        text.Append("| |").AppendJoin(string.Empty, scores.Select(s => $" {s.Name} |")).AppendLine();
        text.Append("| --- |").AppendJoin(string.Empty, scores.Select(_ => " --- |")).AppendLine();
        foreach (var kind in scores[0].Found.Keys)
        {
            text.Append(CultureInfo.InvariantCulture, $"| recall: {kind} |")
                .AppendJoin(string.Empty, scores.Select(s => Cell(s.Found[kind].Hit, s.Found[kind].Of))).AppendLine();
        }

        text.Append("| clean sentences flagged |").AppendJoin(string.Empty, scores.Select(s => Cell(s.CleanFlagged, s.Clean))).AppendLine();
        text.Append("| flagged sentences that are clean |").AppendJoin(string.Empty, scores.Select(s => Cell(s.CleanFlagged, s.Flagged))).AppendLine();
        return text.ToString();
    }

    private static string Cell(int part, int whole) =>
        string.Create(CultureInfo.InvariantCulture, $" {(whole == 0 ? 0 : (double)part / whole):0.00} ({part}/{whole}) |");
}
