using StatusBot.Core.Slips;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Classifier;

/// <summary>The tone check's sentence model: MiniLM embeddings and the words, read by the trained <see cref="ToneWeights"/>.</summary>
public sealed class EmbeddingToneClassifier(ISentenceEmbedder embedder, ToneWeights weights) : ISentenceClassifier
{
    /// <inheritdoc />
    public IReadOnlyList<SentenceVerdict> Classify(IReadOnlyList<string> sentences) =>
        [.. embedder.Embed(sentences).Select((vector, i) => weights.Verdict(vector, sentences[i]))];
}
