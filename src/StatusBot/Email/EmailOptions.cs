namespace StatusBot.Email;

/// <summary>The <c>Email</c> configuration section: how warnings reach customers by email.</summary>
public sealed class EmailOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Email";

    /// <summary>The SMTP server; unset, mail is written to <see cref="OutboxPath"/> instead.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where .eml files go when no SMTP server is set, relative to the content root. Default: <c>data/outbox</c>.</summary>
    public string OutboxPath { get; set; } = "data/outbox";

    /// <summary>
    /// The From name of every email; a warning signed by its owner shows "<c>Owner via FromName</c>". Default: <c>StatusBot</c>.
    /// </summary>
    public string FromName { get; set; } = "StatusBot";

    /// <summary>Whether the owner gets a copy (CC) of each warning sent in their name, when their address is known. Default: false.</summary>
    public bool CcOwner { get; set; }
}

/// <summary>The <c>Email:Smtp</c> configuration section.</summary>
public sealed class SmtpOptions
{
    /// <summary>The server's host name. Default: unset (use the outbox).</summary>
    public string? Host { get; set; }

    /// <summary>The server's port. Default: 587.</summary>
    public int Port { get; set; } = 587;

    /// <summary>The user to sign in as. Default: unset (no sign-in).</summary>
    public string? User { get; set; }

    /// <summary>The password for <see cref="User"/>. Default: unset.</summary>
    public string? Password { get; set; }

    /// <summary>The sender address of warnings. Default: unset (required with <see cref="Host"/>).</summary>
    public string? From { get; set; }

    /// <summary>Whether to require TLS (STARTTLS or implicit TLS on port 465). Default: true.</summary>
    public bool UseTls { get; set; } = true;
}
