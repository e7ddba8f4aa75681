using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusBot.Language.Classifier;

/// <summary>Reads and writes <see cref="ToneWeights"/> as JSON; the trained weights ship inside this assembly.</summary>
public static class ToneWeightsFile
{
    /// <summary>The weights file's path in the repository, from its root.</summary>
    public const string RepositoryPath = "src/StatusBot.Language/Model/tone-weights.json";

    private const string Resource = "StatusBot.Language.Model.tone-weights.json";

    /// <summary>The weights built into this assembly.</summary>
    public static ToneWeights LoadBuiltIn()
    {
        using var stream = typeof(ToneWeightsFile).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The tone weights ({Resource}) are missing from {typeof(ToneWeightsFile).Assembly.GetName().Name}: train them first.");
        return Read(stream);
    }

    /// <summary>Reads weights from JSON.</summary>
    public static ToneWeights Read(Stream stream) =>
        JsonSerializer.Deserialize(stream, ToneWeightsJson.Default.ToneWeights)
        ?? throw new InvalidDataException("The tone weights file is empty.");

    /// <summary>Writes weights as JSON.</summary>
    public static void Write(ToneWeights weights, Stream stream) =>
        JsonSerializer.Serialize(stream, weights, ToneWeightsJson.Default.ToneWeights);
}

/// <summary>The source-generated JSON contract of the weights file.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ToneWeights))]
internal sealed partial class ToneWeightsJson : JsonSerializerContext;
