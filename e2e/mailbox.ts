import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { MAILBOX_DIR } from "./smtp-sink";

export type ReceivedMail = { to: string; from?: string; replyTo?: string; subject?: string; text?: string; html?: string; attachments: { filename?: string; contentType: string; size: number; head?: string; text?: string }[] };

/** Waits until the test SMTP server has received a message for `address`, and returns it. */
export async function waitForMail(address: string, timeout = 20_000): Promise<ReceivedMail> {
  const find = () => readdirSync(MAILBOX_DIR).find((name) => name.startsWith(`${address.toLowerCase()}-`));
  await expect.poll(find, { timeout, message: `an email to ${address}` }).toBeTruthy();
  return JSON.parse(readFileSync(path.join(MAILBOX_DIR, find()!), "utf8")) as ReceivedMail;
}

/** The invitation links the test SMTP server received for `address`, in the order they arrived. */
export async function invitationLinks(address: string, count: number): Promise<string[]> {
  const read = () =>
    readdirSync(MAILBOX_DIR)
      .filter((name) => name.toLowerCase().startsWith(`${address.toLowerCase()}-`))
      .sort((a, b) => Number(/-(\d+)\.json$/.exec(a)![1]) - Number(/-(\d+)\.json$/.exec(b)![1]))
      .map((name) => /(http\S+\/invitations\/\S+)/.exec((JSON.parse(readFileSync(path.join(MAILBOX_DIR, name), "utf8")) as { text: string }).text)?.[1] ?? "");
  await expect.poll(() => read().length, { timeout: 20_000, message: `${count} emails to ${address}` }).toBe(count);
  return read();
}

/** Waits until the test SMTP server has received a message for `address` whose subject matches, and returns the latest such. */
export async function waitForMailWithSubject(address: string, subject: RegExp, timeout = 20_000): Promise<ReceivedMail> {
  const find = () =>
    readdirSync(MAILBOX_DIR)
      .filter((name) => name.toLowerCase().startsWith(`${address.toLowerCase()}-`))
      .sort((a, b) => Number(/-(\d+)\.json$/.exec(a)![1]) - Number(/-(\d+)\.json$/.exec(b)![1]))
      .flatMap((name) => {
        // A message the sink is still writing reads as cut-off JSON: the next poll reads it whole.
        try {
          return [JSON.parse(readFileSync(path.join(MAILBOX_DIR, name), "utf8")) as ReceivedMail];
        } catch {
          return [];
        }
      })
      .filter((mail) => subject.test(mail.subject ?? ""))
      .at(-1);
  await expect.poll(find, { timeout, message: `an email to ${address} about ${subject}` }).toBeTruthy();
  return find()!;
}

/** An iCalendar attachment's text with its folded lines joined, so a property reads whole. */
export const calendarText = (mail: ReceivedMail) => (mail.attachments.find((a) => a.contentType === "text/calendar")?.text ?? "").replace(/\r?\n[ \t]/g, "");
