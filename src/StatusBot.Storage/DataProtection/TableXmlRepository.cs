using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.DataProtection;

/// <summary>
/// Keeps ASP.NET Core Data Protection keys in the table store, so that every host sharing the store
/// (several instances on one Azure Tables account) can read what any of them encrypted, such as
/// stored chat tokens. One partition holds the whole key ring.
/// </summary>
/// <remarks>
/// <see cref="IXmlRepository"/> is synchronous; Data Protection calls it rarely (when it loads or
/// rolls the key ring), so blocking on the store there is acceptable.
/// </remarks>
internal sealed class TableXmlRepository(ITableStore store) : IXmlRepository
{
    internal const string TableName = "dataprotection";
    private const string Partition = "keys";
    private const string XmlProperty = "Xml";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var table = store.GetTableAsync(TableName).GetAwaiter().GetResult();
        var rows = table.QueryAllAsync(Partition).GetAwaiter().GetResult();
        return rows.Select(row => XElement.Parse((string)row[XmlProperty]!)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var rowKey = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName;
        var table = store.GetTableAsync(TableName).GetAwaiter().GetResult();
        table.InsertAsync(new TableRow(Partition, rowKey) { [XmlProperty] = element.ToString(SaveOptions.DisableFormatting) })
            .GetAwaiter().GetResult();
    }
}
