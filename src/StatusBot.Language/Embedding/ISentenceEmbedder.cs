namespace StatusBot.Language.Embedding;

/// <summary>Turns sentences into embeddings (one vector per sentence, in order).</summary>
public interface ISentenceEmbedder
{
    /// <summary>One embedding per sentence, in order.</summary>
    float[][] Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default);
}
