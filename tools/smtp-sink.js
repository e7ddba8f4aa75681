// A test SMTP server for StatusBot's email tests: accepts mail on a loopback port and writes each message,
// exactly as received, to <folder>/<time>-<n>.eml (written to a temporary name, then renamed, so a reader
// never sees half a file). Plain text only (no STARTTLS: there is no certificate). Test-only behaviour:
//   - a recipient whose local part starts with "reject" is refused with 550 (permanent),
//     one starting with "busy" with 451 (temporary);
//   - sign-in is optional; when a client signs in, only user "statusbot" with password "smtp-test-password" passes.
// Usage: node smtp-sink.js <port> <folder>   (the smtp-server package from npm must be resolvable, e.g. NODE_PATH)
"use strict";
const fs = require("fs");
const path = require("path");
const { SMTPServer } = require("smtp-server");

const [port, folder] = process.argv.slice(2);
if (!port || !folder) {
  console.error("usage: node smtp-sink.js <port> <folder>");
  process.exit(2);
}
fs.mkdirSync(folder, { recursive: true });
let count = 0;

function refusal(message, code) {
  const error = new Error(message);
  error.responseCode = code;
  return error;
}

const server = new SMTPServer({
  logger: false,
  banner: "StatusBot test SMTP server",
  disabledCommands: ["STARTTLS"],
  authOptional: true,
  allowInsecureAuth: true,
  size: 10 * 1024 * 1024,
  onAuth(auth, session, callback) {
    if (auth.username === "statusbot" && auth.password === "smtp-test-password") {
      return callback(null, { user: auth.username });
    }
    return callback(refusal("Invalid user name or password", 535));
  },
  onRcptTo(address, session, callback) {
    const local = address.address.split("@")[0].toLowerCase();
    if (local.startsWith("reject")) return callback(refusal(`Mailbox ${address.address} does not exist`, 550));
    if (local.startsWith("busy")) return callback(refusal(`Mailbox ${address.address} is busy, try later`, 451));
    return callback();
  },
  onData(stream, session, callback) {
    const name = `${Date.now()}-${++count}.eml`;
    const temporary = path.join(folder, `.${name}.tmp`);
    const out = fs.createWriteStream(temporary);
    stream.pipe(out);
    out.on("error", callback);
    out.on("finish", () => {
      if (stream.sizeExceeded) {
        fs.unlinkSync(temporary);
        return callback(refusal("Message too big", 552));
      }
      fs.renameSync(temporary, path.join(folder, name));
      callback(null, `Stored as ${name}`);
    });
  },
});

server.on("error", (error) => console.error("smtp-sink:", error.message));
server.listen(Number(port), "127.0.0.1", () => console.log(`smtp-sink: listening on 127.0.0.1:${port}, writing to ${folder}`));
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.close(() => process.exit(0)));
