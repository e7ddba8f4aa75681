using System.Text.Json;

namespace StatusBot.Deploy.Tests;

/// <summary>A compiled ARM template, read with System.Text.Json; Bicep modules are nested deployments.</summary>
public sealed class ArmTemplate(JsonElement root)
{
    private const string Deployments = "Microsoft.Resources/deployments";

    public JsonElement Root => root;

    public JsonElement Parameters => root.GetProperty("parameters");

    public JsonElement Outputs => root.TryGetProperty("outputs", out var outputs) ? outputs : default;

    /// <summary>The resources declared directly in this template.</summary>
    public IEnumerable<JsonElement> Resources
    {
        get
        {
            var resources = root.GetProperty("resources");
            // Templates with languageVersion 2.0 keep resources in an object keyed by symbolic name.
            return resources.ValueKind == JsonValueKind.Array
                ? resources.EnumerateArray()
                : resources.EnumerateObject().Select(property => property.Value);
        }
    }

    /// <summary>The modules this template deploys.</summary>
    public IEnumerable<BicepModule> Modules =>
        OfType(Deployments).Select(resource => new BicepModule(
            resource.GetProperty("name").GetString()!,
            resource,
            new ArmTemplate(resource.GetProperty("properties").GetProperty("template"))));

    /// <summary>Names of the parameters declared secure (securestring, secureObject).</summary>
    public IEnumerable<string> SecureParameterNames =>
        Parameters.EnumerateObject()
            .Where(parameter => parameter.Value.GetProperty("type").GetString()!.StartsWith("secure", StringComparison.OrdinalIgnoreCase))
            .Select(parameter => parameter.Name);

    public BicepModule Module(string name) => Modules.Single(module => module.Name == name);

    /// <summary>The resources of one type declared directly in this template.</summary>
    public IEnumerable<JsonElement> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The resources of one type in this template and in every module below it, with the module's template.</summary>
    public IEnumerable<(ArmTemplate Template, JsonElement Resource)> Everywhere(string type) =>
        OfType(type).Select(resource => (this, resource))
            .Concat(Modules.SelectMany(module => module.Template.Everywhere(type)));

    public static ArmTemplate Parse(string json) => new(JsonDocument.Parse(json).RootElement.Clone());
}

/// <summary>A Bicep module: the nested deployment in its parent, and the template it deploys.</summary>
public sealed record BicepModule(string Name, JsonElement Deployment, ArmTemplate Template)
{
    /// <summary>The value (usually an ARM expression) the parent passes to one of the module's parameters.</summary>
    public string Argument(string parameter) =>
        Deployment.GetProperty("properties").GetProperty("parameters").GetProperty(parameter).GetProperty("value").ToString();

    public IEnumerable<(string Parameter, string Value)> Arguments =>
        Deployment.GetProperty("properties").GetProperty("parameters").EnumerateObject()
            .Select(argument => (argument.Name, argument.Value.GetProperty("value").ToString()));
}
