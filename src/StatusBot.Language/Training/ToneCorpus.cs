using System.Security.Cryptography;
using System.Text;

namespace StatusBot.Language.Training;

/// <summary>One labelled sentence of the tone corpus.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Label">"Clean" or a sentence kind's name.</param>
/// <param name="Split">"train", "dev", or one of the held-out splits: "heldout", "heldout2", "heldout3".</param>
public sealed record CorpusSentence(string Sentence, string Label, string Split);

/// <summary>
/// The labelled tone corpus (<c>Corpus/tone-corpus.tsv</c>: sentence, kind, split). The held-out split is written
/// from sentence frames and vocabulary (industries, teams, suppliers, dates) that the training split does not use,
/// and nothing is trained or tuned on it; the dev split uses training vocabulary in frames of its own.
/// </summary>
public sealed class ToneCorpus(IReadOnlyList<CorpusSentence> sentences)
{
    /// <summary>The corpus's path in the repository, from its root.</summary>
    public const string RepositoryPath = "src/StatusBot.Language/Corpus/tone-corpus.tsv";

    /// <summary>The split the weights are fitted to.</summary>
    public const string Train = "train";

    /// <summary>The split for development: its frames are not in the training split, and the threshold is chosen on it.</summary>
    public const string Dev = "dev";

    /// <summary>The split the figures are measured on.</summary>
    public const string HeldOut = "heldout";

    /// <summary>
    /// A second split the figures are measured on, written later by another writer, about industries no other split
    /// writes about, without reading the rest of the corpus.
    /// </summary>
    public const string SecondHeldOut = "heldout2";

    /// <summary>A third split the figures are measured on, written as <see cref="SecondHeldOut"/> was, about other industries again.</summary>
    public const string ThirdHeldOut = "heldout3";

    /// <summary>Every split the figures are measured on, none trained or tuned on.</summary>
    public static readonly IReadOnlyList<string> HeldOutSplits = [HeldOut, SecondHeldOut, ThirdHeldOut];

    private const string Header = "sentence\tkind\tsplit";

    /// <summary>Every sentence, in file order.</summary>
    public IReadOnlyList<CorpusSentence> Sentences => sentences;

    /// <summary>The sentences of one split, in file order.</summary>
    public IReadOnlyList<CorpusSentence> Split(string split) => [.. sentences.Where(s => s.Split == split)];

    /// <summary>The SHA-256 (hex) of the training split: what the weights must have been fitted to.</summary>
    public string TrainingSha256()
    {
        var text = string.Concat(Split(Train).Select(s => $"{s.Sentence}\t{s.Label}\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Reads the tab-separated corpus; a malformed line throws with its number.</summary>
    public static ToneCorpus Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadLine() != Header)
        {
            throw new InvalidDataException($"The tone corpus must start with the header line \"{Header.Replace('\t', ' ')}\" (tab-separated).");
        }

        var sentences = new List<CorpusSentence>();
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0].Length == 0 || (fields[2] is not (Train or Dev) && !HeldOutSplits.Contains(fields[2])))
            {
                throw new InvalidDataException($"Tone corpus line {number}: expected \"sentence<TAB>kind<TAB>train|dev|heldout|heldout2|heldout3\".");
            }

            sentences.Add(new(fields[0], fields[1], fields[2]));
        }

        return new ToneCorpus(sentences);
    }
}
