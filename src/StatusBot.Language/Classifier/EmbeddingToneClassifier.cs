using StatusBot.Core.Slips;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Classifier;

/// <summary>The tone check's sentence model: MiniLM embeddings read by the trained <see cref="ToneWeights"/>.</summary>
public sealed class EmbeddingToneClassifier(MiniLmEmbedder embedder, ToneWeights weights) : ISentenceClassifier
{
    /// <inheritdoc />
    public IReadOnlyList<SentenceVerdict> Classify(IReadOnlyList<string> sentences) =>
        [.. embedder.Embed(sentences).Select(vector => weights.Verdict(vector))];
}
