import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtpServer = {
  /** An smtp:// URL for createMailTransport. */
  url: string;
  /** Every message accepted so far, parsed. */
  received: ParsedMail[];
  close: () => Promise<void>;
};

/**
 * A real SMTP server on an ephemeral loopback port. Recipients whose address starts with `busy` are
 * refused with a temporary error (450), as a full or greylisting mailbox would; those starting with
 * `nobody` with a permanent one (550), as a mailbox that does not exist would.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    closeTimeout: 1_000,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("busy")) {
        return callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 450 }));
      }
      if (address.address.startsWith("nobody")) {
        return callback(Object.assign(new Error("No such mailbox"), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
