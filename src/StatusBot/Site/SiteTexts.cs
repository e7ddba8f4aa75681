namespace StatusBot.Site;

/// <summary>
/// The default texts of the public pages, as HTML fragments with <c>{operator}</c> and <c>{contact}</c> where the
/// configured (and escaped) values go. They state what StatusBot keeps, for how long, and how to have it deleted.
/// </summary>
internal static class SiteTexts
{
    public const string Privacy = """
        <p>StatusBot is run by {operator}. It keeps what it needs to follow up on the commitments your team makes to
        customers, and nothing else.</p>
        <h2>What it keeps</h2>
        <ul>
          <li><strong>Commitments</strong>: title, customer, where the customer hears from you (an email address or a
            channel), due dates and every change of date, owners, approver and project channel.</li>
          <li><strong>Check-ins and warnings</strong>: each answer (on track, at risk, slipping, delivered), each early
            warning as it was sent, the tone check's findings on it, and when and where each message went.</li>
          <li><strong>People</strong>: the chat ids of the people StatusBot talks to, with their display name, time
            zone, working days and hours, manager, delegate and time off, as the platform or the person gave them.</li>
          <li><strong>Connections</strong>: the Slack or Teams tokens and conversation references StatusBot needs to
            send messages, and for a short time (at most a day) the ids of requests it received, so that a repeated
            request acts once.</li>
        </ul>
        <p>It does not read channels or chats: it sees only the messages sent to it, the commands typed to it and the
        buttons clicked on its messages. Nothing is sold or shared; messages go only where a commitment says.</p>
        <h2>How long</h2>
        <p>Commitments and their history are kept while your workspace uses StatusBot, so that the record of what was
        promised and kept stays whole: a cancelled commitment keeps its history. When StatusBot is removed from a
        Slack workspace, its tokens there are deleted at once and its scheduled work stops.</p>
        <h2>Deleting it</h2>
        <p>To have a workspace's data or a person's details deleted, write to {contact}. It is deleted within 30 days,
        from the store and from its backups.</p>
        """;

    public const string Terms = """
        <p>StatusBot is provided by {operator} to the workspaces that install it, as it is, to help teams keep
        their commitments to customers and warn them early when a date slips.</p>
        <ul>
          <li>Your workspace's admins decide who uses it and what it may post; you are responsible for what you send
            to your customers through it, including warnings it helped you write.</li>
          <li>StatusBot sends each warning once and reminds before deadlines, but it cannot guarantee that a message
            reaches someone: a platform or a mail server may refuse it. It tells the team whenever it cannot reach
            someone.</li>
          <li>Use it lawfully; do not use it to send messages to people who did not agree to hear from you.</li>
          <li>The <a href="/privacy">privacy page</a> says what is kept and how to have it deleted.</li>
        </ul>
        <p>Questions: {contact}.</p>
        """;

    public const string Support = """
        <p>StatusBot is run by {operator}.</p>
        <h2>Getting started</h2>
        <ul>
          <li>In Slack, invite StatusBot to each project channel and each customer channel it should post in
            (<code>/invite @StatusBot</code>), then type <code>/commit</code> to add a commitment.</li>
          <li>In Teams, add StatusBot to the team (or chat with it), then type <code>commit</code>.</li>
          <li>Type <code>help</code> (Slack: <code>/slip help</code>) for every command.</li>
        </ul>
        <h2>Help</h2>
        <p>Write to {contact}.{support}</p>
        """;
}
