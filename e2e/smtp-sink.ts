import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** Where the test SMTP server writes each message it receives, one JSON file per recipient and subject. */
export const MAILBOX_DIR = path.join(__dirname, "..", "test-results", "mailbox");
// E2E_SMTP_PORT lets several checkouts run their end-to-end tests side by side.
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);

/**
 * Playwright global setup: a real SMTP server on 127.0.0.1 that the app under test delivers to
 * (SMTP_URL in the web server's environment). Tests read what arrived from MAILBOX_DIR.
 */
export default async function startSmtpSink() {
  rmSync(MAILBOX_DIR, { recursive: true, force: true });
  mkdirSync(MAILBOX_DIR, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value ?? []).map((a) => a.address).join(",");
          const message = {
            to,
            from: mail.from?.text,
            replyTo: mail.replyTo?.text,
            subject: mail.subject,
            text: mail.text,
            html: typeof mail.html === "string" ? mail.html : undefined,
            // `head`: the first bytes, enough to tell a file by its signature ("%PDF"); a calendar invitation's
            // text is kept too, so specs can read its UID, SEQUENCE and METHOD.
            attachments: mail.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              size: a.size,
              head: a.content.subarray(0, 8).toString("latin1"),
              ...(a.contentType === "text/calendar" ? { text: a.content.toString("utf8") } : {}),
            })),
          };
          writeFileSync(path.join(MAILBOX_DIR, `${to}-${++received}.json`), JSON.stringify(message, null, 2));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(SMTP_PORT, "127.0.0.1", resolve));
  return async () => new Promise<void>((resolve) => server.close(() => resolve()));
}
