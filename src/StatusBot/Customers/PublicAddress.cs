using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using StatusBot.Hosting;

namespace StatusBot.Customers;

/// <summary>
/// Where links to the host point: <see cref="CustomersOptions.PublicUrl"/>, else the first address the host listens on
/// (a wildcard bind read as localhost), else <see cref="DefaultAddress.Url"/>.
/// </summary>
internal sealed class PublicAddress(IOptions<CustomersOptions> options, IServer? server = null)
{
    /// <summary>The base address, ending in <c>/</c>.</summary>
    public Uri Base
    {
        get
        {
            var configured = options.Value.PublicUrl?.ToString();
            var listening = server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            var address = configured ?? listening?.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal) ?? DefaultAddress.Url;
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }
}
