using System.Net;
using System.Text;

namespace StatusBot.Customers;

/// <summary>
/// The frame of every page a customer opens: landmarks, a readable column on a phone, colours with AA contrast, no
/// script. The result carries headers that keep the page private: no caching, no referrer (the address is the key),
/// no framing, no index, and a content policy that allows no script at all.
/// </summary>
internal static class CustomerHtml
{
    private const string Style = """
        body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
        header,main,footer{max-width:40rem;margin:0 auto;padding:1rem}
        header{border-bottom:1px solid #767676}footer{color:#4a4a4a;font-size:.9rem}
        h1{font-size:1.4rem;line-height:1.3}h2{font-size:1.15rem;margin-top:1.5rem}
        fieldset{border:1px solid #767676;padding:.75rem}label{display:block;margin:.35rem 0}
        textarea{width:100%;box-sizing:border-box;font:inherit}
        button{font:inherit;padding:.6rem 1.2rem;background:#0b5394;color:#fff;border:0;border-radius:.3rem;margin-top:.75rem}
        button:focus,a:focus,textarea:focus,input:focus{outline:3px solid #b45f06;outline-offset:2px}
        a{color:#0b5394}.note{white-space:pre-wrap;border-left:3px solid #767676;padding-left:.75rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem;border-bottom:1px solid #d0d0d0;vertical-align:top}
        """;

    /// <summary>HTML-encodes text written by anyone.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A whole page around <paramref name="body"/> (already HTML), with <paramref name="status"/>.</summary>
    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\"><title>").Append(E(title)).Append(" – StatusBot</title>")
            .Append("<style>").Append(Style).Append("</style></head>\n<body>")
            .Append("<header><p><strong>StatusBot</strong></p></header>\n<main id=\"main\">")
            .Append(body)
            .Append("</main>\n<footer><p>This page was sent to you alone. Please do not forward its address.</p></footer></body></html>\n")
            .ToString();
        return new PrivatePage(html, status);
    }

    /// <summary>A page that says what went wrong and what to do, with a 4xx.</summary>
    public static IResult Problem(int status, string title, string detail) =>
        Page(title, $"<h1>{E(title)}</h1><p>{E(detail)}</p>", status);

    private sealed class PrivatePage(string html, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var headers = httpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Robots-Tag"] = "noindex, nofollow";
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            return TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status).ExecuteAsync(httpContext);
        }
    }
}
