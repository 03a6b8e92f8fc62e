import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";

/** The shared secret the app under test expects on POST /api/inbound/email (playwright.config.ts). */
export const INBOUND_SECRET = "e2e-inbound-secret-0123456789abcdefghij";

/**
 * A real SMTP server standing in for the inbound mail service: every message it accepts is posted, as
 * raw MIME, to the app's /api/inbound/email with the shared secret, as a forwarding rule would. The
 * SMTP answer waits for the app's, so a message the app refuses is refused to the sender too. Listens on a
 * port the system picks (a fixed one in the ephemeral range can be taken by a client socket).
 */
export async function startInboundRelay(baseURL: string) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        fetch(`${baseURL}/api/inbound/email`, {
          method: "POST",
          headers: { Authorization: `Bearer ${INBOUND_SECRET}`, "Content-Type": "message/rfc822" },
          body: Buffer.concat(chunks),
        }).then(
          (response) => callback(response.ok ? null : Object.assign(new Error(`Refused by Candor (${response.status})`), { responseCode: 550 })),
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    /** Sends a message through the relay with a real SMTP client, as the candidate's mail provider would. */
    send: (message: nodemailer.SendMailOptions) => nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true }).sendMail(message),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
