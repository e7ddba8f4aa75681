using System.Text.Json;

namespace StatusBot.Deploy.Tests;

/// <summary>Small readers for ARM JSON: a property path as a string, and ARM expression references.</summary>
internal static class Arm
{
    public static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
    }

    public static string Parameter(string name) => $"parameters('{name}')";

    public static string Variable(string name) => $"variables('{name}')";

    /// <summary>Whether an expression is a parent reading one output of one of its modules.</summary>
    public static bool IsModuleOutput(string? expression, string module, string output) =>
        expression is not null
        && expression.Contains($"resourceId('Microsoft.Resources/deployments', '{module}')", StringComparison.Ordinal)
        && expression.EndsWith($".outputs.{output}.value]", StringComparison.Ordinal);
}
