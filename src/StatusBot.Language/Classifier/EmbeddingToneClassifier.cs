using StatusBot.Core.Slips;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Classifier;

/// <summary>The tone check's sentence model: MiniLM's reading of each sentence and its words, weighed by the trained <see cref="ToneWeights"/>.</summary>
public sealed class EmbeddingToneClassifier(ISentenceEmbedder embedder, ToneWeights weights) : ISentenceClassifier
{
    /// <inheritdoc />
    public IReadOnlyList<SentenceVerdict> Classify(IReadOnlyList<string> sentences) =>
        [.. embedder.Encode(sentences).Select((encoding, i) => weights.Verdict(encoding, sentences[i]))];
}
