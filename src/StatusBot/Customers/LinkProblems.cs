namespace StatusBot.Customers;

/// <summary>The pages for a link that cannot be used. They say nothing about what the link named.</summary>
internal static class LinkProblems
{
    public static IResult For(LinkState state) => state == LinkState.Expired
        ? CustomerHtml.Problem(StatusCodes.Status410Gone, "This link has expired",
            "For your safety, links from us work for a limited time. Please ask the person who sent it for a new one.")
        : CustomerHtml.Problem(StatusCodes.Status404NotFound, "This link does not work",
            "It may have been copied incompletely or changed. Please open it again from the message we sent, or ask the person who sent it for a new one.");
}
