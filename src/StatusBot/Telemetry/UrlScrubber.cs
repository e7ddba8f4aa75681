using System.Diagnostics;
using OpenTelemetry;

namespace StatusBot.Telemetry;

/// <summary>
/// Keeps what people typed out of inbound request spans: the path becomes its route template
/// (<c>/api/workspaces/{workspace}/commitments/{id}</c>), a path no route matched is dropped, and so is the query.
/// </summary>
internal sealed class UrlScrubber : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Kind != ActivityKind.Server)
        {
            return;
        }

        data.SetTag("url.path", data.GetTagItem("http.route") as string);
        data.SetTag("url.query", null);
    }
}
