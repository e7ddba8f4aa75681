using Microsoft.Extensions.Options;
using StatusBot.Core.Answers;

namespace StatusBot.Customers;

/// <summary>Signs promise links for Core, at the host's public address, for <see cref="CustomersOptions.PromiseLinkLifetime"/>.</summary>
internal sealed class PromiseLinkAddresses(CustomerLinks links, IOptions<CustomersOptions> options) : IPromiseLinkAddresses
{
    public TimeSpan Lifetime => options.Value.PromiseLinkLifetime;

    public Uri SignedAddress(PromiseLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return links.PromiseUrl(link.Workspace, link.Id, link.ExpiresAt);
    }
}
